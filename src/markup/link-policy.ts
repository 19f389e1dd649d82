import type { LinkTarget } from '../deck/types.js';

/** URL schemes a deck may link to; anything else (javascript:, file:, data:) is dropped. */
export const ALLOWED_SCHEMES = ['http:', 'https:', 'mailto:'] as const;

/**
 * Turns a markdown link destination into a link target, or undefined when the link is not allowed.
 * `#slide-id` links to another slide of the deck; the writer numbers it after pagination.
 */
export function toLinkTarget(href: string): LinkTarget | undefined {
  const trimmed = href.trim();
  if (trimmed.startsWith('#') && /^#[\w.-]+$/.test(trimmed)) return { kind: 'slide', slideId: trimmed.slice(1) };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return undefined;
  }
  if (!(ALLOWED_SCHEMES as readonly string[]).includes(url.protocol)) return undefined;
  return { kind: 'url', url: url.href };
}

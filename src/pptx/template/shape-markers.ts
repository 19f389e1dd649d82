/**
 * Names the writer gives shapes through pptxgenjs' `objectName`, so the re-parenting pass can find
 * the shapes that fill layout placeholders or are decorative and rewrite them (pptxgenjs cannot
 * write a placeholder without a master of its own; DESIGN §8). The markers never reach the deck:
 * the pass replaces them with ordinary shape names.
 */
import type { PlaceholderRef } from '../../deck/laid-out.js';

/** Prefix of every marker. */
export const MARKER_PREFIX = 'briefdeck:';

/** The marker of a shape that fills the placeholder `ref`. */
export function placeholderMarker(ref: PlaceholderRef): string {
  return `${MARKER_PREFIX}ph:${ref.type}:${ref.idx}`;
}

/** The marker of a decorative shape. */
export const DECORATIVE_MARKER = `${MARKER_PREFIX}decorative`;

/** A parsed marker. */
export type Marker = { kind: 'placeholder'; ref: PlaceholderRef } | { kind: 'decorative' };

/** The marker a shape name carries, if any. */
export function parseMarker(name: string): Marker | undefined {
  if (!name.startsWith(MARKER_PREFIX)) return undefined;
  if (name === DECORATIVE_MARKER) return { kind: 'decorative' };
  const match = /^briefdeck:ph:([A-Za-z]+):(\d+)$/.exec(name);
  if (!match) return undefined;
  return { kind: 'placeholder', ref: { type: match[1] as PlaceholderRef['type'], idx: Number(match[2]) } };
}

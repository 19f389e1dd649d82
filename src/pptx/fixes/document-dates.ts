import type { PackageParts } from '../package-parts.js';
import type { PackageFix } from './context.js';

/**
 * The W3CDTF form of an ISO instant, whole seconds in UTC (`2025-06-02T09:00:00Z`), which is what
 * PowerPoint writes. Throws on a date that does not parse, because a wrong date would pass silently.
 */
export function w3cdtf(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) throw new Error(`deck.meta.createdIso is not a date: ${iso}`);
  return new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Sets `dcterms:created` and `dcterms:modified` of a core-properties part, if present. */
export function fixCoreDates(parts: PackageParts, name: string, iso: string): void {
  if (!parts.has(name)) return;
  const stamp = w3cdtf(iso);
  parts.editText(name, (text) =>
    text.replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g, (_, open: string, _tag, close: string) => `${open}${stamp}${close}`),
  );
}

/**
 * Makes the document dates the brief's date instead of the build time, so the same brief gives the
 * same bytes (pptxgenjs stamps `new Date()`).
 */
export const fixDocumentDates: PackageFix = (parts, ctx) => fixCoreDates(parts, 'docProps/core.xml', ctx.createdIso);

/**
 * Marks the fixed words of a template set (labels) in the rendered markup, so the markup parser can
 * tag them with the labels' language while the brief's own text keeps the brief's language
 * (`--lang uk` on an English brief: "Делегація" is Ukrainian, "Russia" English; WCAG 2.1 SC 3.1.2,
 * issue #12). The render stage writes `LABEL_START` … `LABEL_END` around the literal parts of a
 * label (not around the values filled into it), and only when the two languages differ. Like the
 * origin markers, these are control characters, which data cannot contain (they are removed from
 * data during normalisation) and which markdown leaves alone.
 */

/** Starts the literal text of a label. */
export const LABEL_START = '\u001c';
/** Ends it. */
export const LABEL_END = '\u001d';

const MARKERS = /[\u001c\u001d]/g;

/** `text` wrapped in label markers ('' stays ''). */
export function wrapLabel(text: string): string {
  return text === '' ? '' : `${LABEL_START}${text}${LABEL_END}`;
}

/** `text` without label markers, for places that keep plain strings (front matter, code, chart JSON). */
export function stripLabelMarkers(text: string): string {
  return text.replace(MARKERS, '');
}

/** Where the parser is: inside a label or not. Kept across tokens, since escapes split a label's text. */
export interface LabelState {
  inLabel: boolean;
}

/** `text` cut at label markers into pieces, each saying whether it is label text; updates `state`. */
export function splitAtLabelMarkers(text: string, state: LabelState): Array<{ text: string; label: boolean }> {
  const pieces: Array<{ text: string; label: boolean }> = [];
  let current = '';
  for (const ch of text) {
    if (ch === LABEL_START || ch === LABEL_END) {
      if (current !== '') pieces.push({ text: current, label: state.inLabel });
      current = '';
      state.inLabel = ch === LABEL_START;
    } else {
      current += ch;
    }
  }
  if (current !== '') pieces.push({ text: current, label: state.inLabel });
  return pieces;
}

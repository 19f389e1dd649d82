import type { LaidCell, LaidOutSlide, LaidParagraph, Shape } from '../deck/laid-out.js';
import type { Run } from '../deck/types.js';

/** Strong right-to-left characters: Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms (UAX #9 classes R and AL). */
function isStrongRtl(cp: number): boolean {
  return (cp >= 0x0590 && cp <= 0x08ff) || (cp >= 0xfb1d && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfefe);
}

/** Letters of left-to-right scripts (UAX #9 class L, approximated by letters outside the RTL blocks). */
const LETTER = /\p{L}/u;

/**
 * Whether text reads right to left: more strong right-to-left letters (Hebrew, Arabic) than
 * left-to-right ones, so a Hebrew paragraph quoting "NATO" or a URL stays right to left and an
 * English one quoting a Hebrew name stays left to right. Digits and punctuation are neutral.
 */
export function isRightToLeft(runs: readonly Run[]): boolean {
  let rtl = 0;
  let ltr = 0;
  for (const run of runs) {
    for (const ch of run.text) {
      const cp = ch.codePointAt(0) ?? 0;
      if (cp < 0x41) continue;
      if (isStrongRtl(cp)) rtl++;
      else if (LETTER.test(ch)) ltr++;
    }
  }
  return rtl > ltr;
}

/** A right-to-left paragraph is right-aligned where it was left-aligned (its start); centred stays centred. */
function directed<T extends LaidParagraph | LaidCell>(p: T): T {
  if (!p.runs.some((r) => /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe]/u.test(r.text)) || !isRightToLeft(p.runs)) return p;
  const align = p.align === undefined || p.align === 'left' ? 'right' : p.align === 'right' ? 'left' : p.align;
  return { ...p, rtl: true, align };
}

function directShape(shape: Shape): Shape {
  if (shape.kind === 'text') return { ...shape, paragraphs: shape.paragraphs.map(directed) };
  if (shape.kind === 'table') return { ...shape, header: shape.header.map(directed), rows: shape.rows.map((row) => row.map(directed)) };
  return shape;
}

/**
 * Marks right-to-left paragraphs and table cells (see {@link isRightToLeft}) with `rtl` and swaps
 * their alignment so that text starts at the right; line breaking and heights are unaffected
 * (a line's width does not depend on its direction), so this runs after fitting.
 */
export function markRightToLeft(slides: readonly LaidOutSlide[]): LaidOutSlide[] {
  return slides.map((slide) => ({ ...slide, shapes: slide.shapes.map(directShape) }));
}

import type { LaidParagraph } from '../deck/laid-out.js';
import type { WrappedLine } from './text-measurer.js';
import type { FitContext } from './fit-context.js';
import { WIDTH_SAFETY } from './safety-margins.js';
import { textIndentPt } from './text-box-style.js';

/** A paragraph with its wrapped lines at a known box width. */
export interface MeasuredParagraph {
  para: LaidParagraph;
  lines: WrappedLine[];
  /** Height of one line in points including the line spacing multiple. */
  linePt: number;
}

/**
 * Wraps `para` for a text box whose inner width (box width − 2 × inset) is `innerWidthPt`, with
 * the bullet indent subtracted and the width safety margin applied, in `face`.
 */
export function measureParagraph(ctx: FitContext, para: LaidParagraph, innerWidthPt: number, face: string, lineSpacing: number): MeasuredParagraph {
  const available = Math.max(1, innerWidthPt - textIndentPt(para.level, para.bullet.kind !== 'none'));
  const style = { face, monoFace: ctx.theme.fonts.mono, sizePt: para.fontSize, bold: para.bold };
  const lines = ctx.measurer.wrap(para.runs, available / WIDTH_SAFETY, style);
  return { para, lines, linePt: ctx.measurer.lineHeight(style) * lineSpacing };
}

/** Height in points of a measured paragraph; the first paragraph of a box has no space before. */
export function paragraphHeightPt(m: MeasuredParagraph, firstInBox: boolean): number {
  return (firstInBox ? 0 : m.para.spaceBefore) + m.lines.length * m.linePt;
}

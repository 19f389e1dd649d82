import type { LaidParagraph, Shape } from '../../deck/laid-out.js';
import type { FlowItem } from '../flow.js';
import { blocksToFlowItems } from '../flow-items.js';
import { measureParagraph } from '../measure-paragraph.js';
import { boxHeightFor, WIDTH_SAFETY } from '../safety-margins.js';
import { BODY_LINE_SPACING, TEXT_INSET } from '../text-box-style.js';
import type { LayoutFitter } from './layout-fitter.js';
import { flowPages } from './flow-pages.js';

/** Limits of the date column, inches. */
const DATE_MIN = 1.2;
const DATE_MAX = 3.0;

/** Width reserved for the rail with its dots between the date and the text, inches. */
const RAIL_W = 0.4;

/** Size of a dot on the rail, inches. */
const DOT = 0.14;

/** Space below each entry, inches. */
const ENTRY_GAP = 0.06;

/**
 * A vertical sequence of dated entries: date column, a rail with a dot per entry, text column.
 * Vertical rather than horizontal because briefs carry 4–6 entries with a sentence each, which a
 * horizontal strip can only show in tiny type; vertical entries also split cleanly between slides.
 */
export const timelineLayout: LayoutFitter<'timeline'> = {
  titled: true,
  fit(layout, input) {
    const { ctx } = input;
    const { theme, measurer } = ctx;
    return flowPages(input, (sizes, width) => {
      const widest = Math.max(0, ...layout.entries.map((e) => measurer.width(e.when, { face: theme.fonts.body, sizePt: sizes.body, bold: true })));
      const dateW = Math.min(DATE_MAX, Math.max(DATE_MIN, (widest * WIDTH_SAFETY) / 72 + 2 * TEXT_INSET + 0.05));
      const textW = width - dateW - RAIL_W;
      const entries: FlowItem[] = layout.entries.map((entry) => {
        const date: LaidParagraph = { runs: [{ text: entry.when }], level: 0, bullet: { kind: 'none' }, fontSize: sizes.body, bold: true, color: theme.colors.primary, align: 'right', spaceBefore: 0 };
        const text: LaidParagraph = { runs: entry.text, level: 0, bullet: { kind: 'none' }, fontSize: sizes.body, spaceBefore: 0 };
        const heightOf = (para: LaidParagraph, w: number): number => {
          const m = measureParagraph(ctx, para, (w - 2 * TEXT_INSET) * 72, theme.fonts.body, BODY_LINE_SPACING);
          return boxHeightFor(m.lines.length * m.linePt + 2 * TEXT_INSET * 72);
        };
        const dateH = heightOf(date, dateW);
        const textH = heightOf(text, textW);
        const height = Math.max(dateH, textH) + ENTRY_GAP;
        return {
          kind: 'block',
          height,
          keepWithNext: false,
          render: (box): Shape[] => {
            const railX = box.x + dateW + RAIL_W / 2;
            const dotY = box.y + TEXT_INSET + (measurer.lineHeight({ face: theme.fonts.body, sizePt: sizes.body }) / 72 - DOT) / 2;
            return [
              { kind: 'rect', box: { x: railX - 0.01, y: box.y, w: 0.02, h: box.h + 0.14 }, fill: theme.colors.tableBorder },
              { kind: 'rect', box: { x: railX - DOT / 2, y: dotY, w: DOT, h: DOT }, fill: theme.colors.accent },
              { kind: 'text', box: { x: box.x, y: box.y, w: dateW, h: dateH }, paragraphs: [date], fontFace: theme.fonts.body, color: theme.colors.primary, valign: 'top', inset: TEXT_INSET, lineSpacing: BODY_LINE_SPACING },
              { kind: 'text', box: { x: box.x + dateW + RAIL_W, y: box.y, w: textW, h: textH }, paragraphs: [text], fontFace: theme.fonts.body, color: theme.colors.text, valign: 'top', inset: TEXT_INSET, lineSpacing: BODY_LINE_SPACING },
            ];
          },
        };
      });
      return [...entries, ...blocksToFlowItems(ctx, layout.body, width, sizes, { lineSpacing: BODY_LINE_SPACING })];
    });
  },
};

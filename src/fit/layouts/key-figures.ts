import type { LaidParagraph, Shape } from '../../deck/laid-out.js';
import type { KeyFigure } from '../../deck/types.js';
import type { FitContext, StepSizes } from '../fit-context.js';
import type { FlowItem } from '../flow.js';
import { blocksToFlowItems } from '../flow-items.js';
import { measureParagraph } from '../measure-paragraph.js';
import { boxHeightFor, WIDTH_SAFETY } from '../safety-margins.js';
import { BODY_LINE_SPACING, TEXT_INSET } from '../text-box-style.js';
import type { LayoutFitter } from './layout-fitter.js';
import { flowPages } from './flow-pages.js';

/** Space between cards, inches. */
const CARD_GAP = 0.3;

/** Width of the accent strip on a card's left edge, inches. */
const STRIP = 0.06;

/** A figure's number never shrinks below this to fit its card, points. */
const MIN_FIGURE_SIZE = 20;

/** Cards per row: all of up to four in one row, more spread evenly over rows of at most four. */
export function cardsPerRow(count: number): number {
  if (count <= 4) return Math.max(1, count);
  return Math.ceil(count / Math.ceil(count / 4));
}

function figureParagraphs(ctx: FitContext, figure: KeyFigure, sizes: StepSizes, innerPt: number): LaidParagraph[] {
  const { theme, measurer } = ctx;
  // Shrink a long number until it sits on one line of its card.
  let size = theme.sizes.keyFigure;
  while (size > MIN_FIGURE_SIZE && measurer.width(figure.value, { face: theme.fonts.body, sizePt: size, bold: true }) * WIDTH_SAFETY > innerPt) size--;
  return [
    { runs: [{ text: figure.value }], level: 0, bullet: { kind: 'none' }, fontSize: size, bold: true, color: theme.colors.accent, spaceBefore: 0 },
    { runs: figure.label, level: 0, bullet: { kind: 'none' }, fontSize: sizes.body, color: theme.colors.text, spaceBefore: Math.round(sizes.body * 0.3) },
  ];
}

/**
 * Two to four cards per row, each a big number in the accent colour with its label under it; more
 * figures wrap to more rows, and rows split between slides. Body text follows the cards.
 */
export const keyFiguresLayout: LayoutFitter<'key-figures'> = {
  titled: true,
  fit(layout, input) {
    const { ctx } = input;
    const { theme } = ctx;
    return flowPages(input, (sizes, width) => {
      const perRow = cardsPerRow(layout.figures.length);
      const cardW = (width - CARD_GAP * (perRow - 1)) / perRow;
      const textW = cardW - STRIP;
      const innerPt = (textW - 2 * TEXT_INSET) * 72;
      const rows: FlowItem[] = [];
      for (let start = 0; start < layout.figures.length; start += perRow) {
        const cards = layout.figures.slice(start, start + perRow).map((figure) => {
          const paragraphs = figureParagraphs(ctx, figure, sizes, innerPt);
          const pt = paragraphs.reduce((sum, para, i) => {
            const m = measureParagraph(ctx, para, innerPt, theme.fonts.body, BODY_LINE_SPACING);
            return sum + (i === 0 ? 0 : para.spaceBefore) + m.lines.length * m.linePt;
          }, 2 * TEXT_INSET * 72);
          return { paragraphs, height: boxHeightFor(pt) };
        });
        const height = Math.max(...cards.map((c) => c.height)) + 0.1;
        rows.push({
          kind: 'block',
          height,
          keepWithNext: false,
          render: (box) =>
            cards.flatMap((card, i): Shape[] => {
              const x = box.x + i * (cardW + CARD_GAP);
              return [
                { kind: 'rect', box: { x, y: box.y, w: cardW, h: box.h }, fill: theme.colors.tableStripe },
                { kind: 'rect', box: { x, y: box.y, w: STRIP, h: box.h }, fill: theme.colors.accent },
                { kind: 'text', box: { x: x + STRIP, y: box.y + 0.05, w: textW, h: card.height }, paragraphs: card.paragraphs, fontFace: theme.fonts.body, color: theme.colors.text, valign: 'top', inset: TEXT_INSET, lineSpacing: BODY_LINE_SPACING },
              ];
            }),
        });
      }
      return [...rows, ...blocksToFlowItems(ctx, layout.body, width, sizes, { lineSpacing: BODY_LINE_SPACING })];
    });
  },
};

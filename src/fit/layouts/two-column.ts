import type { Box, Shape } from '../../deck/laid-out.js';
import type { Column } from '../../deck/types.js';
import { flowPageHeight, paginateFlow, renderFlowPage, GROUP_GAP, type FlowItem, type FlowPage } from '../flow.js';
import { blocksToFlowItems } from '../flow-items.js';
import { measureParagraph } from '../measure-paragraph.js';
import { boxHeightFor } from '../safety-margins.js';
import { shrinkThenSplit } from '../shrink-then-split.js';
import { BODY_LINE_SPACING, TEXT_INSET, TEXT_INSETS } from '../text-box-style.js';
import type { FitContext, StepSizes } from '../fit-context.js';
import type { LayoutFitter } from './layout-fitter.js';

/** Space between columns, inches. */
const COLUMN_GAP = 0.3;

/** Padding inside a column's card, inches. */
const CARD_PAD = 0.1;

interface ColumnPlan {
  heading: Shape | null;
  headingHeight: number;
  pages: FlowPage[];
}

function headingShape(ctx: FitContext, column: Column, sizes: StepSizes, width: number): { shape: Shape | null; height: number } {
  if (!column.heading || column.heading.length === 0) return { shape: null, height: 0 };
  const { theme } = ctx;
  const para = { runs: column.heading, level: 0, bullet: { kind: 'none' as const }, fontSize: sizes.body, bold: true, color: theme.colors.primary, spaceBefore: 0 };
  const m = measureParagraph(ctx, para, (width - 2 * TEXT_INSET) * 72, theme.fonts.body, BODY_LINE_SPACING);
  const height = boxHeightFor(m.lines.length * m.linePt + 2 * TEXT_INSET * 72);
  const shape: Shape = { kind: 'text', box: { x: 0, y: 0, w: width, h: height }, paragraphs: [para], fontFace: theme.fonts.body, color: theme.colors.primary, valign: 'top', insets: TEXT_INSETS, lineSpacing: BODY_LINE_SPACING };
  return { shape, height };
}

/**
 * n columns side by side, each on a light card with an optional bold heading in the primary
 * colour. All columns share one size, and when they overflow they split at the same time: slide k
 * shows page k of every column, with each heading repeated. An intro longer than a slide continues
 * on slides of its own before the columns start (issue #13).
 */
export const twoColumnLayout: LayoutFitter<'two-column'> = {
  titled: true,
  fit(layout, input) {
    const { ctx } = input;
    const { theme } = ctx;
    const n = Math.max(1, layout.columns.length);
    const area0 = input.area(0);
    const colW = (area0.w - COLUMN_GAP * (n - 1)) / n;
    const innerW = colW - 2 * CARD_PAD;
    const attempt = (sizes: StepSizes): Array<{ intro: FlowPage | null; introHeight: number; columns: Array<ColumnPlan & { page: number }> }> => {
      const introItems: FlowItem[] = blocksToFlowItems(ctx, layout.intro, area0.w, sizes, { lineSpacing: BODY_LINE_SPACING, insets: input.frame.textInsets });
      // An intro longer than a slide continues on slides of its own; the columns start under its last part.
      const introPages = introItems.length > 0 ? paginateFlow(introItems, (p) => input.area(p).h) : [];
      const lead = Math.max(0, introPages.length - 1);
      const intro = introPages[lead] ?? null;
      const introHeight = intro ? flowPageHeight(intro) + GROUP_GAP : 0;
      const plans = layout.columns.map((column): ColumnPlan => {
        const { shape, height } = headingShape(ctx, column, sizes, innerW);
        const items = blocksToFlowItems(ctx, column.blocks, innerW, sizes, { lineSpacing: BODY_LINE_SPACING });
        const pages = paginateFlow(items, (p) => input.area(p + lead).h - (p === 0 ? introHeight : 0) - height - 2 * CARD_PAD);
        return { heading: shape, headingHeight: height, pages };
      });
      const count = Math.max(1, ...plans.map((c) => c.pages.length));
      const introOnly = introPages.slice(0, lead).map((page) => ({ intro: page, introHeight: 0, columns: [] }));
      return [
        ...introOnly,
        ...Array.from({ length: count }, (_, page) => ({
          intro: page === 0 ? intro : null,
          introHeight: page === 0 ? introHeight : 0,
          columns: plans.map((c) => ({ ...c, page })),
        })),
      ];
    };
    // A column's page that could not place an item makes the whole attempt unsound.
    const pages = shrinkThenSplit(theme, attempt, (page) => page.columns.some((c) => (c.pages[c.page]?.problems.length ?? 0) > 0) || (page.intro?.problems.length ?? 0) > 0);
    return pages.map((page, p) => {
      const area = input.area(p);
      const shapes: Shape[] = [];
      if (page.intro) shapes.push(...renderFlowPage(ctx, page.intro, area, { fontFace: theme.fonts.body, color: theme.colors.text, lineSpacing: BODY_LINE_SPACING, stretchLastText: false }, input.slide));
      const top = area.y + page.introHeight;
      page.columns.forEach((col, i) => {
        // Never a negative height (a:ext/@cy is ST_PositiveCoordinate; issue #14): an intro longer than
        // the area (a title filling most of the slide) leaves the cards no room, not less than none.
        const card: Box = { x: area.x + i * (colW + COLUMN_GAP), y: top, w: colW, h: Math.max(0, area.y + area.h - top) };
        shapes.push({ kind: 'rect', box: card, fill: theme.colors.tableStripe });
        if (col.heading) shapes.push({ ...col.heading, box: { x: card.x + CARD_PAD, y: card.y + CARD_PAD, w: innerW, h: col.headingHeight } } as Shape);
        const flowPage = col.pages[col.page];
        if (flowPage) {
          const bodyTop = card.y + CARD_PAD + col.headingHeight;
          shapes.push(...renderFlowPage(ctx, flowPage, { x: card.x + CARD_PAD, y: bodyTop, w: innerW, h: card.y + card.h - CARD_PAD - bodyTop }, { fontFace: theme.fonts.body, color: theme.colors.text, lineSpacing: BODY_LINE_SPACING, stretchLastText: true }, input.slide));
        }
      });
      return shapes;
    });
  },
};

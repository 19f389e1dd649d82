import type { Box, Shape } from '../../deck/laid-out.js';
import type { Block } from '../../deck/types.js';
import { paginateFlow, renderFlowPage } from '../flow.js';
import { blocksToFlowItems } from '../flow-items.js';
import { shrinkThenSplit } from '../shrink-then-split.js';
import { BODY_LINE_SPACING } from '../text-box-style.js';
import type { LayoutInput } from './layout-fitter.js';

/** Share of the content width the figure takes when text sits beside it. */
const FIGURE_SHARE = 0.62;

/** Space between the figure and its text, inches. */
const GAP = 0.3;

/**
 * A chart or picture filling the content area, or its left part with the body text beside it.
 * If the text overflows at the floor size, the continuation slides repeat the figure beside the
 * rest of the text: the same layout, so the reader keeps the figure in view.
 */
export function figureWithText(input: LayoutInput, body: readonly Block[], figure: (box: Box) => Shape): Shape[][] {
  const { ctx } = input;
  const area0 = input.area(0);
  if (body.length === 0) return [[figure(area0)]];
  const figW = area0.w * FIGURE_SHARE;
  const textW = area0.w - figW - GAP;
  const pages = shrinkThenSplit(ctx.theme, (sizes) => paginateFlow(blocksToFlowItems(ctx, body, textW, sizes, { lineSpacing: BODY_LINE_SPACING, insets: input.frame.textInsets }), (p) => input.area(p).h));
  return pages.map((page, p) => {
    const area = input.area(p);
    return [
      figure({ x: area.x, y: area.y, w: figW, h: area.h }),
      ...renderFlowPage(ctx, page, { x: area.x + figW + GAP, y: area.y, w: textW, h: area.h }, { fontFace: ctx.theme.fonts.body, color: ctx.theme.colors.text, lineSpacing: BODY_LINE_SPACING, stretchLastText: true }, input.slide),
    ];
  });
}

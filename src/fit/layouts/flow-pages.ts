import type { Shape } from '../../deck/laid-out.js';
import type { StepSizes } from '../fit-context.js';
import { paginateFlow, renderFlowPage, type FlowItem, type FlowStyle } from '../flow.js';
import { shrinkThenSplit } from '../shrink-then-split.js';
import { BODY_LINE_SPACING } from '../text-box-style.js';
import type { LayoutInput } from './layout-fitter.js';

/**
 * The common case of a layout whose content is one vertical flow across the content area: builds
 * the items at each shrink step, paginates them and draws every page.
 */
export function flowPages(input: LayoutInput, items: (sizes: StepSizes, widthIn: number) => FlowItem[], style: Partial<FlowStyle> = {}): Shape[][] {
  const { ctx } = input;
  const full: FlowStyle = { fontFace: ctx.theme.fonts.body, color: ctx.theme.colors.text, lineSpacing: BODY_LINE_SPACING, stretchLastText: true, ...style };
  const width = input.area(0).w;
  const pages = shrinkThenSplit(ctx.theme, (sizes) => paginateFlow(items(sizes, width), (p) => input.area(p).h));
  return pages.map((page, p) => renderFlowPage(ctx, page, input.area(p), full, input.slide));
}

import { blocksToFlowItems } from '../flow-items.js';
import { BODY_LINE_SPACING } from '../text-box-style.js';
import type { LayoutFitter } from './layout-fitter.js';
import { flowPages } from './flow-pages.js';

/** A title and a body of text (lists, paragraphs, and any table, chart or picture among them). */
export const bulletsLayout: LayoutFitter<'bullets'> = {
  titled: true,
  fit(layout, input) {
    return flowPages(input, (sizes, width) => blocksToFlowItems(input.ctx, layout.body, width, sizes, { lineSpacing: BODY_LINE_SPACING, insets: input.frame.textInsets }));
  },
};

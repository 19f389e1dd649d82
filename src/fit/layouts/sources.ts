import { blocksToFlowItems } from '../flow-items.js';
import { BODY_LINE_SPACING } from '../text-box-style.js';
import type { LayoutFitter } from './layout-fitter.js';
import { flowPages } from './flow-pages.js';

/** Sources start this many points below the body size: reference lists are read, not presented. */
const SOURCES_SIZE_DROP = 2;

/** A numbered list of sources, set a little smaller than body text but never below the body floor. */
export const sourcesLayout: LayoutFitter<'sources'> = {
  titled: true,
  fit(layout, input) {
    const { theme } = input.ctx;
    return flowPages(input, (sizes, width) =>
      blocksToFlowItems(input.ctx, layout.body, width, sizes, {
        lineSpacing: BODY_LINE_SPACING,
        insets: input.frame.textInsets,
        textSize: Math.max(theme.sizes.bodyMin, sizes.body - SOURCES_SIZE_DROP),
        paragraph: { numberLists: true },
      }),
    );
  },
};

import type { FlowItem } from '../flow.js';
import { blocksToFlowItems } from '../flow-items.js';
import { BODY_LINE_SPACING } from '../text-box-style.js';
import type { LayoutFitter } from './layout-fitter.js';
import { flowPages } from './flow-pages.js';

/**
 * An intro, a native table and a caption. The table pages by whole rows with its header repeated;
 * the intro stays on the first slide and the caption on the last, because they are one flow.
 */
export const tableLayout: LayoutFitter<'table'> = {
  titled: true,
  fit(layout, input) {
    const { ctx } = input;
    return flowPages(input, (sizes, width) => {
      const opts = { lineSpacing: BODY_LINE_SPACING, insets: input.frame.textInsets };
      const caption: FlowItem[] = blocksToFlowItems(ctx, layout.caption, width, sizes, { ...opts, textSize: sizes.table }).map((item) =>
        item.kind === 'para' ? { ...item, measured: { ...item.measured, para: { ...item.measured.para, color: ctx.theme.colors.muted } } } : item,
      );
      return [...blocksToFlowItems(ctx, layout.intro, width, sizes, opts), ...blocksToFlowItems(ctx, [layout.table], width, sizes, opts), ...caption];
    });
  },
};

import type { Shape } from '../../deck/laid-out.js';
import { layTitles, titleShapeFor } from '../chrome.js';
import { paginateFlow, renderFlowPage } from '../flow.js';
import { blocksToFlowItems } from '../flow-items.js';
import { shrinkThenSplit } from '../shrink-then-split.js';
import { BODY_LINE_SPACING } from '../text-box-style.js';
import type { LayoutFitter } from './layout-fitter.js';

/**
 * A section divider on the section-header layout: the title in its title placeholder, optional
 * text in its body placeholder; the accent rule belongs to the layout.
 */
export const sectionLayout: LayoutFitter<'section'> = {
  titled: false,
  fit(layout, input) {
    const { ctx, frame } = input;
    const { theme } = ctx;
    const titles = layTitles(ctx, frame.title, layout.title, input.area(0));
    const head = (p: number, pages: number): Shape[] => {
      const shape = titleShapeFor(titles, layout.title, ctx.meta.continuedLabel, p, pages);
      return shape ? [shape] : [];
    };
    if (layout.body.length === 0) return [head(0, 1)];
    const color = frame.bodies[0]?.color ?? theme.colors.muted;
    // A title that had to grow pushes down what sits under it.
    const area = (p: number) => {
      const box = input.area(p);
      const grow = titles[Math.min(p, 1)]?.grow ?? 0;
      return frame.title && grow > 0 && box.y >= frame.title.box.y ? { ...box, y: box.y + grow, h: Math.max(0.5, box.h - grow) } : box;
    };
    const pages = shrinkThenSplit(theme, (sizes) => paginateFlow(blocksToFlowItems(ctx, layout.body, area(0).w, sizes, { lineSpacing: BODY_LINE_SPACING }), (p) => area(p).h));
    return pages.map((page, p) => [...head(p, pages.length), ...renderFlowPage(ctx, page, area(p), { fontFace: theme.fonts.body, color, lineSpacing: BODY_LINE_SPACING, stretchLastText: true }, input.slide)]);
  },
};

import type { Shape } from '../../deck/laid-out.js';
import { layTitles, titleShapeFor } from '../chrome.js';
import { paginateFlow, renderFlowPage } from '../flow.js';
import { blocksToFlowItems } from '../flow-items.js';
import { shrinkThenSplit } from '../shrink-then-split.js';
import { BODY_LINE_SPACING } from '../text-box-style.js';
import type { LayoutFitter } from './layout-fitter.js';

/**
 * The cover, on the title-slide layout: the title in its `ctrTitle` placeholder, the subtitle and
 * body lines (date, venue) in its subtitle placeholder, in the layout's colours; the cover fill and
 * accent rule belong to the layout.
 */
export const titleLayout: LayoutFitter<'title'> = {
  titled: false,
  fit(layout, input) {
    const { ctx, frame } = input;
    const { theme } = ctx;
    const titles = layTitles(ctx, frame.title, layout.title, input.area(0));
    // A title that had to grow pushes down what sits under it.
    const area = (p: number) => {
      const box = input.area(p);
      const grow = titles[Math.min(p, 1)]?.grow ?? 0;
      return frame.title && grow > 0 && box.y >= frame.title.box.y ? { ...box, y: box.y + grow, h: Math.max(0.5, box.h - grow) } : box;
    };
    const color = frame.bodies[0]?.color ?? theme.colors.coverText;
    const subtitle = layout.subtitle.length > 0 ? [{ kind: 'paragraph' as const, runs: layout.subtitle }] : [];
    const pages = shrinkThenSplit(theme, (sizes) => {
      const items = [
        ...blocksToFlowItems(ctx, subtitle, area(0).w, sizes, { lineSpacing: BODY_LINE_SPACING, textSize: sizes.body + 4 }),
        ...blocksToFlowItems(ctx, layout.body, area(0).w, sizes, { lineSpacing: BODY_LINE_SPACING }),
      ];
      return paginateFlow(items, (p) => area(p).h);
    });
    return pages.map((page, p) => {
      const head = titleShapeFor(titles, layout.title, ctx.meta.continuedLabel, p, pages.length);
      const shapes: Shape[] = head ? [head] : [];
      const body = renderFlowPage(ctx, page, area(p), { fontFace: theme.fonts.body, color, lineSpacing: BODY_LINE_SPACING, stretchLastText: true }, input.slide);
      return [...shapes, ...body];
    });
  },
};

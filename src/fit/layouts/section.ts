import { layTitles, titleShapeFor } from '../chrome.js';
import { blocksToFlowItems } from '../flow-items.js';
import { BODY_LINE_SPACING } from '../text-box-style.js';
import type { LayoutFitter } from './layout-fitter.js';
import { fitTitleSlide } from './title-slide-text.js';

/**
 * A section divider on the section-header layout: the title in its title placeholder, optional
 * text in its body placeholder; the accent rule belongs to the layout. Like the cover it stays one
 * slide: text too long for the body placeholder grows into the layout's free area (`fitTitleSlide`).
 */
export const sectionLayout: LayoutFitter<'section'> = {
  titled: false,
  fit(layout, input) {
    const { ctx, frame } = input;
    const { theme } = ctx;
    const titles = layTitles(ctx, frame.title, layout.title, input.area(0));
    if (layout.body.length === 0) {
      const head = titleShapeFor(titles, layout.title, ctx.meta.continuedLabel, 0, 1);
      return [head ? [head] : []];
    }
    const color = frame.bodies[0]?.color ?? theme.colors.muted;
    return fitTitleSlide(input, titles, layout.title, (sizes, width) => blocksToFlowItems(ctx, layout.body, width, sizes, { lineSpacing: BODY_LINE_SPACING, insets: frame.textInsets }), { fontFace: theme.fonts.body, color, lineSpacing: BODY_LINE_SPACING, stretchLastText: true }, 'section slide');
  },
};

import { layTitles } from '../chrome.js';
import { blocksToFlowItems } from '../flow-items.js';
import { BODY_LINE_SPACING } from '../text-box-style.js';
import type { LayoutFitter } from './layout-fitter.js';
import { fitTitleSlide } from './title-slide-text.js';

/**
 * The cover, on the title-slide layout: the title in its `ctrTitle` placeholder, the subtitle and
 * body lines (date, venue) in its subtitle placeholder, in the layout's colours; the cover fill and
 * accent rule belong to the layout. It stays one slide: a subtitle placeholder too small for the
 * text grows into the layout's free area (see `fitTitleSlide`).
 */
export const titleLayout: LayoutFitter<'title'> = {
  titled: false,
  fit(layout, input) {
    const { ctx, frame } = input;
    const { theme } = ctx;
    const titles = layTitles(ctx, frame.title, layout.title, input.area(0));
    const color = frame.bodies[0]?.color ?? theme.colors.coverText;
    const subtitle = layout.subtitle.length > 0 ? [{ kind: 'paragraph' as const, runs: layout.subtitle }] : [];
    return fitTitleSlide(input, titles, layout.title, (sizes, width) => [
      ...blocksToFlowItems(ctx, subtitle, width, sizes, { lineSpacing: BODY_LINE_SPACING, textSize: sizes.body + 4, insets: frame.textInsets }),
      ...blocksToFlowItems(ctx, layout.body, width, sizes, { lineSpacing: BODY_LINE_SPACING, insets: frame.textInsets }),
    ], { fontFace: theme.fonts.body, color, lineSpacing: BODY_LINE_SPACING, stretchLastText: true }, 'cover');
  },
};

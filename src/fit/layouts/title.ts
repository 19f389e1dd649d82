import type { LaidParagraph, Shape } from '../../deck/laid-out.js';
import { paginateFlow, renderFlowPage } from '../flow.js';
import { blocksToFlowItems } from '../flow-items.js';
import { measureParagraph } from '../measure-paragraph.js';
import { boxHeightFor } from '../safety-margins.js';
import { shrinkThenSplit } from '../shrink-then-split.js';
import { BODY_LINE_SPACING, TEXT_INSET } from '../text-box-style.js';
import type { LayoutFitter } from './layout-fitter.js';

/** The cover title starts this far down the slide, as a share of its height. */
const TITLE_AT = 0.28;

/** A cover title wraps to at most this many lines before it shrinks. */
const MAX_TITLE_LINES = 3;

/**
 * The cover: a full-bleed fill in the cover colour, the big title, the subtitle, and body lines
 * (date, venue) in the cover text colour. The marking banner is drawn over it by the chrome.
 */
export const titleLayout: LayoutFitter<'title'> = {
  titled: false,
  fit(layout, input) {
    const { ctx } = input;
    const { theme } = ctx;
    const area0 = input.area(0);
    const innerPt = (area0.w - 2 * TEXT_INSET) * 72;
    const titlePara = (size: number): LaidParagraph => ({ runs: [{ text: layout.title }], level: 0, bullet: { kind: 'none' }, fontSize: size, bold: true, color: theme.colors.coverText, spaceBefore: 0 });
    let size = theme.sizes.coverTitle;
    let m = measureParagraph(ctx, titlePara(size), innerPt, theme.fonts.heading, 1);
    while (m.lines.length > MAX_TITLE_LINES && size > theme.sizes.title) m = measureParagraph(ctx, titlePara(--size), innerPt, theme.fonts.heading, 1);
    const titleH = boxHeightFor(m.lines.length * m.linePt + 2 * TEXT_INSET * 72);
    const titleY = Math.max(area0.y, theme.slide.height * TITLE_AT);
    const ruleY = titleY + titleH + 0.08;
    const restTop = ruleY + 0.25;
    const subtitle = layout.subtitle.length > 0 ? [{ kind: 'paragraph' as const, runs: layout.subtitle }] : [];
    const pages = shrinkThenSplit(theme, (sizes) => {
      const items = [
        ...blocksToFlowItems(ctx, subtitle, area0.w, sizes, { lineSpacing: BODY_LINE_SPACING, textSize: sizes.body + 4 }),
        ...blocksToFlowItems(ctx, layout.body, area0.w, sizes, { lineSpacing: BODY_LINE_SPACING }),
      ];
      return paginateFlow(items, (p) => (p === 0 ? area0.y + area0.h - restTop : input.area(p).h));
    });
    return pages.map((page, p) => {
      const area = input.area(p);
      const top = p === 0 ? restTop : area.y;
      const shapes: Shape[] = [{ kind: 'rect', box: { x: 0, y: 0, w: theme.slide.width, h: theme.slide.height }, fill: theme.colors.coverFill }];
      if (p === 0) {
        shapes.push(
          { kind: 'text', box: { x: area.x, y: titleY, w: area.w, h: titleH }, paragraphs: [m.para], fontFace: theme.fonts.heading, color: theme.colors.coverText, valign: 'top', inset: TEXT_INSET, lineSpacing: 1 },
          { kind: 'rect', box: { x: area.x + TEXT_INSET, y: ruleY, w: 2.5, h: 0.05 }, fill: theme.colors.accent },
        );
      }
      shapes.push(...renderFlowPage(ctx, page, { x: area.x, y: top, w: area.w, h: area.y + area.h - top }, { fontFace: theme.fonts.body, color: theme.colors.coverText, lineSpacing: BODY_LINE_SPACING, stretchLastText: false }, input.slide));
      return shapes;
    });
  },
};

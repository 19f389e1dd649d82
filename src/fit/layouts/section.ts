import type { Shape } from '../../deck/laid-out.js';
import { paginateFlow, renderFlowPage } from '../flow.js';
import { blocksToFlowItems } from '../flow-items.js';
import { measureParagraph } from '../measure-paragraph.js';
import { boxHeightFor } from '../safety-margins.js';
import { shrinkThenSplit } from '../shrink-then-split.js';
import { BODY_LINE_SPACING, TEXT_INSET } from '../text-box-style.js';
import type { LayoutFitter } from './layout-fitter.js';

/** The section title sits this far down the slide, as a share of its height. */
const TITLE_AT = 0.34;

/** A section divider: a large title in the primary colour over an accent rule, optional text under it. */
export const sectionLayout: LayoutFitter<'section'> = {
  titled: false,
  fit(layout, input) {
    const { ctx } = input;
    const { theme } = ctx;
    const area0 = input.area(0);
    const size = Math.max(theme.sizes.title, theme.sizes.coverTitle - 4);
    const para = { runs: [{ text: layout.title }], level: 0, bullet: { kind: 'none' as const }, fontSize: size, bold: true, color: theme.colors.primary, spaceBefore: 0 };
    const m = measureParagraph(ctx, para, (area0.w - 2 * TEXT_INSET) * 72, theme.fonts.heading, 1);
    const titleH = boxHeightFor(m.lines.length * m.linePt + 2 * TEXT_INSET * 72);
    const titleY = Math.max(area0.y, theme.slide.height * TITLE_AT);
    const ruleY = titleY + titleH + 0.06;
    const bodyTop = ruleY + 0.3;
    const head = (y: number): Shape[] => [
      { kind: 'text', box: { x: area0.x, y, w: area0.w, h: titleH }, paragraphs: [para], fontFace: theme.fonts.heading, color: theme.colors.primary, valign: 'top', inset: TEXT_INSET, lineSpacing: 1 },
      { kind: 'rect', box: { x: area0.x + TEXT_INSET, y: y + titleH + 0.06, w: 2.5, h: 0.05 }, fill: theme.colors.accent },
    ];
    if (layout.body.length === 0) return [head(titleY)];
    const bodyH = (p: number): number => input.area(p).y + input.area(p).h - (p === 0 ? bodyTop : input.area(p).y + titleH + 0.4);
    const pages = shrinkThenSplit(theme, (sizes) => paginateFlow(blocksToFlowItems(ctx, layout.body, area0.w, sizes, { lineSpacing: BODY_LINE_SPACING }), bodyH));
    return pages.map((page, p) => {
      const area = input.area(p);
      const y = p === 0 ? titleY : area.y;
      const top = p === 0 ? bodyTop : area.y + titleH + 0.4;
      return [...head(y), ...renderFlowPage(ctx, page, { x: area.x, y: top, w: area.w, h: area.y + area.h - top }, { fontFace: theme.fonts.body, color: theme.colors.muted, lineSpacing: BODY_LINE_SPACING, stretchLastText: true }, input.slide)];
    });
  },
};

import type { Shape } from '../../deck/laid-out.js';
import type { FlowItem } from '../flow.js';
import { blocksToFlowItems } from '../flow-items.js';
import { measureParagraph } from '../measure-paragraph.js';
import { BODY_LINE_SPACING } from '../text-box-style.js';
import type { LayoutFitter } from './layout-fitter.js';
import { flowPages } from './flow-pages.js';

/** The quotation is set this much larger than body text, points. */
const QUOTE_SIZE_UP = 6;

/** Width of the accent bar left of the quotation, and the space after it, inches. */
const BAR = 0.08;
const BAR_GAP = 0.25;

/** A quotation in large italic type beside an accent bar, with the attribution right-aligned under it. */
export const quoteLayout: LayoutFitter<'quote'> = {
  titled: true,
  fit(layout, input) {
    const { ctx } = input;
    const { theme } = ctx;
    const insets = input.frame.textInsets;
    const pages = flowPages(
      input,
      (sizes, width) => {
        const textW = width - BAR - BAR_GAP;
        const quote = blocksToFlowItems(ctx, layout.quote, textW, sizes, { lineSpacing: BODY_LINE_SPACING, textSize: sizes.body + QUOTE_SIZE_UP, insets }).map((item): FlowItem =>
          item.kind === 'para'
            ? { ...item, measured: { ...item.measured, para: { ...item.measured.para, color: theme.colors.primary, runs: item.measured.para.runs.map((r) => ({ ...r, italic: true })) } } }
            : item,
        );
        // Italic is measured too: re-wrap with the italic runs so widths match what is drawn.
        const remeasured = quote.map((item): FlowItem =>
          item.kind === 'para' ? { ...item, measured: measureParagraph(ctx, item.measured.para, (textW - insets.left - insets.right) * 72, theme.fonts.body, BODY_LINE_SPACING) } : item,
        );
        const attribution: FlowItem[] =
          layout.attribution.length === 0
            ? []
            : [
                {
                  kind: 'para',
                  keepWithNext: false,
                  insets,
                  measured: measureParagraph(
                    ctx,
                    { runs: [{ text: '— ' }, ...layout.attribution], level: 0, bullet: { kind: 'none' }, fontSize: sizes.body, color: theme.colors.muted, align: 'right', spaceBefore: Math.round(sizes.body * 0.8) },
                    (textW - insets.left - insets.right) * 72,
                    theme.fonts.body,
                    BODY_LINE_SPACING,
                  ),
                },
              ];
        return [...remeasured, ...attribution];
      },
      { stretchLastText: false },
    );
    // Shift the text right of the bar and draw the bar beside the quotation.
    return pages.map((shapes): Shape[] => {
      const moved = shapes.map((s) => ({ ...s, box: { ...s.box, x: s.box.x + BAR + BAR_GAP, w: s.box.w - BAR - BAR_GAP } }) as Shape);
      const top = Math.min(...moved.map((s) => s.box.y));
      const bottom = Math.max(...moved.map((s) => s.box.y + s.box.h));
      const x = input.area(0).x;
      // Never a negative height (a:ext/@cy is ST_PositiveCoordinate; issue #14).
      return [{ kind: 'rect', box: { x, y: top, w: BAR, h: Math.max(0, bottom - top) }, fill: theme.colors.accent }, ...moved];
    });
  },
};

/**
 * How large text briefdeck draws itself may get on a house template (issue #11): tables, charts,
 * key-figure cards, the timeline, and the body text set with them on a title-only layout, where no
 * placeholder of the template says how large text should be.
 *
 * A house template's body size is meant for its body placeholder: LibreOffice's Impress templates
 * set 24–32 pt on an 11.02 × 6.20 in slide, where the bundled `default` set has 18 pt on
 * 13.33 × 7.5 in. Scaled from that alone, Candy's tables came out at 25 pt, its chart text at 23 pt
 * (category labels rotated, the plot squeezed into a corner of its frame) and a one-line "Sources:"
 * beside the chart at 32 pt. Two caps keep drawn text in proportion. Both only ever lower a size,
 * and the fit stage measures whatever size they leave, so text still never leaves its box:
 *
 * 1. **The set's sizes, scaled to the slide.** Drawn text is at most the template set's own size
 *    (`sizes.body`, `table`, `keyFigure` in `theme.json`) times the slide's scale against the set's
 *    slide (the smaller of the width and height ratios, as PowerPoint's "Ensure Fit" scales content
 *    to a new slide size) times `TEMPLATE_HEADROOM`, so a template with larger type still gets
 *    somewhat larger drawn text. The caps never go below the set's floors (`bodyMin`, `tableMin`),
 *    which stay the legible minimum. Chart text starts 2 pt under the table size
 *    (src/fit/chart-fit.ts), so it follows the table's cap. Only a theme derived from a house
 *    template is capped (src/template/derive-theme.ts): the bundled sets' decks do not change.
 * 2. **The chart's frame.** Chart text (axis, category and data labels, legend, title) shrinks, down
 *    to the table floor, while the text around the plot would leave the plot less than `PLOT_SHARE`
 *    of its frame's width or height (measured in src/fit/chart-fit.ts). This holds on every set.
 */
import type { Theme } from './types.js';

/**
 * How much larger than the set's own proportions a house template with larger type may make drawn
 * text: its body size counts, but only up to a quarter more.
 */
export const TEMPLATE_HEADROOM = 1.25;

/** Least share of its frame's width and of its height a chart's plot keeps beside and under its text. */
export const PLOT_SHARE = 0.6;

/** Largest sizes, pt, of text briefdeck draws on a house template's slide. */
export interface DrawnTextCaps {
  /** Body text on title-only layouts: table intros, card labels, timeline entries, text beside a chart or picture. */
  body: number;
  /** Table text and captions; chart text starts 2 pt under it. */
  table: number;
  /** The numbers of key-figure cards. */
  keyFigure: number;
}

/**
 * How `slide` compares with the template set's slide (both in inches): the smaller of the width
 * and height ratios, the factor PowerPoint's "Ensure Fit" applies when a slide size changes, so
 * content scaled by it fits both ways.
 */
export function slideScale(setSlide: Theme['slide'], slide: Theme['slide']): number {
  return Math.min(slide.width / setSlide.width, slide.height / setSlide.height);
}

/** The caps, pt, for text briefdeck draws on a `slide` inches large with template set `set`. */
export function drawnTextCaps(set: Theme, slide: Theme['slide']): DrawnTextCaps {
  const scale = slideScale(set.slide, slide) * TEMPLATE_HEADROOM;
  const body = Math.max(set.sizes.bodyMin, Math.round(set.sizes.body * scale));
  return {
    body,
    table: Math.max(set.sizes.tableMin, Math.round(set.sizes.table * scale)),
    // A figure's number is never set smaller than its label.
    keyFigure: Math.max(body, Math.round(set.sizes.keyFigure * scale)),
  };
}

/**
 * The theme a title-only layout (table, chart, key figures, timeline, picture) is fitted with: body
 * sizes from `theme.drawn` where a house template capped them, everything else unchanged.
 */
export function drawnLayoutTheme(theme: Theme): Theme {
  if (!theme.drawn) return theme;
  return { ...theme, sizes: { ...theme.sizes, body: theme.drawn.body, bodyMin: theme.drawn.bodyMin } };
}

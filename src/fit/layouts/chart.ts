import { chartProblems } from '../chart-fit.js';
import { chartShape } from '../flow-items.js';
import { locateOnSlide } from '../slide-location.js';
import type { LayoutFitter } from './layout-fitter.js';
import { figureWithText } from './figure-with-text.js';

/** A native chart filling the content area, with optional text beside it. */
export const chartLayout: LayoutFitter<'chart'> = {
  titled: true,
  fit(layout, input) {
    input.ctx.diagnostics.push(...chartProblems(input.ctx, layout.chart).map((d) => locateOnSlide(d, input.slide)));
    return figureWithText(input, layout.body, (box) => chartShape(input.ctx, layout.chart, box));
  },
};

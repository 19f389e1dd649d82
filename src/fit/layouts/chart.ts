import { chartShape } from '../flow-items.js';
import type { LayoutFitter } from './layout-fitter.js';
import { figureWithText } from './figure-with-text.js';

/** A native chart filling the content area, with optional text beside it. */
export const chartLayout: LayoutFitter<'chart'> = {
  titled: true,
  fit(layout, input) {
    return figureWithText(input, layout.body, (box) => chartShape(input.ctx, layout.chart, box));
  },
};

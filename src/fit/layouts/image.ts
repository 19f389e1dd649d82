import { imageShape } from '../flow-items.js';
import type { LayoutFitter } from './layout-fitter.js';
import { figureWithText } from './figure-with-text.js';

/** A picture filling the content area (the writer keeps its aspect ratio inside the box), with optional text beside it. */
export const imageLayout: LayoutFitter<'image'> = {
  titled: true,
  fit(layout, input) {
    return figureWithText(input, layout.body, (box) => imageShape(layout.image, box));
  },
};

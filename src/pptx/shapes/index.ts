import type { Slide } from '../pptxgen-types.js';
import type { Shape } from '../../deck/laid-out.js';
import { addChartShape } from './chart.js';
import type { WriteContext } from './context.js';
import { addImageShape } from './image.js';
import { addRectShape } from './rect.js';
import { addSlideNumber } from './slide-number.js';
import { addTableShape } from './table.js';
import { addTextShape } from './text.js';

/** A function that draws one kind of laid-out shape on a pptxgenjs slide. */
type Handler<K extends Shape['kind']> = (
  slide: Slide,
  shape: Extract<Shape, { kind: K }>,
  ctx: WriteContext,
) => void;

/** One handler per shape kind; the record type makes a missing kind a compile error. */
export const shapeHandlers: { [K in Shape['kind']]: Handler<K> } = {
  text: addTextShape,
  rect: addRectShape,
  table: addTableShape,
  chart: addChartShape,
  image: addImageShape,
  'slide-number': addSlideNumber,
};

/** Draws any shape with the handler for its kind. */
export function addShape(slide: Slide, shape: Shape, ctx: WriteContext): void {
  (shapeHandlers[shape.kind] as Handler<Shape['kind']>)(slide, shape as never, ctx);
}

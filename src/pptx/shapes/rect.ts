import type { Slide } from '../pptxgen-types.js';
import type { RectShape } from '../../deck/laid-out.js';
import type { WriteContext } from './context.js';
import { DECORATIVE_MARKER } from '../template/shape-markers.js';

/** Adds a filled rectangle, outlined only when the shape names a line colour. */
export function addRectShape(slide: Slide, shape: RectShape, ctx: WriteContext): void {
  slide.addShape(ctx.pptx.ShapeType.rect, {
    x: shape.box.x,
    y: shape.box.y,
    w: shape.box.w,
    h: shape.box.h,
    fill: { color: ctx.refs.colour(shape.fill) },
    ...(shape.decorative === true ? { objectName: DECORATIVE_MARKER } : {}),
    line: shape.line === undefined ? { type: 'none' } : { color: shape.line, width: 0.75 },
  });
}

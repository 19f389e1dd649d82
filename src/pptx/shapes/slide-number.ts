import type { Slide } from '../pptxgen-types.js';
import { fontFaceAttr } from '../clean-text.js';
import type { SlideNumberShape } from '../../deck/laid-out.js';
import { POINTS_PER_INCH } from '../../deck/text-geometry.js';
import type { WriteContext } from './context.js';

/**
 * Places PowerPoint's slide-number field, which updates itself when slides are reordered, with
 * the insets, anchoring and alignment it was measured with (its placeholder's own, issue #11).
 */
export function addSlideNumber(slide: Slide, shape: SlideNumberShape, ctx: WriteContext): void {
  const { left, top, right, bottom } = shape.insets;
  slide.slideNumber = {
    x: shape.box.x,
    y: shape.box.y,
    w: shape.box.w,
    h: shape.box.h,
    fontFace: fontFaceAttr(ctx.refs.font(shape.fontFace)),
    fontSize: shape.fontSize,
    color: ctx.refs.colour(shape.color),
    align: shape.align,
    valign: shape.valign,
    // pptxgenjs reads a slide number's `margin` in CSS order (top, right, bottom, left), in points.
    margin: [top, right, bottom, left].map((inches) => inches * POINTS_PER_INCH) as [number, number, number, number],
  };
}

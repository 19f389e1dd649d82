import type { Slide } from '../pptxgen-types.js';
import { fontFaceAttr } from '../clean-text.js';
import type { SlideNumberShape } from '../../deck/laid-out.js';
import type { WriteContext } from './context.js';

/**
 * Places PowerPoint's slide-number field, which updates itself when slides are reordered. The
 * number hugs the slide edge nearest to its box: right-aligned in the right half of the slide.
 */
export function addSlideNumber(slide: Slide, shape: SlideNumberShape, ctx: WriteContext): void {
  const centre = shape.box.x + shape.box.w / 2;
  slide.slideNumber = {
    x: shape.box.x,
    y: shape.box.y,
    w: shape.box.w,
    h: shape.box.h,
    fontFace: fontFaceAttr(ctx.refs.font(shape.fontFace)),
    fontSize: shape.fontSize,
    color: ctx.refs.colour(shape.color),
    align: centre > ctx.theme.slide.width / 2 ? 'right' : 'left',
    valign: 'middle',
    margin: [0, 0, 0, 0],
  };
}

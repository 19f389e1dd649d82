import { describe, expect, it } from 'vitest';
import { placeOnSlide } from '../../src/template/on-slide.js';

const SLIDE = { width: 10, height: 5.625 };

describe('placeOnSlide (issue #11: text is never placed off the slide)', () => {
  it('leaves a box on the slide as it is', () => {
    const box = { x: 0.5, y: 0.2, w: 9, h: 0.94 };
    expect(placeOnSlide(box, SLIDE)).toBe(box);
  });

  it('moves a title dragged above the top edge down onto the slide at its own size', () => {
    expect(placeOnSlide({ x: 0.5, y: -0.66, w: 9, h: 0.94 }, SLIDE)).toEqual({ x: 0.5, y: 0, w: 9, h: 0.94 });
    expect(placeOnSlide({ x: 3, y: 5.4, w: 3, h: 0.5 }, SLIDE)).toEqual({ x: 3, y: 5.125, w: 3, h: 0.5 });
  });

  it('cuts a box larger than the slide (a slide size changed without moving the placeholders) to the slide', () => {
    // pandoc's 9 in body on a 5 × 10 in slide.
    expect(placeOnSlide({ x: 0.5, y: 1.31, w: 9, h: 3.71 }, { width: 5, height: 10 })).toEqual({ x: 0, y: 1.31, w: 5, h: 3.71 });
    const off = placeOnSlide({ x: 20, y: 20, w: 1, h: 1 }, SLIDE);
    expect(off.x + off.w).toBeLessThanOrEqual(SLIDE.width);
    expect(off.y + off.h).toBeLessThanOrEqual(SLIDE.height);
  });
});

import { describe, expect, it } from 'vitest';
import { boxesOverlap, clearOf } from '../../src/fit/placeholder-room.js';

describe('clearOf (issue #11: text never over another placeholder)', () => {
  const title = { x: 0.5, y: 0.2, w: 9, h: 0.94 };

  it('keeps the part of a body below a title it runs under, and a body clear of it as it is', () => {
    expect(clearOf({ x: 0.5, y: 0.44, w: 9, h: 3.71 }, title)).toEqual({ x: 0.5, y: 0.2 + 0.94, w: 9, h: 0.44 + 3.71 - 1.14 });
    const below = { x: 0.5, y: 1.31, w: 9, h: 3.71 };
    expect(clearOf(below, title)).toBe(below);
  });

  it('takes the largest band when the obstacle sits in the middle, and none when it covers the box', () => {
    expect(clearOf({ x: 0, y: 0, w: 10, h: 4 }, { x: 0, y: 1, w: 10, h: 0.5 })).toEqual({ x: 0, y: 1.5, w: 10, h: 2.5 });
    expect(clearOf({ x: 0, y: 0, w: 10, h: 4 }, { x: 6, y: 0, w: 4, h: 4 })).toEqual({ x: 0, y: 0, w: 6, h: 4 });
    const covered = clearOf({ x: 1, y: 1, w: 2, h: 1 }, { x: 0, y: 0, w: 10, h: 5 });
    expect(covered.w * covered.h).toBe(0);
  });

  it('does not count boxes that only touch as overlapping', () => {
    expect(boxesOverlap({ x: 0, y: 0, w: 1, h: 1 }, { x: 0, y: 1, w: 1, h: 1 })).toBe(false);
    expect(boxesOverlap({ x: 0, y: 0, w: 1, h: 1.01 }, { x: 0, y: 1, w: 1, h: 1 })).toBe(true);
  });
});

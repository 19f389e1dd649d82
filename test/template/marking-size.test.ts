import { describe, expect, it } from 'vitest';
import { createMeasurer } from '../../src/fit/measurer.js';
import { WIDTH_SAFETY } from '../../src/fit/safety-margins.js';
import { MARKING_FLOOR_PT, MARKING_INSET_IN, markingSize, markingTooLong } from '../../src/template/marking-size.js';

const measurer = createMeasurer();
const FACE = 'Arial';
const widthPt = (text: string, sizePt: number) => measurer.width(text, { face: FACE, sizePt, bold: true }) * WIDTH_SAFETY;
const room = (bannerIn: number) => (bannerIn - 2 * MARKING_INSET_IN) * 72;
const marking = (n: number) => 'OFFICIAL-SENSITIVE NOT FOR ONWARD DISTRIBUTION '.repeat(20).slice(0, n).trim();

describe('markingSize', () => {
  it('keeps the theme size for a marking that fits', () => {
    expect(markingSize('OFFICIAL', 13.33, 10, FACE, measurer)).toEqual({ sizePt: 10, fits: true });
  });

  it('writes a long marking at the largest half point that keeps it on one line', () => {
    const text = marking(200);
    const { sizePt, fits } = markingSize(text, 13.33, 10, FACE, measurer);
    expect(fits).toBe(true);
    expect(sizePt).toBeLessThan(10);
    expect(sizePt).toBeGreaterThanOrEqual(MARKING_FLOOR_PT);
    expect(widthPt(text, sizePt)).toBeLessThanOrEqual(room(13.33));
    expect(widthPt(text, sizePt + 0.5)).toBeGreaterThan(room(13.33));
  });

  it('stops at the floor and says the marking does not fit', () => {
    expect(markingSize(marking(400), 13.33, 10, FACE, measurer)).toEqual({ sizePt: MARKING_FLOOR_PT, fits: false });
  });
});

describe('markingTooLong', () => {
  it('reports nothing without a marking or banners, or when the marking fits', () => {
    expect(markingTooLong([{ x: 0, y: 0, w: 13.33, h: 0.3 }], '', FACE, measurer)).toEqual([]);
    expect(markingTooLong([], marking(400), FACE, measurer)).toEqual([]);
    expect(markingTooLong([{ x: 0, y: 0, w: 13.33, h: 0.3 }], marking(200), FACE, measurer)).toEqual([]);
  });

  it('judges by the narrowest banner and says how many characters fit', () => {
    const banners = [{ x: 0, y: 0, w: 13.33, h: 0.3 }, { x: 0, y: 7, w: 10, h: 0.3 }];
    const [problem, ...rest] = markingTooLong(banners, marking(200), FACE, measurer);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ severity: 'error', rule: 'marking-too-long', found: '200 characters' });
    const fitting = Number(/about (\d+) characters/.exec(problem!.expected ?? '')?.[1]);
    expect(fitting).toBeGreaterThan(120);
    expect(fitting).toBeLessThan(200);
  });
});

import { describe, expect, it } from 'vitest';
import { drawnLayoutTheme, drawnTextCaps, slideScale, TEMPLATE_HEADROOM } from '../../src/theme/drawn-text-caps.js';
import { defaultTheme } from '../fit/fit-helpers.js';

const set = defaultTheme();

describe('slideScale', () => {
  it('is the smaller of the width and height ratios', () => {
    expect(slideScale(set.slide, set.slide)).toBe(1);
    expect(slideScale({ width: 13.333, height: 7.5 }, { width: 10, height: 7.5 })).toBeCloseTo(0.75, 3);
    expect(slideScale({ width: 13.333, height: 7.5 }, { width: 11.02, height: 8.27 })).toBeCloseTo(11.02 / 13.333, 6);
  });
});

describe('drawnTextCaps', () => {
  it('scales the set\'s sizes to the slide with the template headroom', () => {
    const caps = drawnTextCaps(set, set.slide);
    expect(caps).toEqual({
      body: Math.round(set.sizes.body * TEMPLATE_HEADROOM),
      table: Math.round(set.sizes.table * TEMPLATE_HEADROOM),
      keyFigure: Math.round(set.sizes.keyFigure * TEMPLATE_HEADROOM),
    });
  });

  it('shrinks with the slide but stays at or above the set\'s floors', () => {
    const small = drawnTextCaps(set, { width: 6, height: 3.4 });
    expect(small.body).toBe(set.sizes.bodyMin);
    expect(small.table).toBe(set.sizes.tableMin);
    expect(small.keyFigure).toBeGreaterThanOrEqual(small.body);
  });
});

describe('drawnLayoutTheme', () => {
  it('leaves a theme without drawn sizes as it is', () => {
    expect(drawnLayoutTheme(set)).toBe(set);
  });

  it('takes the drawn body sizes and nothing else', () => {
    const theme = { ...set, sizes: { ...set.sizes, body: 32, bodyMin: 14 }, drawn: { body: 19, bodyMin: 14 } };
    expect(drawnLayoutTheme(theme).sizes).toEqual({ ...theme.sizes, body: 19, bodyMin: 14 });
  });
});

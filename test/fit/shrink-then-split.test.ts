import { describe, expect, it } from 'vitest';
import { shrinkThenSplit } from '../../src/fit/shrink-then-split.js';
import { defaultTheme } from './fit-helpers.js';

const theme = defaultTheme(); // body 18 → 14, table 14 → 11: steps 0..4

describe('shrinkThenSplit', () => {
  it('returns the first step that fits on one slide', () => {
    const seen: number[] = [];
    const pages = shrinkThenSplit(theme, (sizes, step) => {
      seen.push(step);
      return step < 2 ? ['a', 'b'] : [`one slide at ${sizes.body}/${sizes.table}`];
    });
    expect(pages).toEqual(['one slide at 16/12']);
    expect(seen).toEqual([0, 1, 2]);
  });

  it('never goes below the floors, and splits at the largest size that needs no more slides than the floor', () => {
    const bySize: Record<number, number> = { 18: 5, 17: 4, 16: 3, 15: 3, 14: 3 };
    const steps: number[] = [];
    const pages = shrinkThenSplit(theme, (sizes, step) => {
      steps.push(step);
      expect(sizes.body).toBeGreaterThanOrEqual(theme.sizes.bodyMin);
      expect(sizes.table).toBeGreaterThanOrEqual(theme.sizes.tableMin);
      return Array.from({ length: bySize[sizes.body] ?? 0 }, () => sizes.body);
    });
    expect(pages).toEqual([16, 16, 16]);
    expect(Math.max(...steps)).toBe(4);
  });

  it('never takes an attempt that could not place something as fitting, however few slides it takes', () => {
    const problem = { severity: 'error', rule: 'content-cannot-fit', message: 'x' };
    // At 18 and 17 pt an item is dropped (one slide, with a problem); at 16 pt it fits.
    const pages = shrinkThenSplit(theme, (sizes) => [{ size: sizes.body, problems: sizes.body > 16 ? [problem] : [] }]);
    expect(pages).toEqual([{ size: 16, problems: [] }]);
    // When every size drops it, the floor's attempt is kept: its problem is the error the user sees.
    const never = shrinkThenSplit(theme, (sizes) => [{ size: sizes.body, problems: [problem] }]);
    expect(never).toEqual([{ size: 14, problems: [problem] }]);
    // A layout's own test of its pages (two-column cards hold their pages inside).
    const custom = shrinkThenSplit(theme, (sizes) => [{ size: sizes.body, bad: sizes.body === 18 }], (page) => page.bad);
    expect(custom).toEqual([{ size: 17, bad: false }]);
  });
});

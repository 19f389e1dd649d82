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
});

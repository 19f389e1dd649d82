import { describe, expect, it } from 'vitest';
import { CHART_VALUE_LIMIT, chartValueProblem } from '../../src/deck/chart-values.js';

describe('chartValueProblem', () => {
  it('accepts what a chart shows exactly and refuses the rest', () => {
    for (const ok of [0, -1, 1000, 14.1, 999_999_999_999_999, -999_999_999_999_999, 1e-12]) expect(chartValueProblem(ok), String(ok)).toBeUndefined();
    for (const bad of [CHART_VALUE_LIMIT, -CHART_VALUE_LIMIT, 2.5e16, 1.7e308]) expect(chartValueProblem(bad), String(bad)).toMatch(/beyond what a chart can show/);
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY]) expect(chartValueProblem(bad)).toBe('is not a finite number');
  });
});

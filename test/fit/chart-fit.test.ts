import { describe, expect, it } from 'vitest';
import type { ChartBlock, DeckMeta } from '../../src/deck/types.js';
import { chartProblems, chartValuesNote, chartValueText, fitChart } from '../../src/fit/chart-fit.js';
import type { FitContext } from '../../src/fit/fit-context.js';
import { createMeasurer } from '../../src/fit/measurer.js';
import { defaultTheme, sampleDeck } from './fit-helpers.js';
import { bundledFor } from '../support/bundled-frames.js';

const theme = defaultTheme();
const ctx = (): FitContext => ({ theme, meta: sampleDeck().meta as DeckMeta, measurer: createMeasurer(), frames: bundledFor(theme, sampleDeck().meta).frames, diagnostics: [] });
const box = { x: 0.6, y: 1.5, w: 12.1, h: 5 };

const chart = (series: number, categories: number, value = (s: number, c: number) => 100 * s + c): ChartBlock => ({
  kind: 'chart',
  chartType: 'bar',
  title: 'Exchanges',
  unit: 'prisoners',
  categories: Array.from({ length: categories }, (_, c) => `Month ${c + 1}`),
  series: Array.from({ length: series }, (_, s) => ({ name: `Region ${s + 1}`, values: Array.from({ length: categories }, (_, c) => value(s, c)) })),
});

describe('fitChart', () => {
  it('labels the values of a chart whose labels fit over their bars', () => {
    const shape = fitChart(ctx(), chart(1, 2, () => 1000), box);
    expect(shape.dataLabels).toBe(true);
    expect(shape.notes).toBeUndefined();
    expect(shape.fontSize).toBe(Math.max(theme.sizes.tableMin, theme.sizes.table - 2));
  });

  it('leaves the labels off when they would touch, and gives the values in the notes instead', () => {
    const c = chart(12, 8, (s, k) => 1000 + 37 * s + k);
    const shape = fitChart(ctx(), c, box);
    expect(shape.dataLabels).toBe(false);
    expect(shape.notes).toBe(chartValuesNote(c));
    expect(shape.notes?.split('\n')).toHaveLength(13);
    expect(shape.notes).toContain('Region 12: Month 1 1,407; Month 2 1,408');
  });

  it('measures the labels: a narrow chart loses the labels a wide one keeps', () => {
    const c = chart(3, 4, () => 12_345);
    expect(fitChart(ctx(), c, box).dataLabels).toBe(true);
    expect(fitChart(ctx(), c, { ...box, w: 4 }).dataLabels).toBe(false);
  });

  it('sets long category labels and a long legend smaller, down to the table floor', () => {
    const long = { ...chart(2, 8), categories: Array.from({ length: 8 }, (_, i) => `A rather long category name number ${i + 1}`) };
    expect(fitChart(ctx(), long, box).fontSize).toBe(theme.sizes.tableMin);
  });

  it('sets chart text smaller while the plot would keep less than PLOT_SHARE of a small frame (issue #11)', () => {
    const large: FitContext = { ...ctx(), theme: { ...theme, sizes: { ...theme.sizes, table: 22 } } };
    const c = chart(1, 2, () => 1000);
    expect(fitChart(large, c, box).fontSize).toBe(20);
    const small = fitChart(large, c, { ...box, w: 4, h: 2.2 }).fontSize;
    expect(small).toBeLessThan(20);
    expect(small).toBeGreaterThanOrEqual(theme.sizes.tableMin);
  });

  it('warns when a chart has more series than the palette tells apart', () => {
    expect(chartProblems(ctx(), chart(theme.colors.chart.length, 2))).toEqual([]);
    const problems = chartProblems(ctx(), chart(12, 2));
    expect(problems.map((d) => `${d.severity} ${d.rule}`)).toEqual(['warning chart-too-many-series']);
  });
});

describe('chartValueText', () => {
  it('groups whole numbers as Intl does for en-US, without building a NumberFormat', () => {
    for (const v of [0, 7, -7, 999, 1000, -1000, 12345, 1234567, -98765432, 999999999999999]) {
      expect(chartValueText(v, true)).toBe(v.toLocaleString('en-US'));
    }
    expect(chartValueText(14.1, false)).toBe('14.1');
  });
});

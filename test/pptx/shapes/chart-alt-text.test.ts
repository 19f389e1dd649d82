import { describe, expect, it } from 'vitest';
import type { ChartBlock } from '../../../src/deck/types.js';
import { chartAltText } from '../../../src/pptx/shapes/chart-alt-text.js';

const chart: ChartBlock = {
  kind: 'chart',
  chartType: 'bar',
  title: 'Exports by year',
  unit: 'bn €',
  categories: ['2023', '2024'],
  series: [
    { name: 'Goods', values: [21.4, 1234] },
    { name: 'Services', values: [4.8, 5.5] },
  ],
};

describe('chartAltText', () => {
  it('says the kind, title, unit and every series\' values by category', () => {
    expect(chartAltText(chart, 'en')).toBe('Bar chart: Exports by year (bn €). Goods: 2023 21.4, 2024 1,234; Services: 2023 4.8, 2024 5.5');
  });

  it('writes the kind word and numbers in the deck\'s language, English words for an unknown one', () => {
    // Ukrainian groups digits with a no-break space (which one depends on the ICU version).
    expect(chartAltText({ ...chart, chartType: 'line' }, 'uk')).toMatch(/^Лінійна діаграма: Exports by year \(bn €\)\. Goods: 2023 21,4, 2024 1[\u00a0\u202f]234; Services: 2023 4,8, 2024 5,5$/);
    expect(chartAltText(chart, 'tr-TR')).toMatch(/^Sütun grafiği: .* Goods: 2023 21,4, 2024 1\.234;/);
    expect(chartAltText(chart, 'de')).toMatch(/^Bar chart: .* Goods: 2023 21,4, 2024 1\.234;/);
  });

  it('marks a missing value instead of writing NaN', () => {
    expect(chartAltText({ ...chart, unit: undefined, series: [{ name: 'Goods', values: [1] }] }, 'en')).toBe('Bar chart: Exports by year. Goods: 2023 1, 2024 —');
  });
});

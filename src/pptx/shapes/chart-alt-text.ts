import type { ChartBlock } from '../../deck/types.js';
import { formatNumber } from '../../render/format-number.js';

/** The fixed words of a chart description, per language (the bundled label languages; others fall back to English). */
const WORDS: Record<string, { bar: string; line: string }> = {
  en: { bar: 'Bar chart', line: 'Line chart' },
  uk: { bar: 'Стовпчикова діаграма', line: 'Лінійна діаграма' },
  tr: { bar: 'Sütun grafiği', line: 'Çizgi grafiği' },
};

/**
 * The alt text of a chart, generated from its data so a screen-reader user gets what the picture
 * shows (WCAG 2.1 SC 1.1.1, issue #12): kind, title, unit, then each series' values by category,
 * e.g. `Bar chart: Prisoners exchanged (people). Russia: May 390, June 1,000; Ukraine: …`.
 * Numbers are written as `lang` writes them; the kind word is in `lang` when it is one of the
 * bundled languages, else English.
 */
export function chartAltText(chart: ChartBlock, lang: string): string {
  const words = WORDS[lang.toLowerCase().split('-')[0] ?? 'en'] ?? WORDS.en!;
  const head = `${chart.chartType === 'bar' ? words.bar : words.line}: ${chart.title.trim()}${chart.unit ? ` (${chart.unit.trim()})` : ''}`;
  const series = chart.series.map((s) => {
    const values = chart.categories.map((category, index) => {
      const value = s.values[index];
      return `${category} ${value === undefined || !Number.isFinite(value) ? '—' : formatValue(value, lang)}`;
    });
    return chart.series.length > 1 || s.name.trim() !== '' ? `${s.name}: ${values.join(', ')}` : values.join(', ');
  });
  return `${head}. ${series.join('; ')}`;
}

/** `value` as `lang` writes numbers (up to 6 decimals), or as English does when the runtime does not know the tag. */
function formatValue(value: number, lang: string): string {
  try {
    return formatNumber(lang, value, 6);
  } catch {
    return formatNumber('en', value, 6);
  }
}

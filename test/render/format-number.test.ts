import { describe, expect, it } from 'vitest';
import { formatNumber, pluralCategory } from '../../src/render/format-number.js';

// The languages format-number.ts writes 0–999 for without Intl, with a region and without.
const LATIN_DIGIT_LOCALES = ['bg', 'cs', 'da', 'de', 'el', 'en', 'en-GB', 'es', 'et', 'fi', 'fr', 'he', 'hr', 'hu', 'hy', 'id', 'it', 'ja', 'ka', 'kk',
  'ko', 'lt', 'lv', 'nb', 'nl', 'pl', 'pt-BR', 'ro', 'ru', 'sk', 'sl', 'sr', 'sv', 'tr', 'uk', 'uk-UA', 'vi', 'zh'];

describe('formatNumber', () => {
  it.each(LATIN_DIGIT_LOCALES)('writes 0–999 in %s exactly as Intl.NumberFormat does', (locale) => {
    const intl = new Intl.NumberFormat(locale);
    const differing = Array.from({ length: 1000 }, (_, n) => n).filter((n) => formatNumber(locale, n) !== intl.format(n));
    expect(differing).toEqual([]);
  });

  it.each([
    ['en', 1234.5], ['de', 1234.5], ['uk', 1000], ['en', -3], ['en', -0], ['en', 2.5], ['ar-EG', 12], ['fa', 7], ['en-u-nu-arab', 12], ['hi-IN-u-nu-deva', 5], ['ar', 0],
  ])('leaves %s %s to Intl.NumberFormat', (locale, n) => {
    expect(formatNumber(locale, n)).toBe(new Intl.NumberFormat(locale).format(n));
  });
});

describe('pluralCategory', () => {
  it.each([['en', 1, 'one'], ['en', 2, 'other'], ['uk', 3, 'few'], ['uk', 5, 'many'], ['tr', 1, 'one']] as const)('%s %d is %s', (locale, n, category) => {
    expect(pluralCategory(locale, n)).toBe(category);
  });
});

/**
 * Numbers and plural categories in a locale, with the `Intl` objects built on first use and kept
 * for the process (they are stateless).
 *
 * Why the fast path: the first `Intl.NumberFormat` of a process costs 4–9 ms (ICU number data),
 * more than the rest of rendering, and templates mostly print small counts ("3 delegates").
 * For a language whose default digits are 0–9, `Intl.NumberFormat` writes every integer from 0
 * to 999 as plain ASCII digits (no grouping below 1,000), so those are written directly;
 * test/render/format-number.test.ts checks that claim against `Intl` for every language listed.
 */

import { BoundedCache } from '../bounded-cache.js';

/** Languages whose default numbering system is Latin digits (checked by the test named above). */
const LATIN_DIGIT_LANGUAGES: ReadonlySet<string> = new Set([
  'bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'he', 'hr', 'hu', 'hy', 'id', 'it', 'ja', 'ka', 'kk',
  'ko', 'lt', 'lv', 'nb', 'nl', 'pl', 'pt', 'ro', 'ru', 'sk', 'sl', 'sr', 'sv', 'tr', 'uk', 'vi', 'zh',
]);

/** Most locales kept per cache; a process uses one or two. */
const MAX_LOCALES = 100;

const numberFormats = new BoundedCache<string, Intl.NumberFormat>(MAX_LOCALES);
const pluralRules = new BoundedCache<string, Intl.PluralRules>(MAX_LOCALES);

/** True when `Intl.NumberFormat(locale)` is known to write `n` as `String(n)`. */
function isPlainDigits(locale: string, n: number): boolean {
  // A Unicode extension (`-u-nu-arab`) may choose other digits; -0 is written "-0".
  return Number.isInteger(n) && n >= 0 && n < 1000 && !Object.is(n, -0) && !locale.includes('-u-')
    && LATIN_DIGIT_LANGUAGES.has(locale.split('-')[0]!.toLowerCase());
}

/**
 * `n` as `Intl.NumberFormat(locale, { maximumFractionDigits })` writes it (grouping, decimal sign,
 * digits; `Intl`'s default of 3 fraction digits unless told). Throws RangeError for a tag `Intl`
 * cannot use.
 */
export function formatNumber(locale: string, n: number, maximumFractionDigits = 3): string {
  if (isPlainDigits(locale, n)) return String(n);
  return numberFormats.getOrCreate(`${locale} ${maximumFractionDigits}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits })).format(n);
}

/** The locale's plural category for `n` (`one`, `few`, `other`…). */
export function pluralCategory(locale: string, n: number): Intl.LDMLPluralRule {
  return pluralRules.getOrCreate(locale, () => new Intl.PluralRules(locale)).select(n);
}

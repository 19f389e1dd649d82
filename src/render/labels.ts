import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { TemplateSet } from './template-set.js';

/** The fixed words of a template set in one language, with English as the fallback. */
export interface Labels {
  language: string;
  get(key: string): string | undefined;
  keys(): string[];
}

/**
 * Picks the label file for `language` (`uk-UA` falls back to `uk`, then `en`). Keys the chosen
 * file lacks fall back to English so a partial translation still builds, but not silently: a
 * `labels-incomplete` warning names the file and the keys (issue #15).
 */
export function resolveLabels(set: TemplateSet, language: string, diagnostics: Diagnostic[]): Labels {
  const base = language.toLowerCase().split('-')[0] ?? 'en';
  const chosen = set.labels.get(language.toLowerCase()) ?? set.labels.get(base);
  const english = set.labels.get('en');
  if (!chosen) {
    diagnostics.push({
      severity: 'warning', rule: 'labels-missing', file: set.dir,
      message: `no label file for language \`${language}\`; using English`,
      expected: [...set.labels.keys()].map((l) => `labels/${l}.json`).join(', '),
    });
  }
  const primary = chosen?.value ?? english?.value ?? {};
  if (chosen && english && chosen !== english) {
    const missing = Object.keys(english.value).filter((key) => !Object.hasOwn(chosen.value, key));
    if (missing.length > 0) {
      diagnostics.push({
        severity: 'warning', rule: 'labels-incomplete', file: chosen.path,
        message: `${missing.length} label${missing.length === 1 ? '' : 's'} missing, shown in English: ${missing.slice(0, 8).map((k) => `\`${k}\``).join(', ')}${missing.length > 8 ? ', …' : ''}`,
        expected: `every key of ${english.path}`,
        hint: 'add the missing keys to the label file',
      });
    }
  }
  const fallback = english?.value ?? {};
  return {
    language: chosen ? language : 'en',
    get: (key) => (Object.hasOwn(primary, key) ? primary[key] : Object.hasOwn(fallback, key) ? fallback[key] : undefined),
    keys: () => [...new Set([...Object.keys(primary), ...Object.keys(fallback)])],
  };
}

import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { TemplateSet } from './template-set.js';

/** The fixed words of a template set in one language, with English as the fallback. */
export interface Labels {
  language: string;
  get(key: string): string | undefined;
  keys(): string[];
}

/**
 * Picks the label file for `language` (`uk-UA` falls back to `uk`, then `en`); missing keys fall
 * back to English so a partial translation still builds.
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
  const fallback = english?.value ?? {};
  return {
    language: chosen ? language : 'en',
    get: (key) => (Object.hasOwn(primary, key) ? primary[key] : Object.hasOwn(fallback, key) ? fallback[key] : undefined),
    keys: () => [...new Set([...Object.keys(primary), ...Object.keys(fallback)])],
  };
}

import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { loadTemplateSet } from '../../src/io/load-template-set.js';
import { resolveLabels } from '../../src/render/labels.js';
import type { TemplateSet } from '../../src/render/template-set.js';

describe('bundled label files', () => {
  it.each([['default'], ['compact']])('%s: every language has every key of English, so no label falls back silently (issue #15)', async (name) => {
    const set = (await loadTemplateSet(name)).value!;
    const english = Object.keys(set.labels.get('en')!.value).sort();
    expect([...set.labels.keys()].sort()).toEqual(['en', 'tr', 'uk']);
    for (const [language, file] of set.labels) {
      // Plural forms (`members.few`) may be extra; nothing of English may be missing.
      expect(english.filter((key) => !Object.hasOwn(file.value, key)), `${name} ${language}`).toEqual([]);
      const diagnostics: Diagnostic[] = [];
      resolveLabels(set, language, diagnostics);
      expect(diagnostics).toEqual([]);
    }
  });

  it('gives Ukrainian every plural form its rules pick (one, few, many, other)', async () => {
    const uk = (await loadTemplateSet('default')).value!.labels.get('uk')!.value;
    for (const word of ['members', 'sources']) for (const form of ['one', 'few', 'many', 'other']) expect(uk[`${word}.${form}`], `${word}.${form}`).toBeDefined();
  });
});

describe('resolveLabels', () => {
  const set = (labels: Record<string, Record<string, string>>): TemplateSet => ({
    name: 't', dir: 't', deck: { path: 'deck.hbs', text: '' }, partials: new Map(), theme: { path: 'theme.json', value: {} },
    labels: new Map(Object.entries(labels).map(([language, value]) => [language, { path: `labels/${language}.json`, value }])),
  });

  it('falls back to English for a missing key, with a warning naming the file and the key', () => {
    const diagnostics: Diagnostic[] = [];
    const labels = resolveLabels(set({ en: { a: 'A', b: 'B' }, uk: { a: 'А' } }), 'uk', diagnostics);
    expect([labels.get('a'), labels.get('b')]).toEqual(['А', 'B']);
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'warning', rule: 'labels-incomplete', file: 'labels/uk.json', message: '1 label missing, shown in English: `b`' })]);
  });
});

import { describe, expect, it } from 'vitest';
import { loadBrief } from '../../src/data/load-brief.js';
import { MarkdownText } from '../../src/data/markdown-text.js';
import { fixture, inline, reference } from './helpers.js';

describe('loadBrief', () => {
  it('loads the reference brief with no diagnostics at all', () => {
    const result = loadBrief(reference());
    expect(result.diagnostics).toEqual([]);
    const brief = result.value!;
    expect(brief.event.venue).toBe('Çırağan Palace');
    expect(brief.mediators[0]!.people.map((p) => p.name)).toContain('İbrahim Kalın');
    // Generated from the name, transliterated to ASCII.
    expect(brief.mediators[0]!.people.map((p) => p.id)).toEqual(['hakan-fidan', 'ibrahim-kalin']);
    expect(brief.event.format).toBeInstanceOf(MarkdownText);
    expect(brief.parties.map((p) => p.delegation.members[0]!.isHead)).toEqual([true, true]);
    expect(brief.sources.map((s) => s.number)).toEqual([1, 2, 3]);
  });

  it('reports a misspelt field name with its line, column and a suggestion', () => {
    const { value, diagnostics } = loadBrief(fixture('typo-field.yaml'));
    expect(value).toBeUndefined();
    // Only the unknown key: the "missing venue" it implies would be noise.
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      rule: 'schema-unknown-property',
      file: 'test/fixtures/data/typo-field.yaml',
      line: 5,
      column: 3,
      dataPath: 'event.veneu',
      hint: 'did you mean `venue`?',
    });
  });

  it('reports a wrong type with expected and found in words', () => {
    const { diagnostics } = loadBrief(fixture('wrong-type.yaml'));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      rule: 'schema-type',
      line: 6,
      column: 9,
      dataPath: 'event.city',
      expected: 'string',
      found: 'number 42',
    });
  });

  it('reports a YAML syntax error with position and frame, and stops there', () => {
    const { value, diagnostics } = loadBrief(fixture('syntax-error.yaml'));
    expect(value).toBeUndefined();
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics.every((d) => d.rule === 'yaml-syntax')).toBe(true);
    expect(diagnostics[0]).toMatchObject({ line: 5, column: 3 });
    expect(diagnostics[0]!.frame).toContain('> 5 |   timeZone: Europe/Istanbul');
    expect(diagnostics[0]!.frame).toContain('  4 |   sources: [seed, other');
  });

  it('reports every schema problem at once, in file order', () => {
    const { diagnostics } = loadBrief(fixture('several-errors.yaml'));
    expect(diagnostics.map((d) => [d.rule, d.dataPath, d.line])).toEqual([
      ['schema-type', 'language', 2],
      ['schema-required', 'event.city', 4],
      ['schema-format', 'event.start', 4],
      ['schema-unknown-property', 'bottomLine[1].txt', 9],
      ['schema-type', 'bottomLine[2]', 10],
      ['schema-enum', 'military.series.type', 14],
      ['schema-type', 'military.series.values[0].data[1]', 18],
    ]);
    // A union (string or {text, sources}) yields one error, not one per branch.
    expect(diagnostics.find((d) => d.dataPath === 'bottomLine[2]')).toMatchObject({ expected: 'string or object (key: value pairs)', found: 'number 7' });
    expect(diagnostics.find((d) => d.rule === 'schema-enum')!.expected).toBe('one of `bar`, `line`');
  });

  it('runs the cross-field rules only after the schema passed', () => {
    const { diagnostics } = loadBrief(fixture('cross-field.yaml'));
    expect(diagnostics.some((d) => d.rule.startsWith('schema-'))).toBe(false);
    expect(diagnostics.length).toBeGreaterThan(5);
  });

  it('keeps going after duplicate keys so other problems show in the same run', () => {
    const { value, diagnostics } = loadBrief(fixture('duplicate-key.json'));
    expect(value).toBeUndefined();
    expect(diagnostics).toEqual([expect.objectContaining({ rule: 'duplicate-key', line: 3, column: 3 })]);
  });

  it('returns the brief with warnings when only warnings were found', () => {
    const { value, diagnostics } = loadBrief(fixture('control-characters.yaml'));
    expect(value?.title).toBe('Control characters');
    expect(diagnostics.every((d) => d.severity === 'warning')).toBe(true);
  });

  it('says an empty file is empty', () => {
    const { diagnostics } = loadBrief(inline(''));
    expect(diagnostics).toEqual([expect.objectContaining({ rule: 'schema-type', message: 'the data file is empty' })]);
  });
});

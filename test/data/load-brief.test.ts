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
    const turkiye = brief.participants.find((p) => p.id === 'tr')!;
    expect(turkiye.roles).toEqual(['mediator', 'host', 'chair']);
    expect(brief.facilitators).toEqual([turkiye]);
    // Generated from the name, transliterated to ASCII.
    expect(turkiye.delegation.members.map((p) => p.id)).toEqual(['hakan-fidan', 'ibrahim-kalin']);
    expect(brief.event.description).toBeInstanceOf(MarkdownText);
    expect(brief.event).toMatchObject({ date: '2025-06-02', time: '13:00', format: 'direct' });
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
      expected: 'string or nothing',
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
      ['schema-format', 'event.date', 4],
      ['schema-unknown-property', 'bottomLine[1].txt', 9],
      ['schema-type', 'bottomLine[2]', 10],
      ['schema-enum', 'context[0].series.type', 15],
      ['schema-type', 'context[0].series.values[0].data[1]', 19],
    ]);
    // A union (string or {text, sources}) yields one error, not one per branch.
    expect(diagnostics.find((d) => d.dataPath === 'bottomLine[2]')).toMatchObject({ expected: 'string or object (key: value pairs)', found: 'number 7' });
    expect(diagnostics.find((d) => d.rule === 'schema-enum')!.expected).toBe('one of `bar`, `line`');
  });

  it('runs the cross-field rules on a file that passes the schema', () => {
    const { diagnostics } = loadBrief(fixture('cross-field.yaml'));
    expect(diagnostics.some((d) => d.rule.startsWith('schema-'))).toBe(false);
    expect(diagnostics.length).toBeGreaterThan(5);
  });

  it('reports schema problems and the cross-field rules for the rest of the file in one run (issue #15)', () => {
    const { value, diagnostics } = loadBrief(fixture('four-kinds.yaml'));
    expect(value).toBeUndefined();
    expect(diagnostics.map((d) => [d.rule, d.dataPath, d.line, d.column])).toEqual([
      ['invalid-date', 'prepared.date', 5, 9],
      ['schema-unknown-property', 'event.veneu', 8, 3],
      ['unknown-source', 'bottomLine[0].sources[0]', 12, 15],
      ['unknown-party', 'positions[0].by', 18, 9],
    ]);
    expect(diagnostics.every((d) => d.file === 'test/fixtures/data/four-kinds.yaml' && d.severity === 'error')).toBe(true);
  });

  it('maps paths back to the written ones when the schema removed an item before them', () => {
    const { diagnostics } = loadBrief(inline([
      'version: 2', 'title: T', 'event: {date: 2025-06-02}',
      'participants:', '  - {id: a, name: A}', '  - {id: b, name: B, roles: [party]}',
      'positions:', '  - {by: c}',
      'clashes:', '  - {topic: X, views: {b: yes, d: no}}',
    ].join('\n')));
    expect(diagnostics.map((d) => [d.rule, d.dataPath, d.line])).toEqual([
      ['schema-required', 'participants[0].roles', 5],
      ['unknown-party', 'positions[0].by', 8],
      ['unknown-party', 'clashes[0].views.d', 10],
    ]);
  });

  it('keeps an item whose list failed the schema, so nothing refers to a vanished id', () => {
    const { diagnostics } = loadBrief(inline([
      'version: 2', 'title: T', 'event: {date: 2025-06-02}',
      'participants:', '  - {id: ru, name: Russia, roles: [judge]}',
      'positions:', '  - {by: ru}',
    ].join('\n')));
    // The position itself is kept (and said to be empty), not dropped with its participant's bad role.
    expect(diagnostics.map((d) => [d.rule, d.dataPath])).toEqual([['schema-enum', 'participants[0].roles[0]'], ['empty-position', 'positions[0].by']]);
  });

  it('names the migrate command for a file in the first data format, in one error', () => {
    const { value, diagnostics } = loadBrief(inline('title: Old\nevent:\n  start: 2025-06-02T13:00:00+03:00\n  venue: V\n  city: C\n', 'old.yaml'));
    expect(value).toBeUndefined();
    expect(diagnostics).toEqual([expect.objectContaining({ rule: 'old-format', file: 'old.yaml', line: 1, column: 1 })]);
    expect(diagnostics[0]!.message).toBe('old.yaml is written in the first data format; convert it with `briefdeck migrate old.yaml`');
  });

  it('asks for the version when a new file leaves it out', () => {
    const { diagnostics } = loadBrief(inline('title: T\nevent: {date: 2025-06-02}\n'));
    expect(diagnostics).toEqual([expect.objectContaining({ rule: 'schema-required', dataPath: 'version', hint: 'start the file with `version: 2` (the current data format)' })]);
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

import { describe, expect, it } from 'vitest';
import { parseData } from '../../src/data/parse-data.js';
import { fixture, inline } from './helpers.js';

describe('parseData', () => {
  it('parses YAML and JSON alike and keeps dates as strings', () => {
    const yaml = parseData(inline('date: 2025-06-01\nstart: 2025-06-02T13:00:00+03:00\n')).value!;
    expect(yaml.value).toEqual({ date: '2025-06-01', start: '2025-06-02T13:00:00+03:00' });
    const json = parseData(inline('{"a": [1, {"b": "c"}]}', 'x.json')).value!;
    expect(json.value).toEqual({ a: [1, { b: 'c' }] });
  });

  it('warns where a .json file is not JSON (a trailing comma), and reads it all the same', () => {
    const text = '{\n  "a": [1, 2,],\n  "b": "c"\n}\n';
    const parsed = parseData(inline(text, 'brief.json'));
    expect(parsed.value!.value).toEqual({ a: [1, 2], b: 'c' });
    expect(parsed.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', rule: 'json-syntax', file: 'brief.json', line: 2, column: 13, message: expect.stringContaining('a trailing comma') as string })]);
    // The same text in a .yaml file is YAML, and nothing is said.
    expect(parseData(inline(text, 'brief.yaml')).diagnostics).toEqual([]);
    expect(parseData(inline('{"a": 1}', 'brief.json')).diagnostics).toEqual([]);
  });

  it('locates values and keys by data path', () => {
    const parsed = parseData(inline('event:\n  venue: Çırağan Palace\nlist:\n  - a\n  - b: c\n')).value!;
    expect(parsed.locate(['event', 'venue'])).toEqual({ line: 2, column: 10 });
    expect(parsed.locateKey(['event', 'venue'])).toEqual({ line: 2, column: 3 });
    expect(parsed.locate(['list', 1, 'b'])).toEqual({ line: 5, column: 8 });
    expect(parsed.locate(['list', 7])).toBeUndefined();
    expect(parsed.locate(['event', 'missing'])).toBeUndefined();
  });

  it('gives the source text of numbers YAML reads in another form (issue #14)', () => {
    const parsed = parseData(inline('a: [007, 3.50, 1e3, 0x1F, 12345678901234567890, 472, "007"]\nb: &n 0o17\nc: *n\n')).value!;
    expect([0, 1, 2, 3, 4, 5, 6].map((i) => parsed.writtenNumber(['a', i]))).toEqual(['007', '3.50', '1e3', '0x1F', '12345678901234567890', '472', undefined]);
    expect(parsed.writtenNumber(['c'])).toBe('0o17');
    expect(parsed.writtenNumber(['missing'])).toBeUndefined();
  });

  it('locates through aliases', () => {
    const parsed = parseData(inline('base: &b\n  x: 1\ncopy: *b\n')).value!;
    expect(parsed.value).toEqual({ base: { x: 1 }, copy: { x: 1 } });
    expect(parsed.locate(['copy', 'x'])).toEqual({ line: 2, column: 6 });
  });

  it('reports all syntax errors, each with a frame', () => {
    const { value, diagnostics } = parseData(inline('a: [1, 2\nb: c\nd: {e: 1\n'));
    // The recovered value is kept for checks before the error, and marked as broken there.
    expect(value?.brokenFromLine).toBe(2);
    expect(diagnostics.length).toBeGreaterThanOrEqual(2);
    for (const d of diagnostics) {
      expect(d).toMatchObject({ severity: 'error', rule: 'yaml-syntax', file: 'inline.yaml' });
      expect(d.frame).toMatch(/\^$/m);
    }
  });

  it('rejects several documents in one file', () => {
    const { diagnostics } = parseData(inline('a: 1\n---\nb: 2\n'));
    expect(diagnostics[0]).toMatchObject({ rule: 'yaml-multiple-documents', line: 2 });
  });

  it('tells the analyst what to do about a second document, not which function to call (issue #14)', () => {
    const [diagnostic] = parseData(inline('a: 1\n---\nb: 2\n')).diagnostics;
    expect(diagnostic!.message).toBe('a second YAML document starts here; a data file holds one brief');
    expect(diagnostic!.hint).toContain('remove this `---` line');
    expect(JSON.stringify(diagnostic)).not.toMatch(/YAML\.|\(\)/);
  });

  it('rejects prototype keys without letting them reach any object', () => {
    const { value, diagnostics } = parseData(fixture('prototype-keys.yaml'));
    expect(diagnostics.map((d) => [d.rule, d.dataPath, d.line, d.column])).toEqual([
      ['forbidden-key', '__proto__', 2, 1],
      ['forbidden-key', 'event.constructor', 9, 3],
      ['forbidden-key', 'notes.prototype', 11, 3],
    ]);
    const data = value!.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.keys(data)).toEqual(['title', 'event', 'notes', 'version']);
    expect(Object.hasOwn(data['event'] as object, 'constructor')).toBe(false);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses alias expansion bombs', () => {
    const { value, diagnostics } = parseData(fixture('alias-bomb.yaml'));
    expect(value).toBeUndefined();
    expect(diagnostics).toEqual([expect.objectContaining({ rule: 'alias-limit', severity: 'error' })]);
  });

  it('reports duplicate keys by name and position but still returns the data', () => {
    const { value, diagnostics } = parseData(fixture('duplicate-key.json'));
    expect(diagnostics).toEqual([expect.objectContaining({ rule: 'duplicate-key', line: 3, column: 3 })]);
    expect(diagnostics[0]!.message).toContain('`title`');
    expect(value).toBeDefined();
  });
});

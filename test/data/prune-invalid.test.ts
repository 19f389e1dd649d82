import { describe, expect, it } from 'vitest';
import { parseData } from '../../src/data/parse-data.js';
import { pruneInvalid } from '../../src/data/prune-invalid.js';
import { inline } from './helpers.js';

const parse = (lines: string[]) => parseData(inline(lines.join('\n'))).value!;

describe('pruneInvalid', () => {
  it('removes what fails the schema and maps later list items back to their written index', () => {
    const parsed = parse(['version: 2', 'title: T', 'veneu: x', 'event: {date: 2025-06-02}', 'bottomLine:', '  - 7', '  - Kept.', '  - {text: Also kept., sources: [s]}']);
    const pruned = pruneInvalid(parsed)!;
    expect(pruned.value).toEqual({ version: 2, title: 'T', event: { date: '2025-06-02' }, bottomLine: ['Kept.', { text: 'Also kept.', sources: ['s'] }] });
    expect(pruned.originalPath(['bottomLine', 1, 'sources', 0])).toEqual(['bottomLine', 2, 'sources', 0]);
    expect(pruned.originalPath(['title'])).toEqual(['title']);
  });

  it('fills a missing required value with a placeholder the schema accepts', () => {
    const pruned = pruneInvalid(parse(['title: T', 'event: {}', 'participants:', '  - {id: a, name: 42, roles: []}']))!;
    expect(pruned.value).toEqual({ title: 'T', version: 2, event: { date: '2025-06-02' }, participants: [{ id: 'a', name: 'missing', roles: ['party'] }] });
  });

  it('gives up on data that is not a mapping at all', () => {
    expect(pruneInvalid(parse(['- a list']))).toBeUndefined();
  });
});

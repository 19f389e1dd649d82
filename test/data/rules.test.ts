import { describe, expect, it } from 'vitest';
import { normalizeBrief } from '../../src/data/normalize.js';
import { parseData } from '../../src/data/parse-data.js';
import { checkRules, dateProblem, isKnownTimeZone } from '../../src/data/rules.js';
import type { WrittenBrief } from '../../src/data/schema.js';
import { validateBrief } from '../../src/data/validate.js';
import { fixture, inline, reference } from './helpers.js';
import { loadBrief } from '../../src/data/load-brief.js';
import type { SourceFile } from '../../src/io/read-source.js';

function rulesOf(source: SourceFile) {
  const parsed = parseData(source).value!;
  const written = validateBrief(parsed);
  expect(written.diagnostics).toEqual([]);
  return checkRules(normalizeBrief(written.value as WrittenBrief, parsed).value!, parsed);
}

describe('checkRules', () => {
  const found = rulesOf(fixture('cross-field.yaml'));
  const byRule = (rule: string) => found.filter((d) => d.rule === rule);

  it('finds nothing wrong in the reference brief', () => {
    expect(rulesOf(reference())).toEqual([]);
  });

  it('reports every rule violation of the fixture at once, with positions', () => {
    const inFileOrder = [...found].sort((a, b) => a.line! - b.line! || a.column! - b.column!);
    expect(inFileOrder.map((d) => `${d.rule} ${d.dataPath} ${d.line}:${d.column}`)).toEqual([
      'invalid-time event.time 4:9',
      'end-before-start event.endDate 5:12',
      'unknown-time-zone event.timeZone 6:13',
      'unknown-source event.sources[1] 9:19',
      'invalid-date prepared.date 11:9',
      'head-not-member participants[0].delegation.head 17:13',
      'duplicate-id participants[0].delegation.members[1].id 22:15',
      'duplicate-id participants[1].id 25:9',
      'unknown-party positions[0].by 29:9',
      'unknown-party clashes[0].views.ukr 35:7',
      'missing-time-offset context[0].events[0].date 39:15',
      'invalid-date context[0].events[1].date 41:15',
      'context-title context[1] 43:5',
      'series-length context[1].series.values[0].data 49:17',
      'non-finite-number context[1].series.values[0].data[1] 49:24',
      'duplicate-id sources[1].id 53:9',
      'unused-source sources[2].id 55:9',
    ]);
  });

  it('refuses chart values no chart can scale to, at the value, as it refuses .nan and .inf (issue #14)', () => {
    const head = 'version: 2\ntitle: T\nevent:\n  date: 2025-06-02\n  time: "13:00"\n  timeZone: Europe/Istanbul\n  venue: V\n  city: C\n';
    const series = 'context:\n  - kind: military\n    series:\n      type: bar\n      title: Drones\n      categories: [a, b, c, d]\n      values:\n        - name: x\n          data: [1.7e308, -2e15, 1e15, 0]\n';
    const problems = rulesOf({ path: 'inline.yaml', text: head + series });
    expect(problems.map((d) => `${d.rule} ${d.dataPath} ${d.line}:${d.column} ${d.found}`)).toEqual([
      'chart-value-range context[0].series.values[0].data[0] 17:18 1.7e+308',
      'chart-value-range context[0].series.values[0].data[1] 17:27 -2000000000000000',
      'chart-value-range context[0].series.values[0].data[2] 17:34 1000000000000000',
    ]);
  });

  it('refuses chart values a chart cannot show (15 significant digits), where the data file writes them', () => {
    const ref = reference();
    const text = ref.text.replace('data: [1000, 1000]', 'data: [1000, -2.5e16]');
    expect(text).not.toBe(ref.text);
    const problems = rulesOf({ ...ref, text });
    expect(problems.map((d) => `${d.severity} ${d.rule} ${d.dataPath}`)).toEqual(['error chart-value-range context[0].series.values[0].data[1]']);
    expect(problems[0]?.line).toBe(text.split('\n').findIndex((l) => l.includes('-2.5e16')) + 1);
    // The largest value a chart still shows exactly passes.
    expect(rulesOf({ ...ref, text: ref.text.replace('data: [1000, 1000]', 'data: [1000, 999999999999999]') })).toEqual([]);
  });

  it('suggests the close name for a misspelt reference', () => {
    expect(byRule('head-not-member')[0]).toMatchObject({ hint: 'did you mean `medinsky`?', found: '`medinski`' });
    expect(byRule('unknown-time-zone')[0]!.hint).toBe('did you mean `Europe/Istanbul`?');
  });

  it('explains impossible dates and makes unused sources warnings', () => {
    expect(byRule('invalid-date')[0]!.message).toContain('February 2025 has 28 days');
    expect(byRule('unused-source')[0]!.severity).toBe('warning');
    expect(found.filter((d) => d.severity === 'error')).toHaveLength(16);
  });

  it('checks calendar dates and times precisely', () => {
    expect(dateProblem('2024-02-29', false)).toBeUndefined();
    expect(dateProblem('2025-02-29', false)).toBe('February 2025 has 28 days');
    expect(dateProblem('2025-13-01', false)).toBe('there is no month 13');
    expect(dateProblem('2025-06-02T24:00:00+03:00', true)).toBe('there is no hour 24');
    expect(dateProblem('2025-06-02T13:00:00+03:00', false)).toBe('a time is not allowed here');
    expect(dateProblem('2025-06-02T13:00:00+03:00', true)).toBeUndefined();
    // Dated events may be known to the month or year only.
    expect(dateProblem('2025-03', true)).toBeUndefined();
    expect(dateProblem('2025', true)).toBeUndefined();
    expect(dateProblem('2025-00', true)).toBe('there is no month 0');
    expect(dateProblem('2025-03', false)).toBe('expected YYYY-MM-DD');
  });
});

describe('isKnownTimeZone', () => {
  it.each([['Europe/Istanbul'], ['Europe/Kyiv'], ['UTC'], ['Europe/Kiev'], ['europe/istanbul'], ['Etc/GMT+3']])('knows %s, canonical or an alias Intl accepts', (zone) => {
    expect(isKnownTimeZone(zone)).toBe(true);
  });
  it.each([['Europe/Istambul'], ['Mars/Olympus'], ['']])('does not know %j', (zone) => {
    expect(isKnownTimeZone(zone)).toBe(false);
  });
});

const HEAD_FOR_EMPTY = 'version: 2\ntitle: T\nmarking: OFFICIAL\nevent:\n  date: 2025-06-02\n  venue: V\n  city: C\n';

describe('positions and clashes that would show nothing', () => {
  it('warns of a position with no summary and no points, and of a clash with no views, at their data', () => {
    const text = `${HEAD_FOR_EMPTY}participants:\n  - {id: ua, name: Ukraine, roles: [party]}\npositions:\n  - by: ua\n    points: []\nclashes:\n  - topic: Sequencing\n    views: {}\n`;
    const result = loadBrief(inline(text));
    expect(result.value).toBeDefined();
    expect(result.diagnostics.map((d) => [d.severity, d.rule, d.line])).toEqual([['warning', 'empty-position', 11], ['warning', 'empty-clash', 14]]);
  });
});

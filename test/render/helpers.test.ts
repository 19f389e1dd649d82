import { describe, expect, it } from 'vitest';
import { MarkdownText } from '../../src/data/markdown-text.js';
import { createHelpers, HelperUsageError } from '../../src/render/helpers.js';
import type { Labels } from '../../src/render/labels.js';
import { minimalBrief } from '../fixtures/minimal-brief.js';

function labelsOf(values: Record<string, string>, language = 'en'): Labels {
  return { language, get: (key) => values[key], keys: () => Object.keys(values) };
}

const LABELS = {
  hello: 'Hello {name}, {missing}',
  'role.party': 'party',
  'role.mediator': 'mediator',
  'role.host': 'host',
  'role.chair': 'chair',
  'date.approximate': 'about {date}',
  'context.economic': 'Economic context',
  'delegate.one': '{count} delegate',
  'delegate.other': '{count} delegates',
};

/** Calls a helper the way Handlebars does: positional arguments, then an options object. */
function call(name: string, args: unknown[], hash: Record<string, unknown> = {}, language = 'en-GB', labels: Record<string, string> = LABELS): unknown {
  const brief = minimalBrief({
    language,
    sources: [
      { id: 's1', title: 'Report', publisher: 'Agency', date: null, url: null, number: 1, cited: true },
      { id: 's2', title: 'Statement', publisher: null, date: null, url: null, number: 2, cited: false },
    ],
  });
  const helper = createHelpers(brief, labelsOf(labels))[name];
  if (!helper) throw new Error(`no helper ${name}`);
  return helper(...args, { hash, name, loc: { start: { line: 1, column: 0 }, end: { line: 1, column: 1 } } });
}

const markdownOf = (value: unknown) => (value as { toHTML(): string }).toHTML();

describe('template helpers', () => {
  it('t fills a label and leaves unknown placeholders visible', () => {
    expect(call('t', ['hello'], { name: 'Ada' })).toBe('Hello Ada, {missing}');
  });

  it('t rejects an unknown label key with a suggestion', () => {
    expect(() => call('t', ['helo'])).toThrow(HelperUsageError);
    try {
      call('t', ['helo']);
    } catch (error) {
      expect((error as HelperUsageError).hint).toBe('did you mean `hello`?');
    }
  });

  it('formatDate formats dates in the locale, in every style, and rejects bad input', () => {
    expect(call('formatDate', ['2025-06-02'])).toBe('2 June 2025');
    expect(call('formatDate', ['2025-06-02', 'short'])).toBe('2 Jun 2025');
    expect(call('formatDate', ['2025-06-02', 'weekday'])).toBe('Monday, 2 June 2025');
    expect(call('formatDate', ['2025-06-02', 'day-month'])).toBe('2 June');
    expect(call('formatDate', ['2025-06-02', 'long'], {}, 'tr')).toBe('2 Haziran 2025');
    expect(call('formatDate', [null])).toBe('');
    expect(() => call('formatDate', ['2025-06-02', 'lng'])).toThrow(/no style `lng`/);
    expect(() => call('formatDate', ['yesterday'])).toThrow(/expects an ISO date/);
  });

  it('formatDate shows a date-time on the calendar day of the event time zone', () => {
    // 23:30 UTC on 1 June is already 2 June in Istanbul (UTC+3).
    expect(call('formatDate', ['2025-06-01T23:30:00Z'])).toBe('2 June 2025');
  });

  it('formatTime gives the time in the event time zone', () => {
    expect(call('formatTime', ['2025-06-02T10:00:00Z'])).toBe('13:00 GMT+3');
    expect(() => call('formatTime', [42])).toThrow(/expects an ISO date/);
  });

  it('calendarDate gives YYYY-MM-DD in the event time zone', () => {
    expect(call('calendarDate', ['2025-06-01T23:30:00Z'])).toBe('2025-06-02');
    expect(call('calendarDate', ['2025-06-01'])).toBe('2025-06-01');
  });

  it('formatNumber groups digits the locale way and refuses non-numbers', () => {
    expect(call('formatNumber', [1234567])).toBe('1,234,567');
    expect(call('formatNumber', [1234567], {}, 'uk')).toBe('1\u00a0234\u00a0567');
    expect(call('formatNumber', [1234.5], {}, 'tr')).toBe('1.234,5');
    expect(call('formatNumber', ['472'])).toBe('472');
    expect(() => call('formatNumber', ['many'])).toThrow(/expects a number, got "many"/);
  });

  it('party and partyName look parties up by id and reject unknown ids with a suggestion', () => {
    expect((call('party', ['ua']) as { name: string }).name).toBe('Ukraine');
    expect(call('partyName', ['ru'])).toBe('Russia');
    expect(() => call('partyName', ['ur'])).toThrow(/no participant or actor with id `ur`; known: ua, ru/);
    try {
      call('party', ['uaa']);
    } catch (error) {
      expect((error as HelperUsageError).hint).toBe('did you mean `ua`?');
    }
  });

  it('view gives one side\'s view in a clash, a dash when it has none', () => {
    const clash = { topic: 'Ceasefire', views: { ua: new MarkdownText('First') }, sources: [] };
    expect(String(call('view', [clash, 'ua']))).toBe('First');
    expect(call('view', [clash, 'ru'])).toBe('—');
    expect(() => call('view', ['Ceasefire', 'ua'])).toThrow(/expects a clash/);
    expect(() => call('view', [clash, 'xx'])).toThrow(/no participant or actor with id `xx`/);
  });

  it('note reads the speaker note of a slide kind, or nothing', () => {
    expect(String(call('note', ['bottomLine']))).toBe('Lead with *sequencing*.');
    expect(call('note', ['watch'])).toBe('');
  });

  it('cite links sorted, unique source numbers to the sources slide and rejects unknown ids', () => {
    expect(markdownOf(call('cite', [['s2', 's1', 's2']]))).toBe('[\\[1, 2\\]](#sources)');
    expect(markdownOf(call('cite', ['s2']))).toBe('[\\[2\\]](#sources)');
    expect(call('cite', [[]])).toBe('');
    expect(call('cite', [null])).toBe('');
    expect(() => call('cite', [['s3']])).toThrow(/no source with id `s3`/);
  });

  it('sourceList lists cited sources for notes', () => {
    expect(call('sourceList', [['s1', 's2']])).toBe('[1] Report, Agency; [2] Statement');
    expect(call('sourceList', [undefined])).toBe('');
  });

  it('citedBy collects the source ids of one or more lists, each once, in order', () => {
    expect(call('citedBy', [[{ sources: ['s2'] }, { sources: ['s1', 's2'] }], [{ sources: ['s1'] }, {}]])).toEqual(['s2', 's1']);
    expect(call('citedBy', [null])).toEqual([]);
  });

  it('link makes http(s) and mailto links with escaped text, and plain text of anything else', () => {
    expect(markdownOf(call('link', ['https://example.org/a_b']))).toBe('[https\\:\\/\\/example\\.org\\/a\\_b](<https://example.org/a_b>)');
    expect(markdownOf(call('link', ['mailto:desk@example.org', 'the desk']))).toBe('[the desk](<mailto:desk@example.org>)');
    expect(markdownOf(call('link', ['javascript:alert(1)']))).toBe('javascript\\:alert\\(1\\)');
  });

  it('sentence ends a text with one full stop', () => {
    expect(call('sentence', ['A report'])).toBe('A report.');
    expect(call('sentence', ['A report.'])).toBe('A report.');
    expect(call('sentence', ['Why “now?”'])).toBe('Why “now?”');
    expect(call('sentence', [null])).toBe('');
  });

  it('join joins list items as text', () => {
    expect(call('join', [['a', new MarkdownText('*b*')], ' / '])).toBe('a / *b*');
    expect(call('join', [['a', 'b']])).toBe('a, b');
    expect(call('join', ['single'])).toBe('single');
  });

  it('count counts a list and refuses other values', () => {
    expect(call('count', [[1, 2, 3]])).toBe(3);
    expect(call('count', [null])).toBe(0);
    expect(() => call('count', ['abc'])).toThrow(/expects a list/);
  });

  it('plural picks between two words, English-style', () => {
    expect(call('plural', [1, 'delegate', 'delegates'])).toBe('delegate');
    expect(call('plural', [0, 'delegate', 'delegates'])).toBe('delegates');
    expect(call('plural', [2, 'delegate', 'delegates'])).toBe('delegates');
  });

  it('plural follows the locale\'s plural rules with label forms', () => {
    const uk = { 'delegate.one': '{count} делегат', 'delegate.few': '{count} делегати', 'delegate.many': '{count} делегатів', 'delegate.other': '{count} делегата' };
    expect([1, 2, 5, 21, 22, 25, 1.5].map((n) => call('plural', [n, 'delegate'], {}, 'uk', uk))).toEqual([
      '1 делегат', '2 делегати', '5 делегатів', '21 делегат', '22 делегати', '25 делегатів', '1,5 делегата',
    ]);
    expect([1, 3].map((n) => call('plural', [n, 'delegate'], {}, 'en-GB'))).toEqual(['1 delegate', '3 delegates']);
    // A language without a `few` label falls back to `other`.
    expect(call('plural', [3, 'delegate'], {}, 'uk')).toBe('3 delegates');
    expect(() => call('plural', [3, 'member'])).toThrow(/no label `member.other`/);
    expect(() => call('plural', ['three', 'delegate'])).toThrow(/expects a number/);
  });

  it('inc adds one and refuses non-numbers', () => {
    expect(call('inc', [0])).toBe(1);
    expect(() => call('inc', [undefined])).toThrow(/expects a number, got nothing/);
  });

  it('eq, and, or, not and isEmpty follow Handlebars truth (empty lists are false)', () => {
    expect(call('eq', ['ua', 'ua'])).toBe(true);
    expect(call('eq', [new MarkdownText('ua'), 'ua'])).toBe(true);
    expect(call('eq', [1, '1'])).toBe(false);
    expect(call('and', [1, 'x', [1]])).toBe(true);
    expect(call('and', [1, []])).toBe(false);
    expect(call('or', [0, '', []])).toBe(false);
    expect(call('or', [0, 'x'])).toBe(true);
    expect(call('not', [[]])).toBe(true);
    expect(call('not', ['x'])).toBe(false);
    expect([null, undefined, '', [], new MarkdownText('')].map((v) => call('isEmpty', [v]))).toEqual([true, true, true, true, true]);
    expect([0, false, 'x', [1]].map((v) => call('isEmpty', [v]))).toEqual([false, false, false, false]);
  });

  it('escape makes a markdown field print literally', () => {
    expect(markdownOf(call('escape', [new MarkdownText('**bold** [x](y)')]))).toBe('\\*\\*bold\\*\\* \\[x\\]\\(y\\)');
  });

  it('chartJson turns a data series into the chart block JSON', () => {
    const series = { title: 'Drones', unit: null, type: 'bar', categories: ['May', 'June'], values: [{ name: 'RU', data: [1, 2] }], sources: [] };
    expect(JSON.parse(call('chartJson', [series]) as string)).toEqual({ type: 'bar', title: 'Drones', unit: '', categories: ['May', 'June'], series: [{ name: 'RU', values: [1, 2] }] });
    expect(() => call('chartJson', [null])).toThrow(/expects a series/);
    // A gap cannot be charted; the templates show such a series as a table.
    const gapped = { ...series, values: [{ name: 'RU', data: [1, null] }] };
    expect(() => call('chartJson', [gapped])).toThrow(/gaps/);
    expect([call('hasGaps', [gapped]), call('hasGaps', [series])]).toEqual([true, false]);
    expect([call('figure', [null]), call('figure', [1500])]).toEqual(['—', '1,500']);
  });

  it('formatTime shows a local time of the event day with its zone, summer or winter', () => {
    expect(call('formatTime', ['2025-06-02', '13:00'])).toBe('13:00 GMT+3');
    expect(call('formatTime', ['2025-06-02', '13:00'], {}, 'uk')).toBe('13:00 GMT+3');
    expect(() => call('formatTime', ['2025-06-02', '1pm'])).toThrow(/HH:MM/);
  });

  it('formatDateRange writes a span of days the locale way, one day as that day', () => {
    expect(call('formatDateRange', ['2025-06-02', '2025-06-03'])).toBe('2\u2009–\u20093 June 2025');
    expect(call('formatDateRange', ['2025-06-30', '2025-07-01', 'short'])).toMatch(/^30 Jun\s–\s1 Jul 2025$/);
    expect(call('formatDateRange', ['2025-06-02', null, 'weekday'])).toBe('Monday, 2 June 2025');
    expect(call('formatDateRange', ['2025-06-02', '2025-06-03'], {}, 'uk')).toMatch(/^2–3 червня 2025/);
  });

  it('when says no more than is known: month, year, or about a date', () => {
    expect(call('when', [{ date: '2025-03', precision: 'month' }])).toBe('March 2025');
    expect(call('when', [{ date: '2025-03-14', precision: 'month' }])).toBe('March 2025');
    expect(call('when', [{ date: '2024', precision: 'year' }])).toBe('2024');
    expect(call('when', [{ date: '2025-03', precision: 'approximate' }])).toBe('about March 2025');
    expect(call('when', [{ date: '2025-03-14', precision: 'day' }, 'short'])).toBe('14 Mar 2025');
    expect(() => call('when', ['2025'])).toThrow(/expects an item with a `date`/);
  });

  it('timelineStyle keeps the year when events leave the year of the round', () => {
    expect(call('timelineStyle', [[{ date: '2025-05-16' }, { date: '2025-06-01' }]])).toBe('day-month');
    expect(call('timelineStyle', [[{ date: '2024-12-30' }, { date: '2025-06-01' }]])).toBe('short');
    expect(call('timelineStyle', [[{ date: '2025-03' }]])).toBe('short');
  });

  it('place joins the parts that are given, with no stray commas', () => {
    expect(call('place', [null, 'Muscat', 'Oman'])).toBe('Muscat, Oman');
    expect(call('place', ['Palace', null, undefined])).toBe('Palace');
    expect(call('place', [null, '', null])).toBe('');
  });

  it('roles lists a participant\'s roles in the language, optionally without one', () => {
    expect(call('roles', [{ roles: ['mediator', 'host', 'chair'] }])).toBe('mediator, host and chair');
    expect(call('roles', [{ roles: ['party', 'chair'] }], { except: 'party' })).toBe('chair');
    expect(call('capitalise', ['mediator and host'])).toBe('Mediator and host');
    expect(() => call('roles', ['x'])).toThrow(/expects a participant/);
  });

  it('groups cuts a list into balanced groups of at most the given size', () => {
    const sizes = (n: number, size: number) => (call('groups', [Array.from({ length: n }, (_, i) => i), size]) as Array<{ items: unknown[]; part: number; parts: number }>).map((g) => g.items.length);
    expect([sizes(1, 3), sizes(3, 3), sizes(4, 3), sizes(6, 3), sizes(7, 3), sizes(8, 4), sizes(0, 3)]).toEqual([[1], [3], [2, 2], [3, 3], [3, 2, 2], [4, 4], []]);
    expect((call('groups', [[1, 2, 3, 4], 3]) as Array<{ part: number; parts: number }>).map((g) => `${g.part}/${g.parts}`)).toEqual(['1/2', '2/2']);
    expect(() => call('groups', [[1], 0])).toThrow(/at least 1/);
  });

  it('isActor tells an actor outside the talks from a participant', () => {
    expect(call('isActor', ['ua'])).toBe(false);
    expect(() => call('isActor', ['xx'])).toThrow(/no participant or actor/);
  });

  it('sidesIn lists the participants and actors that hold a position or a view, in brief order', () => {
    const names = (value: unknown) => (value as Array<{ name: string }>).map((s) => s.name);
    expect(names(call('sidesIn', [[{ views: { ru: 'x' } }]]))).toEqual(['Russia']);
    expect(names(call('sidesIn', [[{ by: 'ru' }], [{ views: { ua: 'y' } }]]))).toEqual(['Ukraine', 'Russia']);
  });

  it('joinSentences joins items with "; " and keeps only the last full stop', () => {
    expect(markdownOf(call('joinSentences', [[new MarkdownText('One *a*.'), new MarkdownText('Two.'), new MarkdownText('Three.')]]))).toBe('One *a*; Two; Three.');
    expect(markdownOf(call('joinSentences', [[{ text: new MarkdownText('Point.'), sources: [] }]]))).toBe('Point.');
    expect(call('joinSentences', [[]])).toBe('');
  });

  it('contextTitle gives a section\'s title or its kind\'s label', () => {
    expect(call('contextTitle', [{ kind: 'economic', title: null }])).toBe('Economic context');
    expect(call('contextTitle', [{ kind: 'other', title: 'Energy and grain' }])).toBe('Energy and grain');
  });
});

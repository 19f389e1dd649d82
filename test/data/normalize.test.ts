import { describe, expect, it } from 'vitest';
import { MarkdownText } from '../../src/data/markdown-text.js';
import { normalizeBrief, slugify } from '../../src/data/normalize.js';
import { parseData } from '../../src/data/parse-data.js';
import type { WrittenBrief } from '../../src/data/schema.js';
import { fixture } from './helpers.js';

const base: WrittenBrief = {
  version: 2,
  title: 'T',
  event: { date: '2025-06-02', time: '13:00', timeZone: 'Europe/Istanbul', venue: 'V', city: 'C' },
};

describe('normalizeBrief', () => {
  it('fills every optional key with its default', () => {
    const { value, diagnostics } = normalizeBrief(base);
    expect(diagnostics).toEqual([]);
    expect(value!.brief).toEqual({
      version: 2,
      title: 'T',
      subtitle: null,
      language: 'en',
      // No marking unless the brief sets one (issue #15).
      marking: null,
      prepared: { by: null, date: null },
      event: {
        date: '2025-06-02', time: '13:00', endDate: null, timeZone: 'Europe/Istanbul', venue: 'V', city: 'C', country: null,
        format: null, description: null, phases: [], sources: [],
      },
      bottomLine: [],
      participants: [],
      parties: [],
      facilitators: [],
      actors: [],
      outcome: null,
      priorRounds: [],
      positions: [],
      clashes: [],
      context: [],
      watch: [],
      sources: [],
      hasCitations: false,
      notes: {},
    });
  });

  it('expands point shorthand and wraps markdown fields', () => {
    const { brief } = normalizeBrief({ ...base, bottomLine: ['**Bold** point', { text: 'Cited', sources: ['s'] }], notes: { cover: 'Say *this*' } }).value!;
    expect(brief.bottomLine[0]!.text).toBeInstanceOf(MarkdownText);
    expect(brief.bottomLine.map((p) => [String(p.text), p.sources])).toEqual([['**Bold** point', []], ['Cited', ['s']]]);
    expect(brief.notes['cover']).toEqual(new MarkdownText('Say *this*'));
  });

  it('generates unique person ids and puts the head first', () => {
    const { brief, origins } = normalizeBrief({
      ...base,
      participants: [
        {
          id: 'ua',
          name: 'Ukraine',
          roles: ['party'],
          delegation: {
            head: 'rustem-umerov',
            members: [
              { name: 'Oleh Luhovskyi', role: 'Deputy' },
              { id: 'oleh-luhovskyi', name: 'Someone', role: 'Explicit id' },
              { name: 'Rustem Umerov', role: 'Minister' },
              { name: 'Oleh Luhovskyi', role: 'Namesake' },
            ],
          },
        },
        { id: 'tr', name: 'Türkiye', roles: ['mediator', 'host', 'mediator'], delegation: { members: [{ name: 'İbrahim Kalın', role: 'Head of MIT' }, { name: 'Владимир', role: 'No Latin letters' }] } },
      ],
    }).value!;
    const members = brief.parties[0]!.delegation.members;
    expect(members.map((m) => [m.id, m.isHead])).toEqual([
      ['rustem-umerov', true],
      ['oleh-luhovskyi-2', false],
      ['oleh-luhovskyi', false],
      ['oleh-luhovskyi-3', false],
    ]);
    // The written position survives the move, for diagnostics.
    expect(origins.get(members[0]!)).toEqual(['participants', 0, 'delegation', 'members', 2]);
    const turkiye = brief.participants[1]!;
    expect(turkiye.delegation.members.map((p) => p.id)).toEqual(['ibrahim-kalin', 'person']);
    // Each role once; a participant that is not a party is a facilitator.
    expect([turkiye.roles, turkiye.isParty, brief.facilitators]).toEqual([['mediator', 'host'], false, [turkiye]]);
    expect(brief.parties.map((p) => p.id)).toEqual(['ua']);
  });

  it('numbers sources in the order written and shows unquoted figures as written', () => {
    const { brief } = normalizeBrief({
      ...base,
      sources: [{ id: 'b', title: 'B' }, { id: 'a', title: 'A', url: 'https://example.org/' }],
      context: [{ kind: 'military', keyFigures: [{ value: 472, label: 'Drones', sources: ['a'] }] }],
    }).value!;
    expect(brief.sources.map((s) => [s.id, s.number, s.url, s.cited])).toEqual([['b', 1, null, false], ['a', 2, 'https://example.org/', true]]);
    expect(brief.hasCitations).toBe(true);
    expect(brief.context[0]!.keyFigures[0]!.value).toBe('472');
  });

  it('derives the precision of a date from how it is written, unless the data says', () => {
    const { brief } = normalizeBrief({
      ...base,
      context: [{ kind: 'economic', events: [
        { date: '2025', text: 'a' }, { date: '2025-03', text: 'b' }, { date: '2025-03-14', text: 'c' }, { date: '2025-03', precision: 'approximate', text: 'd' },
      ] }],
    }).value!;
    expect(brief.context[0]!.events.map((e) => e.precision)).toEqual(['year', 'month', 'day', 'approximate']);
  });

  it('removes XML-invalid characters with a warning naming the path', () => {
    const parsed = parseData(fixture('control-characters.yaml')).value!;
    const { value, diagnostics } = normalizeBrief(parsed.value as WrittenBrief, parsed);
    expect(value!.brief.title).toBe('Control characters');
    expect(value!.brief.event.venue).toBe('Çırağan Palace');
    expect(String(value!.brief.bottomLine[0]!.text)).toBe('Lone surrogate  here');
    expect(diagnostics.map((d) => [d.severity, d.rule, d.dataPath, d.found, d.line]).sort((a, b) => Number(a[4]) - Number(b[4]))).toEqual([
      ['warning', 'control-character', 'title', 'U+0007', 1],
      ['warning', 'control-character', 'event.venue', 'U+000B', 5],
      ['warning', 'control-character', 'bottomLine[0]', 'U+D800', 8],
    ]);
  });

  it('keeps valid surrogate pairs, tabs and line breaks', () => {
    const { value, diagnostics } = normalizeBrief({ ...base, title: 'Flag 🇺🇦\tand\nlines' });
    expect(diagnostics).toEqual([]);
    expect(value!.brief.title).toBe('Flag 🇺🇦\tand\nlines');
  });
});

describe('slugify', () => {
  it('transliterates to ASCII', () => {
    expect(slugify('İbrahim Kalın')).toBe('ibrahim-kalin');
    expect(slugify('Łukasz Żółć-Øster')).toBe('lukasz-zolc-oster');
    expect(slugify('Владимир')).toBe('');
  });
});

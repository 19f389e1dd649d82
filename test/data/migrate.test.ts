import { describe, expect, it } from 'vitest';
import { loadBrief } from '../../src/data/load-brief.js';
import { migrateBrief } from '../../src/data/migrate.js';
import { fixture, inline, reference } from './helpers.js';

describe('migrateBrief', () => {
  const migrated = migrateBrief(fixture('first-format.yaml'));

  it('turns the first-format reference brief into a version 2 brief that loads without a diagnostic', () => {
    expect(migrated.diagnostics).toEqual([]);
    const loaded = loadBrief(inline(migrated.value!.text, 'migrated.yaml'));
    expect(loaded.diagnostics).toEqual([]);
    const brief = loaded.value!;
    expect(brief.event).toMatchObject({ date: '2025-06-02', time: '13:00', timeZone: 'Europe/Istanbul', venue: 'Çırağan Palace' });
    expect(String(brief.event.description)).toContain('Second round of direct Russia–Ukraine negotiations');
    expect(brief.participants.map((p) => [p.id, p.roles])).toEqual([['ru', ['party']], ['ua', ['party']], ['turkiye', ['mediator']]]);
    expect(brief.participants[2]!.delegation.members.map((m) => m.name)).toEqual(['Hakan Fidan', 'İbrahim Kalın']);
    // The mediators' slide-kind note moves to the mediator; the others are renamed.
    expect(String(brief.participants[2]!.notes)).toContain('Türkiye hosted both rounds');
    expect(Object.keys(brief.notes)).toEqual(expect.arrayContaining(['delegation', 'priorRounds', 'keyFigures', 'timeline', 'chart']));
    expect(brief.context).toHaveLength(1);
    expect(brief.context[0]!.keyFigures[0]!.sources).toEqual(['seed']);
    expect(brief.context[0]!.series!.sources).toEqual(['seed']);
    expect(brief.positions.map((p) => p.by)).toEqual(['ru', 'ua']);
  });

  it('keeps the comments at the top and writes lists of ids the way people do', () => {
    expect(migrated.value!.text.startsWith('# The reference brief as it was written')).toBe(true);
    expect(migrated.value!.text).toContain('sources: [seed]');
    expect(migrated.value!.text).toContain('time: "13:00"');
  });

  it('gives a file without a marking the OFFICIAL it was stamped with, and says so', () => {
    const old = 'title: T\nevent:\n  start: 2025-06-02T10:00:00Z\n  timeZone: Europe/Kyiv\n  venue: V\n  city: C\n';
    const { value } = migrateBrief(inline(old));
    expect(value!.changes.some((c) => c.startsWith('marking: set to `OFFICIAL`'))).toBe(true);
    const brief = loadBrief(inline(value!.text)).value!;
    expect(brief.marking).toBe('OFFICIAL');
    // 10:00 UTC is 13:00 in Kyiv in June: the local date and time are written.
    expect(brief.event).toMatchObject({ date: '2025-06-02', time: '13:00' });
  });

  it('gives a start without a zone the zone of its UTC offset, and says which keys it dropped', () => {
    const old = 'title: T\nevent:\n  start: 2024-05-01T10:00:00+03:00\n  venue: V\n  city: C\n  unknownThing: 5\nmediators:\n  - name: The Envoy\n';
    const { value } = migrateBrief(inline(old));
    const loaded = loadBrief(inline(value!.text));
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(loaded.value!.event).toMatchObject({ date: '2024-05-01', time: '10:00', timeZone: 'Etc/GMT-3' });
    expect(loaded.value!.participants.map((p) => p.name)).toEqual(['The Envoy']);
    expect(value!.changes).toEqual(expect.arrayContaining([
      expect.stringMatching(/^event\.timeZone: `Etc\/GMT-3`, from the start's UTC offset/),
      'dropped, not part of the format: `event.unknownThing`',
    ]));
    // UTC, and an offset of no whole hours (no Etc zone), which validate then asks for.
    expect(loadBrief(inline(migrateBrief(inline('title: T\nevent:\n  start: 2024-05-01T10:00:00Z\n  venue: V\n  city: C\n')).value!.text)).value!.event.timeZone).toBe('UTC');
    expect(migrateBrief(inline('title: T\nevent:\n  start: 2024-05-01T10:00:00+05:30\n  venue: V\n  city: C\n')).value!.text).not.toContain('timeZone');
  });

  it('writes JSON for JSON', () => {
    const old = JSON.stringify({ title: 'T', event: { start: '2025-06-02T13:00:00+03:00', timeZone: 'Europe/Istanbul', venue: 'V', city: 'C' } });
    const { value } = migrateBrief(inline(old, 'old.json'));
    expect(JSON.parse(value!.text)).toMatchObject({ version: 2, event: { date: '2025-06-02', time: '13:00' } });
  });

  it('refuses a file that is already version 2, or not a brief', () => {
    expect(migrateBrief(reference()).diagnostics).toEqual([expect.objectContaining({ rule: 'migrate-not-old', message: 'already in data format version 2; nothing to migrate' })]);
    expect(migrateBrief(inline('- a list\n')).diagnostics).toEqual([expect.objectContaining({ rule: 'migrate-not-old' })]);
    expect(migrateBrief(inline('title: [unclosed\n')).diagnostics).toEqual([expect.objectContaining({ rule: 'migrate-parse' })]);
  });
});

import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { buildBrief } from '../../src/index.js';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A brief whose watch list overflows one slide, so the deck has continuation slides. */
function overflowingBrief(): string {
  const points = Array.from({ length: 40 }, (_, i) => `  - text: Watch item ${i + 1}, long enough to need a line of its own on the slide and to wrap once or twice.\n    sources: [a]`);
  return [
    'version: 2',
    'title: Overflow brief',
    'marking: OFFICIAL',
    'event:',
    '  date: 2025-06-02',
    '  time: "13:00"',
    '  timeZone: Europe/Istanbul',
    '  venue: Çırağan Palace',
    '  city: Istanbul',
    'watch:',
    ...points,
    'sources:',
    '  - id: a',
    '    title: Source A',
    '  - id: b',
    '    title: Source B, never cited',
  ].join('\n');
}

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('the manifest of buildBrief', () => {
  it('lists every slide, the sources each cites and the sha256 of the bytes returned', async () => {
    const built = await buildBrief({ data: 'data/istanbul-2025-06-02.yaml' });
    const { manifest } = built;
    const version = (JSON.parse(await readFile('package.json', 'utf8')) as { version: string }).version;
    expect(manifest.tool).toEqual({ name: 'briefdeck', version });
    expect(manifest.outputs).toEqual([{ kind: 'pptx', bytes: built.bytes.length, sha256: sha256(built.bytes) }]);
    expect(manifest.slides.map((s) => [s.number, s.id, s.title, s.layout])).toEqual(built.deck.slides.map((s, i) => [i + 1, s.id, s.title, s.layout]));
    expect(manifest.input.dataSha256).toBe(sha256(new TextEncoder().encode((await readFile('data/istanbul-2025-06-02.yaml', 'utf8')).replace(/\r\n?/g, '\n'))));
    // The Ukrainian delegation cites the seed text and the note on its head; the 2022 round its own source.
    const bySlide = new Map(manifest.slides.map((s) => [s.id, s.sources]));
    expect(bySlide.get('delegation-ua')).toEqual([1, 2]);
    expect(bySlide.get('prior-round-2')).toEqual([3]);
    expect(bySlide.get('cover')).toEqual([]);
    expect(bySlide.get('sources')).toEqual([]);
    const talks2022 = manifest.sources.find((s) => s.id === 'talks-2022')!;
    expect(talks2022.citedOn).toEqual([manifest.slides.find((s) => s.id === 'prior-round-2')!.number]);
    expect(talks2022.url).toMatch(/^https:\/\//);
    expect(JSON.parse(JSON.stringify(manifest))).toEqual(manifest);
  });

  it('marks continuation slides, cites on each and records unused sources with their warning', async () => {
    const built = await buildBrief({ data: { path: 'overflow.yaml', text: overflowingBrief() } });
    const { manifest } = built;
    const continued = manifest.slides.filter((s) => s.continuationOf);
    expect(continued.length).toBeGreaterThan(0);
    const first = manifest.slides.find((s) => s.id === continued[0]!.continuationOf)!;
    expect(first.layout).toBe(continued[0]!.layout);
    for (const slide of [first, ...continued]) expect(slide.sources).toEqual([1]);
    expect(manifest.sources.map((s) => [s.id, s.citedOn])).toEqual([['a', [first, ...continued].map((s) => s.number)], ['b', []]]);
    expect(manifest.diagnostics.map((d) => d.rule)).toContain('unused-source');
    expect(manifest.diagnostics.every((d) => !('frame' in d))).toBe(true);
  });

  it('does not depend on the clock and writes nothing', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'briefdeck-lib-'));
    dirs.push(cwd);
    const data = { path: 'minimal.yaml', text: await readFile('test/fixtures/data/minimal.yaml', 'utf8') };
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2001-01-01T00:00:00Z'));
      const early = await buildBrief({ data, cwd });
      vi.setSystemTime(new Date('2049-12-31T23:59:59Z'));
      const late = await buildBrief({ data, cwd });
      expect(sha256(late.bytes)).toBe(sha256(early.bytes));
      expect(late.manifest).toEqual(early.manifest);
      // No prepared.date: the document date is the event's day in its own time zone.
      expect(late.manifest.deck.created).toBe('2025-06-02T00:00:00Z');
    } finally {
      vi.useRealTimers();
    }
    expect(await readdir(cwd)).toEqual([]);
  });
});

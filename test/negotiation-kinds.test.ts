/**
 * Briefs of other kinds of talks than the reference (issue #15): indirect talks with a separate
 * host, a bilateral meeting hosted by a third country with no venue and no time, six parties with
 * the chair among them (in two phases), and a trade round with an economic context only; plus the
 * second example brief in data/. Each builds with both bundled sets in English, Ukrainian and
 * Turkish, passes the OOXML validator and pptx-lint, and reads right.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBrief, type BuiltBrief } from '../src/build-brief.js';
import { slideText } from './support/deck-text.js';
import { validatePptx } from './support/ooxml-tools.js';
import { hiddenText, overlappingLines, wordsOutsidePage, wordsOutsideShapes } from './render-check/page-checks.js';
import { readPdfWords } from './render-check/pdf-words.js';
import { convertToPdf, findSoffice } from './render-check/soffice.js';

const BRIEFS = {
  indirect: 'test/fixtures/briefs/indirect-separate-host.yaml',
  bilateral: 'test/fixtures/briefs/bilateral-hosted.yaml',
  six: 'test/fixtures/briefs/six-parties-chair.yaml',
  trade: 'test/fixtures/briefs/trade-round.yaml',
  wto: 'data/wto-mc13-2024-02-26.yaml',
} as const;
type Kind = keyof typeof BRIEFS;
const SETS = ['default', 'compact'] as const;
const LANGUAGES = ['en', 'uk', 'tr'] as const;
const LINT = resolve(import.meta.dirname, '..', '..', 'shared', 'ooxml', 'pptx-lint.py');

let work: string;
const built = new Map<string, BuiltBrief>();
const key = (kind: Kind, set: string, language: string) => `${kind}-${set}-${language}`;
const deckOf = (kind: Kind, set = 'default', language = 'en') => built.get(key(kind, set, language))!;
/** Titles, visible text and notes of every slide, one string. */
const textOf = (deck: BuiltBrief) => deck.deck.slides.map((s) => `${s.title}\n${slideText(s)}\n${s.notes}`).join('\n');

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'briefdeck-kinds-'));
  for (const [kind, data] of Object.entries(BRIEFS)) {
    for (const set of SETS) {
      for (const language of LANGUAGES) {
        const deck = await buildBrief({ data, templates: set, language });
        built.set(key(kind as Kind, set, language), deck);
        await writeFile(join(work, `${key(kind as Kind, set, language)}.pptx`), deck.bytes);
      }
    }
  }
}, 240_000);
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('briefs of other kinds of talks', () => {
  it('all build with default and compact in en, uk and tr, with no warning but the missing marking', () => {
    expect(built.size).toBe(Object.keys(BRIEFS).length * SETS.length * LANGUAGES.length);
    for (const [name, deck] of built) {
      expect(deck.diagnostics.filter((d) => d.rule !== 'no-marking'), name).toEqual([]);
    }
  });

  it('pass the OOXML validator and pptx-lint', async () => {
    const files = [...built.keys()].map((name) => join(work, `${name}.pptx`));
    const validation = await validatePptx(files);
    if (validation) expect(validation.output).toContain(`${files.length} passed, 0 failed`);
    if (!existsSync(LINT)) return;
    const { stdout } = await promisify(execFile)('python3', [LINT, '--quiet', ...files], { maxBuffer: 16 * 1024 * 1024 });
    expect(stdout).toContain(`${files.length} passed, 0 failed`);
  }, 120_000);

  it('render with no word outside its slide or box, hidden, or drawn over another (LibreOffice)', async () => {
    const soffice = await findSoffice();
    if (!soffice) return;
    const names = [...built.keys()];
    const pdfs = await convertToPdf(soffice, names.map((name) => join(work, `${name}.pptx`)), work);
    const pages = await Promise.all(pdfs.map(readPdfWords));
    names.forEach((name, d) => {
      const deck = built.get(name)!.deck;
      expect(pages[d]?.length, name).toBe(deck.slides.length);
      const problems = (pages[d] ?? []).flatMap((page, i) => [
        ...wordsOutsidePage(page, i),
        ...overlappingLines(page, i),
        ...wordsOutsideShapes(page, deck.slides[i]!, i, deck.template.markings ?? []),
        ...hiddenText(page, deck.slides[i]!, i),
      ]);
      expect(problems.map((p) => `page ${p.page + 1}: ${p.message}`), name).toEqual([]);
    });
  });

  it('have no stray punctuation, unfilled value or empty slide', () => {
    for (const [name, deck] of built) {
      const text = textOf(deck);
      for (const bad of [' , ', ', ,', '· ,', '..', '.;', 'undefined', 'null', '[object', '{', '}']) expect(text, `${name}: ${bad}`).not.toContain(bad);
      // Every slide but the cover shows something besides its title and the chrome.
      for (const slide of deck.deck.slides.slice(1)) {
        const body = slideText(slide).split('\n').filter((line) => line !== slide.title && line !== '[slide number]' && line !== deck.deck.meta.dateLabel && line !== deck.deck.meta.marking && line.trim() !== '');
        expect(body.length, `${name}: ${slide.title}`).toBeGreaterThan(0);
      }
    }
  });

  it('name roles for any name, without English articles', () => {
    const indirect = deckOf('indirect').deck.slides.map((s) => s.title);
    expect(indirect).toEqual(expect.arrayContaining(['Participants and roles', 'Delegation: United States', 'Delegation: Iran', 'Mediator: Oman', 'First round (12 April 2025)']));
    const participants = slideText(deckOf('indirect').deck.slides.find((s) => s.title === 'Participants and roles')!);
    expect(participants).toContain('| Italy | Host | — |');
    expect(participants).toContain('| Israel | Outside the talks | — |');
    expect(slideText(deckOf('indirect').deck.slides.find((s) => s.title === 'Positions side by side')!)).toContain('Israel (outside the talks)');
    expect(slideText(deckOf('indirect').deck.slides.find((s) => s.title.startsWith('First round'))!)).toContain('Muscat, Oman');
    expect(deckOf('six').deck.slides.map((s) => s.title)).toContain('Delegation: China (chair and host)');
    expect(deckOf('six', 'default', 'uk').deck.slides.map((s) => s.title)).toContain('Делегація: China (головуючий і приймаюча сторона)');
    expect(deckOf('wto').deck.slides.map((s) => s.title)).toEqual(expect.arrayContaining(['Delegation: United Arab Emirates (host and chair)', 'Delegation: Kenya (mediator)', 'Mediator: WTO Secretariat']));
    for (const deck of built.values()) expect(textOf(deck)).not.toMatch(/Delegation of|Prior round:/);
  });

  it('page six parties over several slides instead of failing', () => {
    const titles = deckOf('six').deck.slides.map((s) => s.title);
    expect(titles).toEqual(expect.arrayContaining(['Positions side by side (1 of 2)', 'Positions side by side (2 of 2)', 'Where positions clash (1 of 2)', 'Where positions clash (2 of 2)']));
    expect(deckOf('six', 'compact', 'tr').deck.slides.map((s) => s.title)).toEqual(expect.arrayContaining(['Tutumlar ve ayrışma noktaları (1/2)', 'Tutumlar ve ayrışma noktaları (2/2)']));
    // Every side and every issue is on some slide.
    const text = textOf(deckOf('six'));
    for (const side of ['China', 'United States', "Democratic People's Republic of Korea", 'Republic of Korea', 'Japan', 'Russia']) expect(text).toContain(side);
    expect(slideText(deckOf('six').deck.slides.find((s) => s.title === 'Programme of the round')!)).toMatch(/\| 13\s–\s19 Sept 2005, 09:00 GMT\+8 \|/);
  });

  it('show a round with no venue and no time as such, and no marking the brief did not set', () => {
    const cover = (language: string) => slideText(deckOf('bilateral', 'default', language).deck.slides[0]!);
    expect(cover('en')).toContain('Thursday, 10 July 2025, time not announced');
    expect(cover('en')).toContain('Abu Dhabi, United Arab Emirates');
    expect(cover('uk')).toContain('четвер, 10 липня 2025 р., час не оголошено');
    expect(cover('tr')).toContain('saat açıklanmadı');
    const deck = deckOf('bilateral');
    expect(deck.deck.meta.marking).toBe('');
    expect(deck.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', rule: 'no-marking' })]);
    expect(deck.deck.slides.flatMap((s) => s.shapes).some((s) => s.kind === 'text' && s.paragraphs.some((p) => p.runs.some((r) => r.text === 'OFFICIAL')))).toBe(false);
    expect(textOf(deck)).toContain('Next round: about August 2025. No date set.');
  });

  it('give a trade round economic context slides and no military ones, with years where events span years', () => {
    for (const [name, deck] of built) {
      if (!name.startsWith('trade')) continue;
      expect(textOf(deck), name).not.toMatch(/Military|Військов|Askerî/);
    }
    expect(deckOf('trade').deck.slides.map((s) => s.title)).toEqual(expect.arrayContaining(['Economic context: key figures', 'Economic context: timeline']));
    const compact = slideText(deckOf('trade', 'compact', 'en').deck.slides.find((s) => s.title === 'Economic context')!);
    expect(compact).toContain('2018:');
    expect(compact).toContain('about February 2025:');
    expect(compact).toContain('9 Apr 2025:');
    // The series has a gap (null): shown as a table with a dash, never a zero.
    const series = deckOf('trade').deck.slides.find((s) => s.title === 'US additional tariff on Chinese goods')!;
    expect(slideText(series)).toContain('| Tariff | 0 | 10 | 20 | 145 | — |');
  });

  it('keeps the chart in the compact set', () => {
    expect(deckOf('wto', 'compact').deck.slides.flatMap((s) => s.shapes).some((s) => s.kind === 'chart')).toBe(true);
  });
});

describe('a brief with only a title and an event', () => {
  it('builds a deck with no empty slide and no marking', async () => {
    const deck = await buildBrief({ data: 'test/fixtures/data/minimal.yaml' });
    expect(deck.deck.slides.map((s) => s.title)).toEqual(['Minimal brief']);
    expect(deck.deck.meta.marking).toBe('');
    expect(deck.diagnostics.map((d) => d.rule)).toEqual(['no-marking']);
  });

  it('takes the marking of the template set\'s theme when the brief sets none', async () => {
    const dir = join(work, 'house');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'theme.json'), '{ "marking": { "default": "HOUSE MARKING" } }\n');
    const deck = await buildBrief({ data: 'test/fixtures/data/minimal.yaml', templates: dir });
    expect(deck.deck.meta.marking).toBe('HOUSE MARKING');
    expect(deck.diagnostics).toEqual([]);
  });
});

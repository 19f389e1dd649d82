import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBrief } from '../../src/build-brief.js';
import { convertDecks } from '../../src/io/convert-decks.js';
import { cleanDeck, edited } from '../check/decks.js';
import { pdfCatalog } from '../support/pdf-outline.js';

let root: string;
let slides: { reference: number; minimal: number };

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'briefdeck-convert-test-'));
  // Two decks with the same file name in different folders: LibreOffice writes every PDF into one
  // folder, so this is the case where a naive batch conversion would mix them up.
  const reference = await buildBrief({ data: 'data/istanbul-2025-06-02.yaml' });
  const minimal = await buildBrief({ data: 'test/fixtures/data/minimal.yaml' });
  slides = { reference: reference.deck.slides.length, minimal: minimal.deck.slides.length };
  await mkdir(join(root, 'a'));
  await mkdir(join(root, 'b'));
  await writeFile(join(root, 'a', 'brief.pptx'), reference.bytes);
  await writeFile(join(root, 'b', 'brief.pptx'), minimal.bytes);
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function pdfPages(path: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1]);
}

describe('convertDecks', () => {
  it('converts several decks in one call, each beside itself, with hashes of what it wrote', async () => {
    const result = await convertDecks([join(root, 'a', 'brief.pptx'), join(root, 'b', 'brief.pptx')], { pdf: true, png: true, dpi: 48 });
    expect(result.diagnostics).toEqual([]);
    expect(result.decks.map((d) => [d.deck, d.pages])).toEqual([[join(root, 'a', 'brief.pptx'), slides.reference], [join(root, 'b', 'brief.pptx'), slides.minimal]]);
    expect(pdfPages(join(root, 'a', 'brief.pdf'))).toBe(slides.reference);
    expect(pdfPages(join(root, 'b', 'brief.pdf'))).toBe(slides.minimal);
    const a = await readdir(join(root, 'a'));
    expect(a.filter((f) => /^brief-\d\d\.png$/.test(f))).toHaveLength(slides.reference);
    expect(a).toContain('brief-contact.png');
    for (const deck of result.decks) {
      for (const file of deck.files) expect(sha256(await readFile(file.path))).toBe(file.sha256);
      expect(deck.files.filter((f) => f.kind === 'png').map((f) => f.slide)).toEqual(Array.from({ length: deck.pages }, (_, i) => i + 1));
    }
    // 48 dpi: a 13.33 × 7.5 in slide is 640 × 360 pixels.
    const first = PNG.sync.read(await readFile(join(root, 'a', 'brief-01.png')));
    expect([first.width, first.height]).toEqual([640, 360]);
    // No temporary staging files are left beside the decks.
    expect(a.filter((f) => f.startsWith('.') || f.startsWith('deck-'))).toEqual([]);
  });

  it('writes into outDir and removes slide images left by a longer earlier deck', async () => {
    const out = join(root, 'out');
    await mkdir(out);
    await writeFile(join(out, 'brief-09.png'), 'stale');
    await writeFile(join(out, 'brief-notes.png'), 'not a slide image');
    const result = await convertDecks([join(root, 'b', 'brief.pptx')], { png: true, outDir: out, dpi: 24 });
    expect(result.diagnostics).toEqual([]);
    const files = (await readdir(out)).sort();
    expect(files).toEqual([...Array.from({ length: slides.minimal }, (_, i) => `brief-0${i + 1}.png`), 'brief-contact.png', 'brief-notes.png'].sort());
  });

  it('names the package to install when LibreOffice is missing, and writes nothing', async () => {
    const deck = join(root, 'missing', 'brief.pptx');
    await mkdir(join(root, 'missing'));
    await copyFile(join(root, 'b', 'brief.pptx'), deck);
    const result = await convertDecks([deck], { pdf: true, png: true, env: { PATH: join(root, 'no-programs-here') } });
    expect(result.decks).toEqual([]);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ severity: 'error', rule: 'libreoffice-missing' });
    expect(result.diagnostics[0]!.hint).toContain('libreoffice-impress');
    expect(await readdir(join(root, 'missing'))).toEqual(['brief.pptx']);
  });

  it('reports a deck that cannot be read and still converts the others', async () => {
    const result = await convertDecks([join(root, 'nowhere.pptx'), join(root, 'b', 'brief.pptx')], { pdf: true, outDir: join(root, 'mixed') });
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ rule: 'convert-input', file: join(root, 'nowhere.pptx') });
    expect(result.decks.map((d) => d.deck)).toEqual([join(root, 'b', 'brief.pptx')]);
    expect(await readdir(join(root, 'mixed'))).toEqual(['brief.pdf']);
  });
});

describe('convertDecks --pdf for accessibility (issue #12)', () => {
  it('writes tagged PDFs with the title, the deck\'s language and one bookmark per slide title', async () => {
    // pandoc's deck has title placeholders; a second copy in Ukrainian needs its own LibreOffice locale.
    const english = cleanDeck();
    const ukrainian = edited(english, { 'docProps/core.xml': (t) => t.replace('<dc:language>en-GB</dc:language>', '<dc:language>uk-UA</dc:language>') });
    const dir = join(root, 'tagged');
    await mkdir(dir);
    await writeFile(join(dir, 'en.pptx'), english);
    await writeFile(join(dir, 'uk.pptx'), ukrainian);
    const result = await convertDecks([join(dir, 'en.pptx'), join(dir, 'uk.pptx')], { pdf: true });
    expect(result.diagnostics).toEqual([]);
    for (const [name, lang] of [['en', 'en-GB'], ['uk', 'uk-UA']] as const) {
      const pdf = join(dir, `${name}.pdf`);
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      expect(info).toMatch(/^Tagged:\s+yes$/m);
      expect(info).toMatch(/^Title:\s+Clean deck$/m);
      expect(pdfCatalog(await readFile(pdf))).toEqual({ lang, bookmarks: ['Clean deck', 'Bullets', 'Table', 'Picture'] });
    }
  }, 180_000);
});


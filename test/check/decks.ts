/**
 * Decks the audit's tests run on: made by pandoc (`pandoc x.md -o x.pptx`) and by raw pptxgenjs,
 * and a clean deck (pandoc's, with what it lacks filled in) to plant one fault at a time into.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PackageParts } from '../../src/pptx/package-parts.js';
import type { PptxConstructor } from '../../src/pptx/pptxgen-types.js';
import { zipDeterministic } from '../../src/pptx/zip.js';
import { tinyPng } from '../fixtures/tiny-png.js';

/** A deck pandoc makes from `markdown` (with `pic.png` beside it); throws when pandoc fails. */
export function pandocDeck(markdown: string): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'briefdeck-check-'));
  try {
    writeFileSync(join(dir, 'x.md'), markdown);
    writeFileSync(join(dir, 'pic.png'), tinyPng(40, 20));
    const run = spawnSync('pandoc', ['x.md', '-o', 'x.pptx'], { cwd: dir, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`pandoc failed: ${run.error?.message ?? run.stderr}`);
    return readFileSync(join(dir, 'x.pptx'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The markdown of the clean deck: a title slide, bullets, a full table and a picture. */
export const CLEAN_MARKDOWN = `---
title: Clean deck
lang: en-GB
---

# Bullets

- one point
- two point

# Table

| Name | Role |
|------|------|
| Ann  | Head |
| Bob  | Member |

# Picture

![](pic.png)
`;

/** The deck with edits applied to some parts' text; `null` from an edit deletes the part. */
export function edited(deck: Uint8Array, edits: Record<string, (text: string) => string | null>): Uint8Array {
  const parts = PackageParts.fromZip(deck);
  for (const [name, edit] of Object.entries(edits)) {
    const text = edit(parts.text(name));
    if (text === null) parts.delete(name);
    else parts.setText(name, text);
  }
  return zipDeterministic(parts.toRecord());
}

/**
 * pandoc's deck of {@link CLEAN_MARKDOWN} with what pandoc leaves out: the document language, alt
 * text on the table and a real one on the picture (pandoc writes the file name).
 */
export function cleanDeck(): Uint8Array {
  return edited(pandocDeck(CLEAN_MARKDOWN), {
    'docProps/core.xml': (text) => text.replace('</dc:title>', '</dc:title><dc:language>en-GB</dc:language>'),
    'ppt/slides/slide3.xml': (text) => text.replace('name="Content Placeholder 5"', 'name="Content Placeholder 5" descr="Who is who: Ann heads, Bob is a member"'),
    'ppt/slides/slide4.xml': (text) => text.replace('descr="pic.png"', 'descr="A blue and a red square"'),
  });
}

/** A deck made with pptxgenjs directly, as its README shows: text boxes, a table and a picture, no titles. */
export async function pptxgenjsDeck(): Promise<Uint8Array> {
  const PptxGen = (await import('pptxgenjs')).default as unknown as PptxConstructor;
  const pptx = new PptxGen();
  const slide = pptx.addSlide();
  slide.addText('Hello from pptxgenjs', { x: 0.5, y: 0.5, w: 8, h: 1, fontSize: 28 });
  slide.addText('Pale grey small print', { x: 0.5, y: 1.5, w: 8, h: 0.5, fontSize: 10, color: 'BBBBBB' });
  slide.addTable([[{ text: 'Name' }, { text: 'Role' }], [{ text: 'Ann' }, { text: '' }]], { x: 0.5, y: 2.2, w: 6 });
  slide.addImage({ data: `data:image/png;base64,${Buffer.from(tinyPng(40, 20)).toString('base64')}`, x: 7, y: 2.2, w: 2, h: 1 });
  const second = pptx.addSlide();
  second.addText('Привіт, світе', { x: 0.5, y: 0.5, w: 8, h: 1 });
  return (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
}

import { describe, expect, it } from 'vitest';
import type { LaidOutSlide } from '../../src/deck/laid-out.js';
import { TEXT_INSETS } from '../../src/fit/text-box-style.js';
import { glyphBox, wordsOutsideShapes } from './page-checks.js';
import type { PdfPage } from './pdf-words.js';

/** pdftotext's box of a word at `size` pt with its baseline at `baseline`: poppler's 0.95 em up, 0.35 em down. */
const word = (text: string, x: number, baseline: number, size: number) => ({ text, xMin: x, xMax: x + 40, yMin: baseline - 0.95 * size, yMax: baseline + 0.35 * size });

/** A slide with one 0.5 in (36 pt) high text box at the top-left corner. */
const slide: LaidOutSlide = {
  id: 's', title: '', layout: 'bullets', role: 'content', layoutPart: 'l', notes: '', background: 'FFFFFF',
  shapes: [{ kind: 'text', box: { x: 0, y: 0, w: 5, h: 0.5 }, paragraphs: [], fontFace: 'Arial', color: '000000', valign: 'top', insets: TEXT_INSETS, lineSpacing: 1 }],
};
const page = (...words: ReturnType<typeof word>[]): PdfPage => ({ width: 720, height: 540, lines: [{ block: 0, ...words[0]!, words }] });

describe('glyph boxes of pdftotext words', () => {
  it('keep poppler\'s top and end 0.24 em below the baseline, where the deepest descender of the fonts in use ends', () => {
    const box = glyphBox(word('Ægypt', 10, 30, 20));
    expect(box).toMatchObject({ xMin: 10, xMax: 50 });
    expect(box.yMin).toBeCloseTo(11);
    expect(box.yMax).toBeCloseTo(34.8);
  });

  it('put a bullet\'s dot on its line, between its baseline and 0.55 em above it', () => {
    const box = glyphBox(word('•', 10, 30, 20));
    expect(box.yMin).toBeCloseTo(19);
    expect(box.yMax).toBeCloseTo(30);
  });

  it('pass a 24 pt word whose glyphs end in its 36 pt box though poppler\'s box does not, and fail one set lower', () => {
    // Baseline 31 pt down: glyphs end at 36.8 pt (within the 1.5 pt tolerance); poppler's box at 39.4 pt.
    expect(wordsOutsideShapes(page(word('Dolmabahçe', 10, 31, 24)), slide, 0)).toEqual([]);
    // Baseline 32.5 pt down: glyphs end at 38.3 pt, below the box.
    expect(wordsOutsideShapes(page(word('Dolmabahçe', 10, 32.5, 24)), slide, 0)).toHaveLength(1);
  });
});

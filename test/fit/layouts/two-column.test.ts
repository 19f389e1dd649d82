import { describe, expect, it } from 'vitest';
import type { TextShape } from '../../../src/deck/laid-out.js';
import { fitDeck } from '../../../src/fit/fit-deck.js';
import { createMeasurer } from '../../../src/fit/measurer.js';
import { deckOf, defaultTheme, measuredContentPt, runs, slide, numberedWords } from '../fit-helpers.js';

const theme = defaultTheme();
const measurer = createMeasurer();
const words = numberedWords;

describe('two-column', () => {
  it('continues an intro longer than a slide before the columns, and splits a column item taller than a slide', () => {
    const columns = [
      { heading: runs('Left'), blocks: [{ kind: 'paragraph' as const, runs: runs(words(700, 'l')) }] },
      { heading: runs('Right'), blocks: [{ kind: 'paragraph' as const, runs: runs('short') }] },
    ];
    const result = fitDeck(deckOf(slide('two', { kind: 'two-column', title: 'Positions', intro: [{ kind: 'paragraph', runs: runs(words(600, 'i')) }], columns })), theme, measurer);
    expect(result.diagnostics).toEqual([]);
    const slides = result.value?.slides ?? [];
    const texts = slides.map((s) => s.shapes.filter((sh): sh is TextShape => sh.kind === 'text'));
    const joined = (tag: string): string[] => texts.flat().flatMap((t) => t.paragraphs.flatMap((p) => p.runs.map((r) => r.text))).join(' ').split(/\s+/).filter((w) => new RegExp(`^${tag}\\d+$`).test(w));
    expect(joined('i')).toEqual(words(600, 'i').split(' '));
    expect(joined('l')).toEqual(words(700, 'l').split(' '));
    // The first slide holds only the intro; the columns' headings come later.
    expect(texts[0]?.some((t) => t.paragraphs[0]?.runs[0]?.text === 'Left')).toBe(false);
    expect(texts.some((ts) => ts.some((t) => t.paragraphs[0]?.runs[0]?.text === 'Left'))).toBe(true);
    for (const t of texts.flat()) expect(measuredContentPt(t, measurer, theme)).toBeLessThanOrEqual(t.box.h * 72 + 1e-6);
    for (const s of slides) for (const sh of s.shapes) expect(sh.box.y + sh.box.h).toBeLessThanOrEqual(theme.slide.height + 1e-9);
  });
});

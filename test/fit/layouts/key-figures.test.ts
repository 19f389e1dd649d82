import { describe, expect, it } from 'vitest';
import type { TextShape } from '../../../src/deck/laid-out.js';
import { fitDeck } from '../../../src/fit/fit-deck.js';
import { createMeasurer } from '../../../src/fit/measurer.js';
import { deckOf, defaultTheme, measuredContentPt, runs, slide, numberedWords } from '../fit-helpers.js';

const theme = defaultTheme();
const measurer = createMeasurer();
const words = numberedWords;

function fitFigures(labels: string[]) {
  const figures = labels.map((label, i) => ({ value: `${i + 1}00`, label: runs(label) }));
  const result = fitDeck(deckOf(slide('k', { kind: 'key-figures', title: 'Key figures', figures, body: [] })), theme, measurer);
  const slides = result.value?.slides ?? [];
  // The cards' text boxes: a number (or its continued label) in the accent colour, then the label.
  const cards = slides.map((s) => s.shapes.filter((sh): sh is TextShape => sh.kind === 'text' && sh.paragraphs[0]?.color === theme.colors.accent));
  return { result, slides, cards };
}

describe('key figures', () => {
  it('grows a card with a paragraph-long label so the label fits its card', () => {
    const { result, slides, cards } = fitFigures(['short', words(90, 'x'), 'short too']);
    expect(result.diagnostics).toEqual([]);
    expect(slides).toHaveLength(1);
    for (const card of cards.flat()) expect(measuredContentPt(card, measurer, theme)).toBeLessThanOrEqual(card.box.h * 72 + 1e-6);
    // The cards' backgrounds are as tall as the tallest text box.
    const tallest = Math.max(...(cards[0] ?? []).map((c) => c.box.h));
    expect(slides[0]!.shapes.some((sh) => sh.kind === 'rect' && sh.box.h >= tallest)).toBe(true);
  });

  it('never leaves a label word wider than its card: smaller text or fewer cards per row, not a word broken in two', () => {
    const long = 'Internationalisation-Verhandlungsdelegationen';
    const { result, cards } = fitFigures(['short', `${long} counted`, 'another short', 'and one more']);
    expect(result.diagnostics).toEqual([]);
    for (const card of cards.flat()) {
      for (const paragraph of card.paragraphs.slice(1)) {
        const inner = (card.box.w - card.insets.left - card.insets.right) * 72;
        for (const word of paragraph.runs.map((r) => r.text).join('').split(/\s+/)) {
          expect(measurer.width(word, { face: theme.fonts.body, sizePt: paragraph.fontSize }), word).toBeLessThanOrEqual(inner);
        }
      }
    }
  });

  it('reflows into fewer cards per row before any card is split', () => {
    const { slides, cards } = fitFigures([words(200, 'a'), 'b', 'c', 'd']);
    expect(slides.length).toBeGreaterThanOrEqual(1);
    const widths = new Set(cards.flat().map((c) => c.box.w.toFixed(3)));
    // Four per row would make the first card taller than a slide: fewer, wider cards instead.
    const fourPerRow = (theme.slide.width - 1.2 - 3 * 0.3) / 4;
    expect(Math.min(...[...widths].map(Number))).toBeGreaterThan(fourPerRow);
    expect(cards.flat().map((c) => c.paragraphs[0]?.runs[0]?.text)).toEqual(['100', '200', '300', '400']);
  });

  it('continues a card taller than a slide on continuation slides, with its number repeated', () => {
    const { result, slides, cards } = fitFigures([words(900, 'z'), 'after']);
    expect(result.diagnostics.filter((d) => d.severity === 'error' || /overflow/.test(d.message))).toEqual([]);
    expect(slides.length).toBeGreaterThan(1);
    const heads = cards.flat().map((c) => c.paragraphs[0]?.runs[0]?.text);
    expect(heads[0]).toBe('100');
    expect(heads.filter((h) => h === '100 (cont.)').length).toBeGreaterThan(0);
    expect(heads[heads.length - 1]).toBe('200');
    const label = cards.flat().flatMap((c) => c.paragraphs.slice(1).flatMap((p) => p.runs.map((r) => r.text))).join(' ').split(/\s+/).filter((w) => w.startsWith('z'));
    expect(label).toEqual(words(900, 'z').split(' '));
    for (const card of cards.flat()) expect(measuredContentPt(card, measurer, theme)).toBeLessThanOrEqual(card.box.h * 72 + 1e-6);
    for (const s of slides) for (const sh of s.shapes) expect(sh.box.y + sh.box.h).toBeLessThanOrEqual(theme.slide.height + 1e-9);
  });

  it('reports a card that cannot be placed even alone at the floor as an error located at its slide, and draws none of it', () => {
    // A number set so large that its one line is taller than the content area: nothing can split it.
    const giant = { ...theme, sizes: { ...theme.sizes, keyFigure: 400 } };
    const figures = [{ value: '1', label: runs('one') }, { value: '2', label: runs('two') }];
    const result = fitDeck(deckOf(slide('huge', { kind: 'key-figures', title: 'Key figures', figures, body: [] })), giant, measurer);
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    // The figures reflowed to one card per row before giving up, so each card is named.
    expect(errors.map((d) => d.rule)).toEqual(['content-cannot-fit', 'content-cannot-fit']);
    for (const e of errors) expect(e).toMatchObject({ file: 'test.hbs' });
    expect(errors.map((d) => d.message.split(' cannot')[0])).toEqual(['slide `huge` (line 1 of the slide markup): key figure `1`', 'slide `huge` (line 1 of the slide markup): key figure `2`']);
    expect(result.diagnostics.some((d) => /overflow/.test(d.message))).toBe(false);
  });
});

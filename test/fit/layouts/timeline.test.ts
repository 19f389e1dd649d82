import { describe, expect, it } from 'vitest';
import type { TextShape } from '../../../src/deck/laid-out.js';
import { fitDeck } from '../../../src/fit/fit-deck.js';
import { createMeasurer } from '../../../src/fit/measurer.js';
import { deckOf, defaultTheme, measuredContentPt, runs, slide, numberedWords } from '../fit-helpers.js';

const theme = defaultTheme();
const measurer = createMeasurer();
const words = numberedWords;

describe('timeline', () => {
  it('moves an entry whole, and continues one taller than a slide with its date repeated', () => {
    const entries = [
      { when: '1 June', text: runs('Opening') },
      { when: '2 June', text: runs(words(1400, 'e')) },
      { when: '3 June', text: runs('Closing') },
    ];
    const result = fitDeck(deckOf(slide('tl', { kind: 'timeline', title: 'Timeline', entries, body: [] })), theme, measurer);
    expect(result.diagnostics).toEqual([]);
    const slides = result.value?.slides ?? [];
    expect(slides.length).toBeGreaterThan(2);
    const texts = slides.flatMap((s) => s.shapes.filter((sh): sh is TextShape => sh.kind === 'text' && sh.paragraphs[0]?.color !== theme.marking.text));
    const dates = texts.filter((t) => t.paragraphs[0]?.bold && t.paragraphs[0]?.align === 'right').map((t) => t.paragraphs[0]?.runs[0]?.text);
    expect(dates[0]).toBe('1 June');
    expect(dates).toContain('2 June (cont.)');
    expect(dates[dates.length - 1]).toBe('3 June');
    const body = texts.flatMap((t) => t.paragraphs.flatMap((p) => p.runs.map((r) => r.text))).join(' ').split(/\s+/).filter((w) => /^e\d+$/.test(w));
    expect(body).toEqual(words(1400, 'e').split(' '));
    for (const t of texts) expect(measuredContentPt(t, measurer, theme)).toBeLessThanOrEqual(t.box.h * 72 + 1e-6);
  });
});

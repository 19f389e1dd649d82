import { describe, expect, it } from 'vitest';
import type { TableShape, TextShape } from '../../src/deck/laid-out.js';
import type { ListBlock, TableBlock } from '../../src/deck/types.js';
import { fitDeck } from '../../src/fit/fit-deck.js';
import { createMeasurer } from '../../src/fit/measurer.js';
import { deckOf, defaultTheme, measuredContentPt, runs, sampleDeck, slide, slideTexts } from './fit-helpers.js';

const theme = defaultTheme();
const measurer = createMeasurer();

const bulletList = (count: number, text = (i: number) => `Point ${i + 1}: delegations agreed to continue technical talks on inspections`): ListBlock => ({
  kind: 'list',
  ordered: false,
  start: 1,
  items: Array.from({ length: count }, (_, i) => ({ runs: runs(text(i)) })),
});

function fit(...slides: Parameters<typeof deckOf>) {
  const result = fitDeck(deckOf(...slides), theme, measurer);
  if (!result.value) throw new Error('no value');
  return result;
}

function textShapes(deck: ReturnType<typeof fit>['value']) {
  return deck!.slides.flatMap((s) => s.shapes.filter((sh): sh is TextShape => sh.kind === 'text'));
}

describe('fitDeck', () => {
  it('splits 40 bullets into continuation slides whose text all fits its boxes', () => {
    const { value } = fit(slide('long', { kind: 'bullets', title: 'Background', body: [bulletList(40)] }));
    const slides = value!.slides;
    expect(slides.length).toBeGreaterThan(1);
    expect(slides.map((s) => s.id)).toEqual(['long', ...slides.slice(1).map((_, i) => `long~${i + 2}`)]);
    for (const s of slides.slice(1)) {
      expect(s.continuationOf).toBe('long');
      expect(s.title).toMatch(/^Background \(cont\. \d+\/\d+\)$/);
      expect(s.layout).toBe('bullets');
    }
    for (const shape of textShapes(value)) {
      expect(measuredContentPt(shape, measurer, theme)).toBeLessThanOrEqual(shape.box.h * 72 + 1e-6);
    }
    // Every item appears exactly once, in order, and none is set below the floor.
    const items = slides.flatMap((s) => s.shapes.filter((sh): sh is TextShape => sh.kind === 'text' && sh.paragraphs.some((p) => p.bullet.kind === 'bullet')).flatMap((sh) => sh.paragraphs));
    expect(items.map((p) => p.runs.map((r) => r.text).join(''))).toEqual(bulletList(40).items.map((i) => i.runs[0]?.text));
    expect(Math.min(...items.map((p) => p.fontSize))).toBeGreaterThanOrEqual(theme.sizes.bodyMin);
    // Every content box stays inside the slide, above the bottom banner.
    for (const s of slides) for (const sh of s.shapes) expect(sh.box.y + sh.box.h).toBeLessThanOrEqual(theme.slide.height + 1e-9);
  });

  it('shrinks before it splits and stops at the floor', () => {
    const bulletSizes = (n: number) => {
      const { value } = fit(slide('a', { kind: 'bullets', title: 'T', body: [bulletList(n)] }));
      return { slides: value!.slides.length, sizes: textShapes(value).flatMap((s) => s.paragraphs.filter((p) => p.bullet.kind === 'bullet').map((p) => p.fontSize)) };
    };
    // The first list length that no longer fits at the body size still fits on one slide, smaller.
    let n = 3;
    while (bulletSizes(n).sizes[0] === theme.sizes.body) n++;
    const { slides, sizes } = bulletSizes(n);
    expect(slides).toBe(1);
    expect(Math.max(...sizes)).toBeLessThan(theme.sizes.body);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(theme.sizes.bodyMin);

    const short = fit(slide('b', { kind: 'bullets', title: 'T', body: [bulletList(3)] }));
    expect(textShapes(short.value).flatMap((s) => s.paragraphs.filter((p) => p.bullet.kind === 'bullet').map((p) => p.fontSize))).toEqual([18, 18, 18]);

    const tooLong = fit(slide('c', { kind: 'bullets', title: 'T', body: [bulletList(80)] }));
    const floorSizes = textShapes(tooLong.value).flatMap((s) => s.paragraphs.filter((p) => p.bullet.kind === 'bullet').map((p) => p.fontSize));
    expect(tooLong.value!.slides.length).toBeGreaterThan(1);
    expect(Math.min(...floorSizes)).toBeGreaterThanOrEqual(theme.sizes.bodyMin);
    expect(Math.max(...floorSizes)).toBeLessThan(theme.sizes.body);
  });

  it('splits a single item taller than a slide between lines', () => {
    const huge = 'word '.repeat(1500);
    const { value } = fit(slide('h', { kind: 'bullets', title: 'T', body: [{ kind: 'paragraph', runs: runs(huge) }] }));
    expect(value!.slides.length).toBeGreaterThan(1);
    const text = textShapes(value)
      .filter((sh) => sh.paragraphs[0]?.runs[0]?.text.startsWith('word') === true)
      .flatMap((sh) => sh.paragraphs.flatMap((p) => p.runs.map((r) => r.text)))
      .join('');
    expect(text).toBe(huge);
    for (const shape of textShapes(value)) expect(measuredContentPt(shape, measurer, theme)).toBeLessThanOrEqual(shape.box.h * 72 + 1e-6);
  });

  it('pages a 120-row table by whole rows with the header on every page', () => {
    const table: TableBlock = {
      kind: 'table',
      header: [{ runs: runs('No.') }, { runs: runs('Party') }, { runs: runs('Position') }],
      align: ['right', 'left', 'left'],
      rows: Array.from({ length: 120 }, (_, i) => [{ runs: runs(String(i + 1)) }, { runs: runs(['Türkiye', 'Ukraine', 'Russia'][i % 3] ?? '') }, { runs: runs(i % 7 === 0 ? 'A longer position that wraps onto a second line in its column, with more words to be sure it wraps' : 'Agrees') }]),
    };
    const { value } = fit(slide('t', { kind: 'table', title: 'Positions', intro: [], table, caption: [] }));
    const tables = value!.slides.flatMap((s) => s.shapes.filter((sh): sh is TableShape => sh.kind === 'table'));
    expect(tables.length).toBeGreaterThan(2);
    expect(tables.length).toBe(value!.slides.length);
    for (const t of tables) {
      expect(t.header.map((c) => c.runs[0]?.text)).toEqual(['No.', 'Party', 'Position']);
      expect(t.rowHeights).toHaveLength(t.rows.length + 1);
      expect(t.box.h).toBeCloseTo(t.rowHeights.reduce((a, b) => a + b, 0), 9);
      expect(t.box.y + t.box.h).toBeLessThanOrEqual(theme.slide.height - 0.5);
      expect(t.colWidths.reduce((a, b) => a + b, 0)).toBeCloseTo(t.box.w, 9);
      expect(t.fontSize).toBeGreaterThanOrEqual(theme.sizes.tableMin);
    }
    const numbers = tables.flatMap((t) => t.rows.map((r) => r[0]?.runs[0]?.text));
    expect(numbers).toEqual(Array.from({ length: 120 }, (_, i) => String(i + 1)));
    // The narrow number column gets less room than the wordy position column.
    const first = tables[0]!;
    expect(first.colWidths[0]!).toBeLessThan(first.colWidths[2]!);
  });

  it('splits both columns of a two-column slide at the same time', () => {
    const col = (name: string, n: number) => ({ heading: runs(name), blocks: [bulletList(n, (i) => `${name} item ${i + 1} with enough words to wrap in a narrow column`)] });
    const { value } = fit(slide('two', { kind: 'two-column', title: 'Positions', intro: [], columns: [col('Left', 30), col('Right', 12)] }));
    const slides = value!.slides;
    expect(slides.length).toBeGreaterThan(1);
    for (const s of slides) {
      const texts = s.shapes.filter((sh): sh is TextShape => sh.kind === 'text').map((sh) => sh.paragraphs[0]?.runs[0]?.text);
      expect(texts).toContain('Left');
      expect(texts).toContain('Right');
    }
    const items = (name: string) => slides.flatMap((s) => s.shapes.filter((sh): sh is TextShape => sh.kind === 'text').flatMap((sh) => sh.paragraphs.filter((p) => p.bullet.kind === 'bullet').map((p) => p.runs[0]?.text ?? ''))).filter((t) => t.startsWith(name));
    expect(items('Left')).toHaveLength(30);
    expect(items('Right')).toHaveLength(12);
    // The shorter column is finished on the first slide(s); it does not wait for the other.
    expect(slides[0]!.shapes.some((sh) => sh.kind === 'text' && sh.paragraphs.some((p) => p.runs[0]?.text.startsWith('Right item 1 ')))).toBe(true);
    for (const shape of textShapes(value)) expect(measuredContentPt(shape, measurer, theme)).toBeLessThanOrEqual(shape.box.h * 72 + 1e-6);
  });

  it('puts every slide on a layout: title in the title placeholder, text in body placeholders, chrome last', () => {
    const deck = sampleDeck();
    const { value } = fitDeck(deck, theme, measurer);
    value!.slides.forEach((s, i) => {
      const texts = slideTexts(value!, i);
      // The marking is on the slide master, not on slides; the cover fill and rules on the layouts.
      expect(texts).not.toContain(deck.meta.marking);
      const titles = s.shapes.filter((sh) => sh.kind === 'text' && (sh.placeholder?.type === 'title' || sh.placeholder?.type === 'ctrTitle'));
      expect(titles, s.id).toHaveLength(1);
      expect(s.shapes[0], s.id).toBe(titles[0]);
      expect(titles[0]?.kind === 'text' && titles[0].paragraphs[0]?.runs[0]?.text).toBe(s.title);
      expect(s.shapes.filter((sh) => sh.kind === 'text' && !sh.placeholder), s.id).toEqual([]);
      expect(s.shapes.filter((sh) => sh.kind === 'rect' && !sh.decorative), s.id).toEqual([]);
      if (s.layout === 'title') {
        expect(s.role).toBe('cover');
        expect(titles[0]).toMatchObject({ placeholder: { type: 'ctrTitle' } });
        expect(s.shapes.some((sh) => sh.kind === 'slide-number')).toBe(false);
        return;
      }
      const chrome = s.shapes.slice(-3);
      expect(chrome.map((sh) => (sh.kind === 'slide-number' ? 'sldNum' : sh.kind === 'text' ? sh.placeholder?.type : sh.kind))).toEqual(['dt', 'ftr', 'sldNum']);
      expect(texts).toContain(deck.meta.footer);
      expect(texts).toContain(deck.meta.dateLabel);
    });
  });

  it('measures every text shape of the sample deck inside its box', () => {
    const { value, diagnostics } = fitDeck(sampleDeck(), theme, measurer);
    expect(diagnostics).toEqual([]);
    for (const shape of textShapes(value)) expect(measuredContentPt(shape, measurer, theme)).toBeLessThanOrEqual(shape.box.h * 72 + 1e-6);
  });

  it('is deterministic and does not touch its input', () => {
    const deck = sampleDeck();
    const before = JSON.stringify(deck);
    const a = JSON.stringify(fitDeck(deck, theme, createMeasurer()));
    const b = JSON.stringify(fitDeck(deck, theme, measurer));
    expect(a).toBe(b);
    expect(JSON.stringify(deck)).toBe(before);
  });

  it('warns about an unknown font once and about missing glyphs once per field, listing them', () => {
    const odd = { ...theme, fonts: { ...theme.fonts, body: 'Frutiger' } };
    const body = [{ kind: 'paragraph' as const, runs: runs('ราคา ₺ 12 and 中 ราคา') }, { kind: 'paragraph' as const, runs: runs('ไทย, שלום, سلام') }];
    const { value, diagnostics } = fitDeck(deckOf(slide('x', { kind: 'bullets', title: 'Prices in ₺', body })), odd, measurer);
    expect(value).toBeDefined();
    expect(diagnostics.filter((d) => d.rule === 'unknown-font').map((d) => d.found)).toEqual(['Frutiger']);
    const glyphs = diagnostics.filter((d) => d.rule === 'missing-glyph');
    // ₺, 中, Hebrew and Arabic have metrics (the font's own or a script fallback's); Thai has none.
    expect(glyphs.map((d) => d.found)).toEqual(['in the text "ราคา ₺ 12 and 中 ราคา": ร า ค', 'in the text "ไทย, שלום, سلام": ไ ท ย']);
    expect(glyphs[0]?.message).toContain('"ร" (U+0E23), "า" (U+0E32), "ค" (U+0E04)');
    expect(diagnostics.every((d) => d.severity === 'warning')).toBe(true);
  });

  it('turns notes into plain text with bullets, numbers and nesting', () => {
    const s = slide('n', { kind: 'bullets', title: 'T', body: [] });
    s.notes = [
      { kind: 'paragraph', runs: runs('Open with the objective.') },
      { kind: 'list', ordered: false, start: 1, items: [{ runs: runs('First'), children: { kind: 'list', ordered: true, start: 3, items: [{ runs: runs('nested') }] } }] },
    ];
    expect(fit(s).value!.slides[0]!.notes).toBe('Open with the objective.\n• First\n  3. nested');
  });

  it('lays out key figures in rows of at most four and a vertical timeline', () => {
    const figures = Array.from({ length: 6 }, (_, i) => ({ value: `${i + 1}0 %`, label: runs(`figure ${i + 1}`) }));
    const { value } = fit(
      slide('k', { kind: 'key-figures', title: 'K', figures, body: [] }),
      slide('tl', { kind: 'timeline', title: 'TL', entries: Array.from({ length: 5 }, (_, i) => ({ when: `${i + 1} June`, text: runs(`event ${i + 1}`) })), body: [] }),
    );
    const numbers = value!.slides[0]!.shapes.filter((sh): sh is TextShape => sh.kind === 'text' && sh.paragraphs[0]?.color === theme.colors.accent);
    expect(numbers).toHaveLength(6);
    expect(new Set(numbers.map((n) => n.box.y)).size).toBe(2); // 3 + 3
    expect(numbers[0]!.paragraphs[0]!.fontSize).toBe(theme.sizes.keyFigure);
    const dates = value!.slides[1]!.shapes.filter((sh): sh is TextShape => sh.kind === 'text' && sh.paragraphs[0]?.runs[0]?.text.endsWith('June') === true);
    expect(dates).toHaveLength(5);
    expect(dates.every((d, i) => i === 0 || d.box.y > dates[i - 1]!.box.y)).toBe(true);
    expect(new Set(dates.map((d) => d.box.x)).size).toBe(1);
  });
  it('sets body text on the layouts briefdeck draws at the theme\'s drawn sizes, placeholder text at the body size (issue #11)', () => {
    const house = { ...theme, sizes: { ...theme.sizes, body: 28, bodyMin: 14 }, drawn: { body: 16, bodyMin: 14 } };
    const chart = { kind: 'chart' as const, chartType: 'bar' as const, title: 'C', categories: ['a', 'b'], series: [{ name: 's', values: [1, 2] }] };
    const result = fitDeck(
      deckOf(
        slide('b', { kind: 'bullets', title: 'B', body: [bulletList(1, () => 'One short point')] }),
        slide('tl', { kind: 'timeline', title: 'TL', entries: [{ when: '1 June', text: runs('event') }], body: [] }),
        slide('c', { kind: 'chart', title: 'C', chart, body: [{ kind: 'paragraph', runs: runs('Sources: [1]') }] }),
      ),
      house,
      measurer,
    );
    const sizes = (i: number) => result.value!.slides[i]!.shapes.flatMap((sh) => (sh.kind === 'text' && sh.placeholder?.type !== 'title' && sh.placeholder?.type !== 'sldNum' ? sh.paragraphs.map((p) => p.fontSize) : []));
    expect(sizes(0)).toContain(28);
    expect(sizes(1).length).toBeGreaterThan(0);
    expect(Math.max(...sizes(1))).toBe(16);
    expect(Math.max(...sizes(2))).toBe(16);
  });
});

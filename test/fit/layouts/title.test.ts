import { describe, expect, it } from 'vitest';
import type { Box, LaidOutSlide, TextShape } from '../../../src/deck/laid-out.js';
import type { Slide } from '../../../src/deck/types.js';
import { fitDeck } from '../../../src/fit/fit-deck.js';
import { createMeasurer } from '../../../src/fit/measurer.js';
import { deckOf, defaultTheme, measuredContentPt, numberedWords, runs } from '../fit-helpers.js';

/**
 * A cover (and a section slide) stays one slide (issue #11, a reviewer's note): text too long for
 * its placeholder grows into the layout's free area, measured; only text that even all of it cannot
 * hold is an error, never a second cover.
 */
const theme = defaultTheme();
const measurer = createMeasurer();

function titleSlide(layout: Slide['layout']): Slide {
  return { id: layout.kind === 'title' ? 'cover' : 'section', layout, notes: [], origin: { template: 'cover.hbs', markupLine: 1 }, chrome: { footer: false, marking: true, number: false } };
}

const cover = (words: number): Slide => titleSlide({ kind: 'title', title: 'Talks in Istanbul', subtitle: runs('Direct negotiations'), body: [{ kind: 'paragraph', runs: runs(numberedWords(words, 'w')) }] });

function fit(slide: Slide) {
  const result = fitDeck(deckOf(slide), theme, measurer);
  const laid = result.value!;
  return { diagnostics: result.diagnostics, slides: laid.slides, template: laid.template };
}

const texts = (s: LaidOutSlide): TextShape[] => s.shapes.filter((x): x is TextShape => x.kind === 'text');
const intersects = (a: Box, b: Box): boolean => a.x < b.x + b.w - 1e-9 && a.x + a.w > b.x + 1e-9 && a.y < b.y + b.h - 1e-9 && a.y + a.h > b.y + 1e-9;

/** The layout's placeholders of `types`, and the marking banners: what grown text must not cover. */
function chromeOf(template: ReturnType<typeof fit>['template'], slide: LaidOutSlide): Box[] {
  const layout = template.layouts.find((l) => l.part === slide.layoutPart)!;
  return [...layout.placeholders.filter((p) => ['dt', 'ftr', 'sldNum'].includes(p.type)).map((p) => p.box), ...(template.markings ?? [])];
}

describe('the cover', () => {
  it('keeps the layout\'s boxes when its text fits them', () => {
    const { slides, template } = fit(cover(40));
    const layout = template.layouts.find((l) => l.part === slides[0]!.layoutPart)!;
    const [title, body] = texts(slides[0]!);
    expect(title!.box).toEqual(layout.placeholders.find((p) => p.type === 'ctrTitle')!.box);
    expect(body!.placeholder).toEqual({ type: 'subTitle', idx: layout.placeholders.find((p) => p.type === 'subTitle')!.idx });
  });

  it('stays one slide when its text outgrows the subtitle placeholder: the title moves up, nothing leaves its box', () => {
    // 300 words took two covers before: the subtitle placeholder may not grow over the title.
    const { slides, diagnostics, template } = fit(cover(300));
    expect(diagnostics).toEqual([]);
    expect(slides.map((s) => s.id)).toEqual(['cover']);
    const [title, body] = texts(slides[0]!);
    const words = body!.paragraphs.flatMap((p) => p.runs.map((r) => r.text)).join(' ').split(/\s+/).filter((w) => /^w\d+$/.test(w));
    expect(words).toEqual(numberedWords(300, 'w').split(' '));
    expect(measuredContentPt(body!, measurer, theme)).toBeLessThanOrEqual(body!.box.h * 72 + 1e-6);
    expect(measuredContentPt(title!, measurer, theme)).toBeLessThanOrEqual(title!.box.h * 72 + 1e-6);
    expect(body!.placeholder?.type).toBe('subTitle');
    expect(intersects(title!.box, body!.box)).toBe(false);
    for (const box of chromeOf(template, slides[0]!)) {
      expect(intersects(body!.box, box)).toBe(false);
      expect(intersects(title!.box, box)).toBe(false);
    }
    // Shrunk to the floor before anything grew.
    expect(body!.paragraphs.at(-1)!.fontSize).toBe(theme.sizes.bodyMin);
  });

  it('is an error naming its longest text when even the whole free area cannot hold it, not a second cover', () => {
    const { diagnostics } = fit(cover(500));
    expect(diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', rule: 'title-slide-cannot-fit', found: numberedWords(500, 'w'), message: expect.stringMatching(/^slide `cover` \(line 1 of the slide markup\): the cover's text needs \d+\.\d\d in of height even at 14 pt; its slide layout has at most \d+\.\d\d in free/) }),
    ]);
  });
});

describe('a section slide', () => {
  it('stays one slide with its text clear of its title (380 words took two before)', () => {
    const { slides, diagnostics, template } = fit(titleSlide({ kind: 'section', title: 'Annex', body: [{ kind: 'paragraph', runs: runs(numberedWords(380, 's')) }] }));
    expect(diagnostics).toEqual([]);
    expect(slides).toHaveLength(1);
    const [title, body] = texts(slides[0]!);
    expect(measuredContentPt(body!, measurer, theme)).toBeLessThanOrEqual(body!.box.h * 72 + 1e-6);
    expect(intersects(title!.box, body!.box)).toBe(false);
    for (const box of chromeOf(template, slides[0]!)) expect(intersects(body!.box, box)).toBe(false);
  });
});

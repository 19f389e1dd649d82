import { readFileSync } from 'node:fs';
import type { LaidOutDeck, TextShape } from '../../src/deck/laid-out.js';
import type { Deck, Run, Slide } from '../../src/deck/types.js';
import type { Theme } from '../../src/theme/types.js';
import type { TextMeasurer } from '../../src/fit/text-measurer.js';
import { WIDTH_SAFETY } from '../../src/fit/safety-margins.js';
import { textIndentPt } from '../../src/fit/text-box-style.js';

/** The default theme shipped with briefdeck. */
export function defaultTheme(): Theme {
  return JSON.parse(readFileSync(new URL('../../templates/default/theme.json', import.meta.url), 'utf8')) as Theme;
}

/** The sample deck with one slide of every layout. */
export function sampleDeck(): Deck {
  return JSON.parse(readFileSync(new URL('../fixtures/fit/sample-deck.json', import.meta.url), 'utf8')) as Deck;
}

/** A deck of the given slides with the sample metadata. */
export function deckOf(...slides: Slide[]): Deck {
  return { meta: sampleDeck().meta, slides };
}

/** A content slide with all chrome on. */
export function slide(id: string, layout: Slide['layout']): Slide {
  return { id, layout, notes: [], origin: { template: 'test.hbs', markupLine: 1 }, chrome: { footer: true, marking: true, number: true } };
}

/** Plain runs. */
export function runs(text: string): Run[] {
  return [{ text }];
}

/**
 * Re-measures a text shape independently of the fit code path: every paragraph wrapped at the
 * box's inner width minus its indent (with the width margin), lines × line height × spacing, plus
 * space before (not for the first paragraph) and the insets. Points.
 */
export function measuredContentPt(shape: TextShape, measurer: TextMeasurer, theme: Theme): number {
  const { left, top, right, bottom } = shape.insets;
  let pt = (top + bottom) * 72;
  shape.paragraphs.forEach((p, i) => {
    const width = (shape.box.w - left - right) * 72 - textIndentPt(p.level, p.bullet.kind !== 'none');
    const style = { face: shape.fontFace, monoFace: theme.fonts.mono, sizePt: p.fontSize, bold: p.bold };
    const lines = measurer.wrap(p.runs, width / WIDTH_SAFETY, style).length;
    pt += (i === 0 ? 0 : p.spaceBefore) + lines * measurer.lineHeight(style) * shape.lineSpacing;
  });
  return pt;
}

/** All text of a laid-out slide's text shapes, for presence checks. */
export function slideTexts(deck: LaidOutDeck, index: number): string[] {
  return (deck.slides[index]?.shapes ?? []).flatMap((s) => (s.kind === 'text' ? [s.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join('\n')] : []));
}

/** `n` distinct words `tag1 tag2 …`, so that split text can be checked for order and loss. */
export function numberedWords(n: number, tag: string): string {
  return Array.from({ length: n }, (_, i) => `${tag}${i + 1}`).join(' ');
}

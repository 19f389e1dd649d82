import { describe, expect, it } from 'vitest';
import { offSlideWarning, placeOnSlide } from '../../src/template/on-slide.js';
import type { TemplateLayout } from '../../src/template/types.js';

const SLIDE = { width: 10, height: 5.625 };

describe('placeOnSlide (issue #11: text is never placed off the slide)', () => {
  it('leaves a box on the slide as it is', () => {
    const box = { x: 0.5, y: 0.2, w: 9, h: 0.94 };
    expect(placeOnSlide(box, SLIDE)).toBe(box);
  });

  it('moves a title dragged above the top edge down onto the slide at its own size', () => {
    expect(placeOnSlide({ x: 0.5, y: -0.66, w: 9, h: 0.94 }, SLIDE)).toEqual({ x: 0.5, y: 0, w: 9, h: 0.94 });
    expect(placeOnSlide({ x: 3, y: 5.4, w: 3, h: 0.5 }, SLIDE)).toEqual({ x: 3, y: 5.125, w: 3, h: 0.5 });
  });

  it('cuts a box larger than the slide (a slide size changed without moving the placeholders) to the slide', () => {
    // pandoc's 9 in body on a 5 × 10 in slide.
    expect(placeOnSlide({ x: 0.5, y: 1.31, w: 9, h: 3.71 }, { width: 5, height: 10 })).toEqual({ x: 0, y: 1.31, w: 5, h: 3.71 });
    const off = placeOnSlide({ x: 20, y: 20, w: 1, h: 1 }, SLIDE);
    expect(off.x + off.w).toBeLessThanOrEqual(SLIDE.width);
    expect(off.y + off.h).toBeLessThanOrEqual(SLIDE.height);
  });
});

describe('offSlideWarning', () => {
  const body = { insets: { left: 0, top: 0, right: 0, bottom: 0 }, anchor: 'top' as const, wrap: true, autofit: 'none' as const, vertical: false };
  const layout = (placeholders: TemplateLayout['placeholders']): TemplateLayout => ({ part: 'l.xml', name: 'Title and Content', master: 'm.xml', placeholders });

  it('names the first title off the slide, counts the rest, and hints at PowerPoint\'s Ensure Fit', () => {
    const title = { type: 'title' as const, idx: 0, name: 'Title 1', box: { x: 0.5, y: 0, w: 9, h: 0.94 }, templateBox: { x: 0.5, y: -0.66, w: 9, h: 0.94 }, body, levels: [] };
    const [warning, ...rest] = offSlideWarning([layout([title]), layout([title])], SLIDE, 'house.pptx');
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({ severity: 'warning', rule: 'template-placeholder-off-slide', file: 'house.pptx' });
    expect(warning!.message).toBe('house.pptx: the placeholder "Title 1" of the layout "Title and Content" (and 1 more) lies outside the 10 × 5.63 in slide (at 0.5, -0.66 in, 9 × 0.94 in); briefdeck moves it onto the slide and cuts it to the slide\'s size, so text may have less room than the template meant');
    expect(warning!.hint).toContain('Ensure Fit');
  });

  it('says nothing of a body or footer a little past an edge, as LibreOffice\'s converted templates have them', () => {
    const footer = { type: 'ftr' as const, idx: 3, name: 'Footer 3', box: { x: 3, y: 5.3, w: 3, h: 0.3 }, templateBox: { x: 3, y: 5.5, w: 3, h: 0.3 }, body, levels: [] };
    expect(offSlideWarning([layout([footer])], SLIDE, 'house.pptx')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import type { TextShape } from '../../src/deck/laid-out.js';
import { fitDeck } from '../../src/fit/fit-deck.js';
import { createMeasurer } from '../../src/fit/measurer.js';
import { slideFrames, usableInsets } from '../../src/fit/slide-frames.js';
import { TEXT_INSETS } from '../../src/fit/text-box-style.js';
import { LAYOUT_ROLES } from '../../src/template/map-layouts.js';
import type { LayoutRole, TemplateLayout } from '../../src/template/types.js';
import { deckOf, defaultTheme, measuredContentPt, runs, slide } from './fit-helpers.js';
import { houseLayout, houseModel, NO_INSETS } from './house-layout.js';

const measurer = createMeasurer();
const theme = defaultTheme();
const everyRole = (layout: TemplateLayout) => Object.fromEntries(LAYOUT_ROLES.map((role) => [role, layout])) as Record<LayoutRole, TemplateLayout>;

describe('slide frames of a house template', () => {
  it('carry each placeholder\'s own insets, and the content area\'s text takes its body placeholder\'s', () => {
    const pandoc = { left: 0.1, top: 0.05, right: 0.1, bottom: 0.05 };
    for (const insets of [NO_INSETS, pandoc]) {
      const layout = houseLayout(insets, { chromeSize: 12, chromeBox: { w: 2.5, h: 0.4 } });
      const frame = slideFrames(houseModel([layout]), everyRole(layout)).content;
      expect([frame.title?.insets, frame.bodies[0]?.insets, frame.date?.insets, frame.footer?.insets, frame.number?.insets, frame.textInsets]).toEqual(Array(6).fill(insets));
    }
  });

  it('start a title below a marking banner drawn over the top of the slide, and leave it alone elsewhere', () => {
    const layout = houseLayout(NO_INSETS, { chromeSize: 12, chromeBox: { w: 2.5, h: 0.4 } });
    const model = houseModel([layout]);
    // Title at 0.3–1.38 in; a banner over the top edge (no free strip, as on LibreOffice's Piano) reaches 0.62 in.
    const covered = slideFrames({ ...model, markings: [{ x: 0, y: 0, w: 11.02, h: 0.62 }] }, everyRole(layout)).content.title!;
    expect(covered.box.y).toBeCloseTo(0.64, 5);
    expect(covered.box.y + covered.box.h).toBeCloseTo(1.38, 5);
    // A banner in its own strip at the bottom does not touch the title.
    const clear = slideFrames({ ...model, markings: [{ x: 0, y: 5.88, w: 11.02, h: 0.32 }] }, everyRole(layout)).content.title!;
    expect(clear.box).toEqual(layout.placeholders[0]!.box);
  });

  it('keep body text off a title its placeholder runs under: the part of the body below the title (issue #11)', () => {
    const layout = houseLayout(NO_INSETS, { chromeSize: 12, chromeBox: { w: 2.5, h: 0.4 } });
    // The body moved up to 0.5 in, under the title (0.3–1.38 in), as in a template dragged out of shape.
    const overlapping: TemplateLayout = { ...layout, placeholders: layout.placeholders.map((p) => (p.type === 'obj' ? { ...p, box: { ...p.box, y: 0.5, h: 4.97 } } : p)) };
    const frame = slideFrames(houseModel([overlapping]), everyRole(overlapping)).content;
    expect(frame.bodies[0]!.box.y).toBeCloseTo(1.38, 5);
    expect(frame.bodies[0]!.box.y + frame.bodies[0]!.box.h).toBeCloseTo(5.47, 5);
    expect(frame.content.y).toBeCloseTo(1.38, 5);
    // A body clear of the title keeps the template's box exactly.
    expect(slideFrames(houseModel([layout]), everyRole(layout)).content.bodies[0]!.box).toEqual(layout.placeholders[1]!.box);
  });

  it('cut a title box that covers the whole slide to its part clear of the text placeholder inside it', () => {
    const layout = houseLayout(NO_INSETS, { chromeSize: 12, chromeBox: { w: 2.5, h: 0.4 } });
    // The title filling the slide around the body (3.19 in down), as a title slide dragged out of shape.
    const covering: TemplateLayout = { ...layout, placeholders: layout.placeholders.map((p) => (p.type === 'title' ? { ...p, box: { x: 0, y: 0, w: 11.02, h: 6.2 } } : p.type === 'obj' ? { ...p, box: { ...p.box, y: 3.19, h: 1.44 } } : p)) };
    const frame = slideFrames(houseModel([covering]), everyRole(covering)).content;
    expect(frame.title!.box).toEqual({ x: 0, y: 0, w: 11.02, h: 3.19 });
    expect(frame.bodies[0]!.box).toEqual({ x: 0.59, y: 3.19, w: 9.84, h: 1.44 });
  });

  it('fall back to briefdeck\'s insets where a template\'s are negative or leave less than half the box', () => {
    const box = { x: 0, y: 0, w: 2, h: 0.4 };
    expect(usableInsets({ left: 0, top: 0.05, right: 0, bottom: 0.05 }, box)).toEqual({ left: 0, top: 0.05, right: 0, bottom: 0.05 });
    expect(usableInsets({ left: -0.1, top: 0, right: 0, bottom: 0 }, box)).toEqual(TEXT_INSETS);
    expect(usableInsets({ left: 0, top: 0.15, right: 0, bottom: 0.1 }, box)).toEqual(TEXT_INSETS);
  });
});

describe('body text on a house template', () => {
  it('is measured and written with the body placeholder\'s insets and still fits its boxes', () => {
    const layout = houseLayout(NO_INSETS, { chromeSize: 14, chromeBox: { w: 2.5, h: 0.4 } });
    const items = Array.from({ length: 30 }, (_, i) => ({ runs: runs(`Point ${i + 1}: the delegations agreed to continue technical talks on inspections and exchanges`) }));
    const result = fitDeck(deckOf(slide('long', { kind: 'bullets', title: 'Background', body: [{ kind: 'list', ordered: false, start: 1, items }] })), theme, measurer, { model: houseModel([layout]), layouts: everyRole(layout) });
    const bodies = result.value!.slides.flatMap((s) => s.shapes.filter((sh): sh is TextShape => sh.kind === 'text' && (sh.placeholder?.type === 'obj' || sh.placeholder?.type === 'body')));
    expect(bodies.length).toBeGreaterThan(1);
    for (const shape of bodies) {
      expect(shape.insets).toEqual(NO_INSETS);
      expect(measuredContentPt(shape, measurer, theme)).toBeLessThanOrEqual(shape.box.h * 72 + 1e-6);
    }
  });
});

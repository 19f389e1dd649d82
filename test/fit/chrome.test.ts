import { describe, expect, it } from 'vitest';
import type { Insets, SlideNumberShape, TextShape } from '../../src/deck/laid-out.js';
import { chromeShapes, chromeSize, layTitle } from '../../src/fit/chrome.js';
import type { FitContext } from '../../src/fit/fit-context.js';
import { createMeasurer } from '../../src/fit/measurer.js';
import { HEIGHT_FILL } from '../../src/fit/safety-margins.js';
import { slideFrames, type PlaceholderFrame } from '../../src/fit/slide-frames.js';
import { TEXT_INSETS } from '../../src/fit/text-box-style.js';
import { LAYOUT_ROLES } from '../../src/template/map-layouts.js';
import type { LayoutRole, TemplateLayout } from '../../src/template/types.js';
import { defaultTheme, sampleDeck } from './fit-helpers.js';
import { houseLayout, houseModel, NO_INSETS } from './house-layout.js';

const measurer = createMeasurer();
const theme = defaultTheme();

/**
 * A LibreOffice-made layout like Vivid's (issue #11): every placeholder with no insets, date and
 * number at 24 pt in boxes 2.56 × 0.49 in, anchored at the top; the number right-aligned.
 */
const layout: TemplateLayout = houseLayout(NO_INSETS, { chromeSize: 24, chromeBox: { w: 2.56, h: 0.49 } });
const frames = slideFrames(houseModel([layout]), Object.fromEntries(LAYOUT_ROLES.map((role) => [role, layout])) as Record<LayoutRole, TemplateLayout>);
const ctx: FitContext = { theme, meta: sampleDeck().meta, measurer, frames, diagnostics: [] };
const content = frames.content;

/** Height a one-line text at `size` needs inside `insets`, as the fit stage counts it, inches. */
const lineBox = (face: string, size: number, insets: Insets): number => (measurer.lineHeight({ face, sizePt: size }) + (insets.top + insets.bottom) * 72) / 72 / HEIGHT_FILL;

describe('chrome text in a house template\'s placeholders', () => {
  it('resolves the template\'s insets, anchoring and alignment into the chrome frames', () => {
    expect(content.date).toMatchObject({ sizePt: 24, insets: NO_INSETS, anchor: 'top', align: 'left' });
    expect(content.number).toMatchObject({ sizePt: 24, insets: NO_INSETS, anchor: 'top', align: 'right' });
  });

  it('keeps the template\'s size where the text fits inside the template\'s insets', () => {
    const date = content.date as PlaceholderFrame;
    expect(chromeSize(measurer, date, '2 June 2025')).toBe(24);
    expect(chromeSize(measurer, content.number as PlaceholderFrame, '888')).toBe(24);
    // The fault fixed: measured inside briefdeck's 0.08 in insets, the same box holds no 24 pt line.
    expect(lineBox(date.face, 24, TEXT_INSETS)).toBeGreaterThan(date.box.h);
    expect(chromeSize(measurer, { ...date, insets: TEXT_INSETS }, '2 June 2025')).toBeLessThan(24);
  });

  it('writes the date and the number at that size, with the template\'s insets, anchoring and alignment', () => {
    const shapes = chromeShapes(ctx, content, { footer: true, marking: true, number: true });
    const date = shapes.find((s): s is TextShape => s.kind === 'text' && s.placeholder?.type === 'dt');
    const number = shapes.find((s): s is SlideNumberShape => s.kind === 'slide-number');
    expect(date).toMatchObject({ insets: NO_INSETS, valign: 'top', paragraphs: [{ fontSize: 24, align: 'left' }] });
    expect(number).toMatchObject({ fontSize: 24, insets: NO_INSETS, valign: 'top', align: 'right' });
  });

  it('shrinks only text that cannot fit at the template\'s size, to the largest size that does', () => {
    const low = { ...(content.date as PlaceholderFrame), box: { x: 0.5, y: 5.6, w: 2.56, h: 0.3 } };
    const size = chromeSize(measurer, low, '2 June 2025');
    expect(size).toBeLessThan(24);
    expect(lineBox(low.face, size, NO_INSETS)).toBeLessThanOrEqual(low.box.h);
    expect(lineBox(low.face, size + 1, NO_INSETS)).toBeGreaterThan(low.box.h);
    const narrow = { ...(content.date as PlaceholderFrame), box: { x: 0.5, y: 5.6, w: 0.9, h: 0.49 } };
    const fitted = chromeSize(measurer, narrow, '2 June 2025');
    expect(measurer.width('2 June 2025', { face: narrow.face, sizePt: fitted }) * 1.03).toBeLessThanOrEqual(narrow.box.w * 72);
    expect(measurer.width('2 June 2025', { face: narrow.face, sizePt: fitted + 1 }) * 1.03).toBeGreaterThan(narrow.box.w * 72);
  });
});

describe('titles in a house template\'s title placeholder', () => {
  it('are measured and written with the placeholder\'s own insets, so a low box keeps more of the template\'s size', () => {
    // Portfolio's title: 44 pt in a box 0.71 in (51.1 pt) high with no insets. 40 pt lines take
    // 1.2 × 40 / 0.95 = 50.5 pt, 41 pt ones 51.8 pt; inside briefdeck's 0.08 in insets only 30 pt fit.
    const frame: PlaceholderFrame = { ...(content.title as PlaceholderFrame), face: 'Arial', sizePt: 44, box: { x: 0.5, y: 0.3, w: 9.8, h: 0.71 } };
    const laid = layTitle(ctx, frame, 'Bottom line up front', 14);
    expect(laid.shape.paragraphs[0]?.fontSize).toBe(40);
    expect(laid.shape.insets).toEqual(NO_INSETS);
    expect(laid.grow).toBe(0);
    expect(layTitle(ctx, { ...frame, insets: TEXT_INSETS }, 'Bottom line up front', 14).shape.paragraphs[0]?.fontSize).toBe(30);
  });
});

describe('a theme logo', () => {
  it('never has a title under it: titles that would run under the logo end short of it, on every slide kind', async () => {
    const { fitDeck } = await import('../../src/fit/fit-deck.js');
    const withLogo = { ...theme, logo: { path: 'logo.png', width: 1.2, height: 0.45 } };
    const laid = fitDeck(sampleDeck(), withLogo, measurer).value!;
    expect(laid.slides.length).toBeGreaterThan(5);
    for (const slide of laid.slides) {
      const logo = slide.shapes.find((s) => s.kind === 'image' && s.alt === 'logo');
      expect(logo, slide.id).toBeDefined();
      const title = slide.shapes.find((s) => s.kind === 'text' && s.placeholder !== undefined && (s.placeholder.type === 'title' || s.placeholder.type === 'ctrTitle'));
      if (!title || !logo) continue;
      const overlaps = title.box.x < logo.box.x + logo.box.w && logo.box.x < title.box.x + title.box.w && title.box.y < logo.box.y + logo.box.h && logo.box.y < title.box.y + title.box.h;
      expect(overlaps, `${slide.id}: title ${JSON.stringify(title.box)} logo ${JSON.stringify(logo.box)}`).toBe(false);
    }
  });
});

describe('missingChromeWarnings', () => {
  it('warns once per role whose layout cannot show the slide numbers or footer its slides ask for', async () => {
    const { missingChromeWarnings } = await import('../../src/fit/chrome.js');
    const slides = sampleDeck().slides;
    const bare = { ...frames, content: { ...frames.content, number: undefined, footer: undefined } };
    const meta = { ...sampleDeck().meta, footer: 'Analysis unit' };
    expect(missingChromeWarnings(slides, frames, { meta, theme }, 'house.pptx')).toEqual([]);
    const warnings = missingChromeWarnings(slides, bare, { meta, theme }, 'house.pptx');
    expect(warnings).toEqual([expect.objectContaining({ severity: 'warning', rule: 'template-no-chrome', file: 'house.pptx' })]);
    expect(warnings[0]!.message).toBe('content slides show neither slide numbers nor the footer "Analysis unit": their slide layout has no slide-number or footer placeholder');
    // Slides that turn numbers and footer off ask nothing of the layout.
    const quiet = slides.map((s) => ({ ...s, chrome: { footer: false, marking: true, number: false } }));
    expect(missingChromeWarnings(quiet, bare, { meta, theme }, 'house.pptx')).toEqual([]);
  });
});

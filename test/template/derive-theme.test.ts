import { describe, expect, it } from 'vitest';
import type { ChartBlock, DeckMeta } from '../../src/deck/types.js';
import { fitChart } from '../../src/fit/chart-fit.js';
import type { FitContext } from '../../src/fit/fit-context.js';
import { createMeasurer } from '../../src/fit/measurer.js';
import { deriveTheme } from '../../src/template/derive-theme.js';
import type { LayoutRole, TemplateLayout, TemplateModel } from '../../src/template/types.js';
import { drawnLayoutTheme, drawnTextCaps } from '../../src/theme/drawn-text-caps.js';
import type { Theme } from '../../src/theme/types.js';
import { defaultTheme, sampleDeck } from '../fit/fit-helpers.js';
import { bundledFor } from '../support/bundled-frames.js';
import { contrastRatio, hex } from '../../src/check/rgb.js';

const base = defaultTheme();
const meta = sampleDeck().meta as DeckMeta;

/** LibreOffice's Impress templates (Candy, Grey_Elegant): 28 × 15.75 cm. */
const IMPRESS_SLIDE = { width: 11.02, height: 6.2 };

/**
 * The bundled template as a house template would give it: body and content placeholders at
 * `bodyPt` on a slide `slide` inches large (what deriveTheme reads of a model).
 */
function houseModel(bodyPt: number, slide = IMPRESS_SLIDE): { model: TemplateModel; layouts: Record<LayoutRole, TemplateLayout> } {
  const { template } = bundledFor(base, meta);
  const resize = (layout: TemplateLayout): TemplateLayout => ({
    ...layout,
    placeholders: layout.placeholders.map((p) => (p.type === 'body' || p.type === 'obj' ? { ...p, levels: p.levels.map((l) => ({ ...l, run: { ...l.run, sizePt: bodyPt } })) } : p)),
  });
  const layouts = Object.fromEntries(Object.entries(template.layouts).map(([role, layout]) => [role, resize(layout)])) as Record<LayoutRole, TemplateLayout>;
  const model: TemplateModel = { ...template.model, slideSize: { ...template.model.slideSize, ...slide }, layouts: template.model.layouts.map(resize) };
  return { model, layouts };
}

function derived(bodyPt: number, slide = IMPRESS_SLIDE): Theme {
  const { model, layouts } = houseModel(bodyPt, slide);
  return deriveTheme(base, model, layouts);
}

const chart: ChartBlock = {
  kind: 'chart',
  chartType: 'bar',
  title: 'Prisoners released',
  unit: 'prisoners',
  categories: ['Released by Russia', 'Released by Ukraine'],
  series: [{ name: 'Prisoners', values: [1000, 1000] }],
};

/** The chart slide's frame on an Impress template: the left 62 % of the content area, inches. */
const chartBox = { x: 0.55, y: 1.45, w: 6.15, h: 3.9 };

function chartText(theme: Theme): number {
  const ctx: FitContext = { theme: drawnLayoutTheme(theme), meta, measurer: createMeasurer(), frames: bundledFor(base, meta).frames, diagnostics: [] };
  return fitChart(ctx, chart, chartBox).fontSize;
}

describe('deriveTheme: text briefdeck draws on a template with large body text (issue #11)', () => {
  const caps = drawnTextCaps(base, IMPRESS_SLIDE);

  it('keeps the template\'s body size for its placeholders but caps what briefdeck draws', () => {
    const theme = derived(32);
    expect(theme.sizes.body).toBe(32);
    expect(theme.sizes.table).toBeLessThanOrEqual(caps.table);
    expect(theme.sizes.keyFigure).toBeLessThanOrEqual(caps.keyFigure);
    expect(theme.drawn?.body).toBeLessThanOrEqual(caps.body);
    // The caps are the set's sizes in proportion to the smaller slide, with a quarter's headroom.
    expect([caps.body, caps.table, caps.keyFigure]).toEqual([19, 14, 41]);
  });

  it('sets chart text at most 2 pt under the table cap on a 32 pt template', () => {
    expect(chartText(derived(32))).toBeLessThanOrEqual(caps.table - 2);
    expect(chartText(derived(32))).toBeGreaterThanOrEqual(base.sizes.tableMin);
  });

  it('caps every template the same, however large its body text', () => {
    expect(derived(60).sizes.table).toBe(derived(32).sizes.table);
    expect(derived(60).drawn).toEqual(derived(32).drawn);
    expect(chartText(derived(60))).toBe(chartText(derived(32)));
  });

  it('keeps a template\'s smaller type: caps never raise a size', () => {
    const theme = derived(15);
    expect(theme.drawn).toEqual({ body: 15, bodyMin: base.sizes.bodyMin });
    expect(theme.sizes.table).toBe(Math.round((base.sizes.table * 15) / base.sizes.body));
  });

  it('never caps below the set\'s floors, even on a very small slide', () => {
    const theme = derived(32, { width: 4, height: 2.25 });
    expect(theme.sizes.table).toBe(base.sizes.tableMin);
    expect(theme.drawn).toEqual({ body: base.sizes.bodyMin, bodyMin: base.sizes.bodyMin });
    expect(theme.sizes.keyFigure).toBeGreaterThanOrEqual(base.sizes.bodyMin);
  });
});

describe('deriveTheme: key figures on their cards (issue #11, WCAG 2.1 SC 1.4.3)', () => {
  it('takes an accent that reads on the card fill as well as on the slide, as on a dark PowerPoint theme', () => {
    // A dark theme (clrMap bg1=dk1, tx1=lt1): black slide, cards in bg2 = dk2 #1F497D, where
    // accent2 #C0504D reads on black (4:1) but not on the card (1.9:1).
    const { model, layouts } = houseModel(24);
    const colors = { ...model.themes[0]!.colors, bg1: '000000', tx1: 'FFFFFF', bg2: '1F497D', tx2: 'EEECE1', accent1: '4F81BD', accent2: 'C0504D' };
    const dark = (layout: TemplateLayout): TemplateLayout => ({
      ...layout,
      background: '000000',
      backdrop: { colours: ['000000'], known: true },
      placeholders: layout.placeholders.map((p) => ({ ...p, levels: p.levels.map((l) => ({ ...l, run: { ...l.run, color: 'FFFFFF' } })) })),
    });
    const theme = deriveTheme(base, { ...model, themes: [{ ...model.themes[0]!, colors }, ...model.themes.slice(1)] }, Object.fromEntries(Object.entries(layouts).map(([r, l]) => [r, dark(l)])) as Record<LayoutRole, TemplateLayout>);
    expect(theme.colors.tableStripe).toBe('1F497D');
    for (const on of [theme.colors.background, theme.colors.tableStripe]) expect(contrastRatio(hex(theme.colors.accent)!, hex(on)!)).toBeGreaterThanOrEqual(3);
  });
});

import { describe, expect, it } from 'vitest';
import { buildBrief } from '../../../src/build-brief.js';
import { readTemplate } from '../../../src/template/read-template.js';
import type { ResolvedPlaceholder, TemplateLayout, TemplateModel } from '../../../src/template/types.js';

const REFERENCE = 'data/istanbul-2025-06-02.yaml';

/** The deck's own masters and layouts, read back by the house-template reader: what PowerPoint would inherit. */
async function readBack(templates: string): Promise<{ generated: TemplateModel; read: TemplateModel }> {
  const built = await buildBrief({ data: REFERENCE, templates });
  const read = readTemplate(built.bytes, 'deck.pptx');
  expect(read.diagnostics).toEqual([]);
  return { generated: built.deck.template, read: read.value! };
}

function comparable(ph: ResolvedPlaceholder) {
  const round = (n: number) => Math.round(n * 1000) / 1000;
  const level = ph.levels[0]!;
  return {
    type: ph.type,
    idx: ph.idx,
    box: { x: round(ph.box.x), y: round(ph.box.y), w: round(ph.box.w), h: round(ph.box.h) },
    insets: Object.fromEntries(Object.entries(ph.body.insets).map(([k, v]) => [k, round(v)])),
    anchor: ph.body.anchor,
    autofit: ph.body.autofit,
    font: level.run.font.latin,
    size: level.run.sizePt,
    bold: level.run.bold,
    color: level.run.color.toUpperCase(),
    marL: round(level.marginLeftPt),
    indent: round(level.indentPt),
    spaceBefore: level.spaceBefore,
    lineSpacing: level.lineSpacing,
    bullet: level.bullet,
  };
}

const layoutView = (l: TemplateLayout) => ({ name: l.name, background: l.background, placeholders: l.placeholders.map(comparable) });

describe.each(['default', 'compact'])('the generated template of the %s set', (set) => {
  it('is read back from the deck exactly as the fit stage measured it: boxes, insets, fonts, sizes, colours, spacing', async () => {
    const { generated, read } = await readBack(set);
    expect(read.slideSize.cx).toBe(generated.slideSize.cx);
    expect(read.slideSize.cy).toBe(generated.slideSize.cy);
    expect(read.layouts.map(layoutView)).toEqual(generated.layouts.map(layoutView));
    expect(read.themes[0]).toMatchObject({ majorFont: generated.themes[0]!.majorFont, minorFont: generated.themes[0]!.minorFont });
  });

  it('has one layout per role with the standard names and PowerPoint layout types', async () => {
    const { read } = await readBack(set);
    expect(read.layouts.map((l) => [l.name, l.type])).toEqual([
      ['Title Slide', 'title'], ['Section Header', 'secHead'], ['Title and Content', 'obj'], ['Two Content', 'twoObj'], ['Title Only', 'titleOnly'],
    ]);
    for (const layout of read.layouts) {
      expect(layout.placeholders.filter((p) => p.type === 'title' || p.type === 'ctrTitle'), layout.name).toHaveLength(1);
      expect(layout.placeholders.map((p) => p.type).filter((t) => t === 'dt' || t === 'ftr' || t === 'sldNum'), layout.name).toEqual(['dt', 'ftr', 'sldNum']);
    }
  });
});

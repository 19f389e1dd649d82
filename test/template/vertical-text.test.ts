import { describe, expect, it } from 'vitest';
import { turnVerticalText } from '../../src/template/vertical-text.js';
import type { PlaceholderType, ResolvedPlaceholder, TemplateLayout } from '../../src/template/types.js';

function ph(type: PlaceholderType, vertical: boolean, name = `${type} ${vertical ? 'vertical' : 'horizontal'}`): ResolvedPlaceholder {
  return { type, idx: type === 'obj' ? 1 : 0, name, box: { x: 0, y: 0, w: 1, h: 1 }, body: { insets: { left: 0, top: 0, right: 0, bottom: 0 }, anchor: 'top', wrap: true, autofit: 'none', vertical }, levels: [] };
}

function layout(name: string, placeholders: ResolvedPlaceholder[]): TemplateLayout {
  return { part: `ppt/slideLayouts/${name}.xml`, name, master: 'ppt/slideMasters/slideMaster1.xml', placeholders };
}

describe('turnVerticalText (issue #11: a clear message, not a data error, for vertical text)', () => {
  it('leaves a template alone whose vertical-text layouts have horizontal siblings (pandoc\'s "Title and Vertical Text")', () => {
    const layouts = [layout('Title and Content', [ph('title', false), ph('obj', false)]), layout('Title and Vertical Text', [ph('title', false), ph('obj', true)])];
    const result = turnVerticalText(layouts, 'house.pptx');
    expect(result.diagnostics).toEqual([]);
    expect(result.layouts).toEqual(layouts);
  });

  it('turns every body placeholder horizontal, with one warning naming them, when the master makes all of them vertical', () => {
    const layouts = [layout('Title and Content', [ph('title', false), ph('obj', true, 'Content Placeholder 2')]), layout('Two Content', [ph('title', false), ph('obj', true, 'Content Placeholder 2')])];
    const result = turnVerticalText(layouts, 'house.pptx');
    const bodies = result.layouts.flatMap((l) => l.placeholders.filter((p) => p.type === 'obj'));
    expect(bodies.map((p) => [p.body.vertical, p.body.turned])).toEqual([[false, true], [false, true]]);
    expect(result.layouts.map((l) => l.placeholders[0]!.body.turned)).toEqual([undefined, undefined]);
    expect(result.diagnostics).toEqual([expect.objectContaining({
      severity: 'warning',
      rule: 'template-vertical-text',
      file: 'house.pptx',
      message: 'house.pptx: every one of its body, content and subtitle placeholders ("Content Placeholder 2") set vertical text; briefdeck writes its text horizontally in them',
    })]);
  });

  it('turns titles when all are vertical, and a vertical slide number even when others are horizontal', () => {
    const layouts = [layout('A', [ph('title', true), ph('sldNum', true)]), layout('B', [ph('title', true), ph('sldNum', false)])];
    const result = turnVerticalText(layouts, 'house.pptx');
    expect(result.layouts.flatMap((l) => l.placeholders.map((p) => p.body.vertical))).toEqual([false, false, false, false]);
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      'house.pptx: every one of its title placeholders ("title vertical") set vertical text; briefdeck writes its text horizontally in them',
      'house.pptx: its date, footer and slide number placeholders ("sldNum vertical") include ones that set vertical text; briefdeck writes its text horizontally in them',
    ]);
  });
});

import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { PackageParts } from '../../src/pptx/package-parts.js';
import { mapLayouts, LAYOUT_ROLES } from '../../src/template/map-layouts.js';
import { roleOfLayout } from '../../src/template/roles.js';
import { readTemplate } from '../../src/template/read-template.js';
import type { LayoutRole, PlaceholderType, ResolvedPlaceholder, TemplateLayout, TemplateModel } from '../../src/template/types.js';
import { houseTemplates, LIBREOFFICE_TEMPLATES, type HouseTemplates } from '../support/house-templates.js';

let templates: HouseTemplates;
beforeAll(async () => {
  templates = await houseTemplates();
}, 300_000);

function model(path: string): TemplateModel {
  return readTemplate(readFileSync(path), path).value!;
}

/** role → layout name, as the mapping chose it. */
function names(mapping: Record<LayoutRole, { layout: TemplateLayout }>): Record<string, string> {
  return Object.fromEntries(LAYOUT_ROLES.map((role) => [role, mapping[role].layout.name]));
}

describe('mapLayouts on real templates', () => {
  it('maps pandoc\'s reference document (PowerPoint\'s standard layouts) exactly, without warnings', () => {
    for (const path of [templates.pandoc, templates.pandoc43]) {
      const result = mapLayouts(model(path), {}, { file: 'theme.json' });
      expect(result.diagnostics).toEqual([]);
      expect(names(result.value!)).toEqual({ cover: 'Title Slide', section: 'Section Header', content: 'Title and Content', 'two-content': 'Two Content', 'title-only': 'Title Only' });
      expect(LAYOUT_ROLES.every((role) => result.value![role].match === 'exact')).toBe(true);
    }
  });

  // LibreOffice repeats the same layouts on every slide master; the plainest ground decides:
  // Focus's fourth master (small corner triangles), Vivid's third (no footer band), Blueprint_Plans'
  // second (no drawing behind the text), Portfolio's only black one. The cover stays on the first
  // master, the title design, where its text reads there (Vivid, Blueprint_Plans; Focus's title
  // master puts its subtitle over the triangles).
  const PLAINEST_MASTER: Record<(typeof LIBREOFFICE_TEMPLATES)[number], number> = { Focus: 3, Vivid: 2, Portfolio: 0, Blueprint_Plans: 1 };
  const COVER_MASTER: Record<(typeof LIBREOFFICE_TEMPLATES)[number], number> = { Focus: 3, Vivid: 0, Portfolio: 0, Blueprint_Plans: 0 };

  it.each(LIBREOFFICE_TEMPLATES)('maps LibreOffice\'s %s by placeholders, on its plainest slide master, and warns that it has no section header', (name) => {
    const template = model(templates.libreoffice[name]);
    const result = mapLayouts(template, {}, { file: 'theme.json' });
    expect(names(result.value!)).toEqual({ cover: 'Title Slide', section: 'Title Slide', content: 'Title, Content', 'two-content': 'Title, 2 Content', 'title-only': 'Title Only' });
    expect(LAYOUT_ROLES.filter((r) => r !== 'cover' && r !== 'section').every((role) => result.value![role].layout.master === template.masters[PLAINEST_MASTER[name]]!.part)).toBe(true);
    // With no section header layout, sections share the cover's title slide layout.
    expect(result.value!.cover.layout.master).toBe(template.masters[COVER_MASTER[name]]!.part);
    expect(result.value!.section.layout).toBe(result.value!.cover.layout);
    expect(result.value!.section.match).toBe('fallback');
    expect(result.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', rule: 'template-layout-fallback', file: templates.libreoffice[name] })]);
    expect(result.diagnostics[0]!.message).toContain('section slides use the layout "Title Slide"');
    // The hint's example is a slot to fill, not the layout already in use.
    expect(result.diagnostics[0]!.hint).toContain('"layouts": { "section": "…" }');
  });
});

describe('mapLayouts with theme.json overrides', () => {
  const where = { file: 'templates/house/theme.json', locate: (role: string) => (role === 'section' ? { line: 4, column: 16 } : { line: 5, column: 16 }) };

  it('uses a named layout, matching the name without regard to case, on the chosen master', () => {
    const template = model(templates.libreoffice.Focus);
    const result = mapLayouts(template, { section: 'title only' }, where);
    expect(result.value!.section).toMatchObject({ match: 'named', layout: { name: 'Title Only', master: template.masters[3]!.part } });
    expect(result.diagnostics).toEqual([]);
  });

  it('reports an unknown layout name at its place in theme.json with a did-you-mean', () => {
    const result = mapLayouts(model(templates.pandoc), { section: 'Section Heder' }, where);
    expect(result.value).toBeUndefined();
    expect(result.diagnostics).toEqual([expect.objectContaining({
      severity: 'error', rule: 'template-unknown-layout', file: 'templates/house/theme.json', line: 4, column: 16, hint: 'did you mean `Section Header`?',
    })]);
    expect(result.diagnostics[0]!.message).toContain('has no slide layout named "Section Heder"');
  });

  it('lists the layouts when no name is close, and refuses a layout without a title or an unknown role', () => {
    const template = model(templates.pandoc);
    const unknown = mapLayouts(template, { content: 'Zzz' }, where);
    expect(unknown.diagnostics[0]!.hint).toContain('"Title and Content"');
    const blank = mapLayouts(template, { content: 'Blank' }, where);
    expect(blank.diagnostics[0]).toMatchObject({ rule: 'template-layout-no-title', line: 5, column: 16 });
    const role = mapLayouts(template, { contnet: 'Title Only' } as Partial<Record<LayoutRole, string>>, where);
    expect(role.diagnostics[0]).toMatchObject({ rule: 'template-unknown-layout', hint: 'did you mean `content`?' });
  });
});

describe('mapLayouts by geometry', () => {
  const slide = { width: 10, height: 7.5 };

  function ph(type: PlaceholderType, x: number, y: number, w: number, h: number, idx = 0): ResolvedPlaceholder {
    return { type, idx, name: `${type} ${idx}`, box: { x, y, w, h }, body: { insets: { left: 0.1, top: 0.05, right: 0.1, bottom: 0.05 }, anchor: 'top', wrap: true, autofit: 'none', vertical: false }, levels: [] };
  }

  function layoutOf(name: string, placeholders: ResolvedPlaceholder[]): TemplateLayout {
    return { part: `ppt/slideLayouts/${name.replace(/\W/g, '')}.xml`, name, master: 'm1', placeholders };
  }

  function modelOf(layouts: TemplateLayout[]): TemplateModel {
    return {
      source: 'house.potx', slideSize: { ...slide, cx: 9144000, cy: 6858000 }, themes: [], parts: new PackageParts(),
      masters: [{ part: 'm1', name: '', theme: 't', layouts: layouts.map((l) => l.part) }], layouts,
    };
  }

  const title = () => ph('title', 0.5, 0.3, 9, 1);

  it('finds a German template\'s roles without reading the names and without layout types', () => {
    const layouts = [
      layoutOf('Titelfolie', [ph('ctrTitle', 1, 2, 8, 1.5), ph('subTitle', 1, 4, 8, 1, 1)]),
      layoutOf('Vergleich', [title(), ph('body', 0.5, 1.5, 4.4, 0.5, 1), ph('obj', 0.5, 2, 4.4, 4, 2), ph('body', 5.1, 1.5, 4.4, 0.5, 3), ph('obj', 5.1, 2, 4.4, 4, 4)]),
      layoutOf('Abschnittsüberschrift', [ph('title', 0.7, 4.8, 8.5, 1.5), ph('body', 0.7, 3.2, 8.5, 1.5, 1)]),
      layoutOf('Titel und Inhalt', [title(), ph('obj', 0.5, 1.5, 9, 5, 1)]),
      layoutOf('Zwei Inhalte', [title(), ph('obj', 0.5, 1.5, 4.4, 5, 1), ph('obj', 5.1, 1.5, 4.4, 5, 2)]),
      layoutOf('Nur Titel', [title(), ph('sldNum', 7, 7, 2, 0.4, 12)]),
    ];
    const result = mapLayouts(modelOf(layouts), {}, { file: 'theme.json' });
    expect(result.diagnostics).toEqual([]);
    expect(names(result.value!)).toEqual({ cover: 'Titelfolie', section: 'Abschnittsüberschrift', content: 'Titel und Inhalt', 'two-content': 'Zwei Inhalte', 'title-only': 'Nur Titel' });
  });

  it('does not take stacked or very unequal bodies for two columns, and falls back to the content layout with a note', () => {
    const layouts = [
      layoutOf('Cover', [ph('ctrTitle', 1, 2, 8, 1.5)]),
      layoutOf('Content', [title(), ph('body', 0.5, 1.5, 9, 5, 1)]),
      layoutOf('Stacked', [title(), ph('body', 0.5, 1.5, 9, 2.4, 1), ph('body', 0.5, 4, 9, 2.4, 2)]),
      layoutOf('Unequal', [title(), ph('body', 0.5, 1.5, 7, 5, 1), ph('body', 7.6, 1.5, 1.9, 5, 2)]),
    ];
    const result = mapLayouts(modelOf(layouts), {}, { file: 'theme.json' });
    expect(result.value!['two-content']).toMatchObject({ match: 'fallback', layout: { name: 'Content' } });
    expect(result.value!['two-content'].note).toContain('no layout with two content placeholders side by side');
    // No title-only layout either: the content layout, with its note.
    expect(result.value!['title-only']).toMatchObject({ match: 'fallback', layout: { name: 'Content' } });
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      'section slides use the layout "Cover": there is no section header layout (a title and one short text placeholder), so the title slide layout is used',
      expect.stringContaining('two-content slides use the layout "Content"'),
      expect.stringContaining('title-only slides use the layout "Content"'),
    ]);
  });

  it('prefers the slide master whose layouts match more roles', () => {
    const poor = layoutOf('Only', [title(), ph('body', 0.5, 1.5, 9, 5, 1)]);
    const rich = [layoutOf('Cover', [ph('ctrTitle', 1, 2, 8, 1.5)]), layoutOf('Content', [title(), ph('body', 0.5, 1.5, 9, 5, 1)]), layoutOf('Bare', [title()])].map((l) => ({ ...l, master: 'm2' }));
    const template = modelOf([poor, ...rich]);
    template.masters = [{ part: 'm1', name: '', theme: 't', layouts: [poor.part] }, { part: 'm2', name: '', theme: 't', layouts: rich.map((l) => l.part) }];
    const result = mapLayouts(template, {}, { file: 'theme.json' });
    expect(result.value!.content.layout.master).toBe('m2');
    expect(result.value!.cover.layout.name).toBe('Cover');
  });

  it('between masters with the same layouts, prefers the one whose text lies on the plainest ground', () => {
    const onGround = (master: string, plainShare?: number) =>
      [layoutOf('Cover', [ph('ctrTitle', 1, 2, 8, 1.5)]), layoutOf('Content', [title(), ph('body', 0.5, 1.5, 9, 5, 1)]), layoutOf('Bare', [title()])].map((l) => ({
        ...l, part: `${master}-${l.part}`, master,
        placeholders: l.placeholders.map((p) => ({ ...p, backdrop: { colours: ['FFFFFF', 'E8A202'], known: true, ...(plainShare !== undefined ? { plainShare } : {}) } })),
      }));
    const decorated = onGround('m1', 0.6);
    const plain = onGround('m2');
    const template = modelOf([...decorated, ...plain]);
    template.masters = [{ part: 'm1', name: '', theme: 't', layouts: decorated.map((l) => l.part) }, { part: 'm2', name: '', theme: 't', layouts: plain.map((l) => l.part) }];
    expect(mapLayouts(template, {}, { file: 'theme.json' }).value!.content.layout.master).toBe('m2');
    // The cover stays on the first master, the title design, unless its text would not read there.
    const readable = (colour: string) => ({ marginLeftPt: 0, indentPt: 0, lineSpacing: { kind: 'multiple', value: 1 }, spaceBefore: { kind: 'points', value: 0 }, spaceAfter: { kind: 'points', value: 0 }, align: 'left', bullet: false, run: { font: { latin: 'Arial', ea: '', cs: '' }, sizePt: 40, bold: false, italic: false, color: colour } }) as ResolvedPlaceholder['levels'][number];
    const coverOn = (colour: string) => { template.layouts = [...decorated.map((l) => (l.name === 'Cover' ? { ...l, placeholders: l.placeholders.map((p) => ({ ...p, levels: [readable(colour)], backdrop: { colours: ['FFFFFF'], known: true } })) } : l)), ...plain]; return mapLayouts(template, {}, { file: 'theme.json' }).value!.cover.layout.master; };
    expect(coverOn('1F3A5F')).toBe('m1');
    expect(coverOn('FFFFFF')).toBe('m2');
    // With a marking banner to place, a master whose layouts leave it a free strip wins over a plainer one.
    // m2's titles touch the top edge and its bodies reach the bottom one; m1's layouts leave 0.5 in above.
    template.layouts = [...decorated, ...plain.map((l) => ({ ...l, placeholders: l.placeholders.map((p) => (p.type === 'title' ? { ...p, box: { ...p.box, y: 0.02 } } : { ...p, box: { ...p.box, h: 7.45 - p.box.y } })) }))];
    template.layouts = template.layouts.map((l) => (l.master === 'm1' ? { ...l, placeholders: l.placeholders.map((p) => ({ ...p, box: { ...p.box, y: Math.max(p.box.y, 0.5) } })) } : l));
    expect(mapLayouts(template, {}, { file: 'theme.json' }).value!.content.layout.master).toBe('m2');
    expect(mapLayouts(template, {}, { file: 'theme.json' }, { markingRoom: 0.32 }).value!.content.layout.master).toBe('m1');
    // More exact matches still win over a plainer ground.
    template.layouts = [...decorated, ...plain.filter((l) => l.name !== 'Bare')];
    expect(mapLayouts(template, {}, { file: 'theme.json' }).value!.content.layout.master).toBe('m1');
  });
});

describe('roleOfLayout', () => {
  it('puts each briefdeck slide layout on its role', () => {
    expect(roleOfLayout('title')).toBe('cover');
    expect(roleOfLayout('section')).toBe('section');
    expect(['bullets', 'quote', 'sources'].map((k) => roleOfLayout(k as 'bullets'))).toEqual(['content', 'content', 'content']);
    expect(roleOfLayout('two-column')).toBe('two-content');
    expect(['table', 'chart', 'key-figures', 'timeline', 'image'].map((k) => roleOfLayout(k as 'table'))).toEqual(Array(5).fill('title-only'));
  });
});

import { readFileSync } from 'node:fs';
import { unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolvePartName } from '../../src/template/package-relationships.js';
import { readTemplate } from '../../src/template/read-template.js';
import { themeRefs } from '../../src/pptx/template/theme-refs.js';
import type { TemplateLayout, TemplateModel } from '../../src/template/types.js';
import { houseTemplates, type HouseTemplates } from '../support/house-templates.js';
import { compoundFile } from '../support/compound-file.js';

let templates: HouseTemplates;
beforeAll(async () => {
  templates = await houseTemplates();
}, 300_000);

function read(path: string): TemplateModel {
  const result = readTemplate(readFileSync(path), path);
  expect(result.diagnostics).toEqual([]);
  return result.value!;
}

function layout(model: TemplateModel, name: string): TemplateLayout {
  const found = model.layouts.find((l) => l.name === name);
  if (found === undefined) throw new Error(`no layout ${name}`);
  return found;
}

const EMU = 914400;

describe('readTemplate on pandoc\'s reference document (PowerPoint-made, 16:9)', () => {
  it('reads the slide size, the master, its theme and its eleven layouts in order', () => {
    const model = read(templates.pandoc);
    expect(model.slideSize).toEqual({ width: 10, height: 5.625, cx: 9144000, cy: 5143500 });
    expect(model.masters).toHaveLength(1);
    expect(model.masters[0]!.theme).toBe('ppt/theme/theme1.xml');
    expect(model.layouts.map((l) => l.name)).toEqual([
      'Title Slide', 'Title and Content', 'Section Header', 'Two Content', 'Comparison', 'Title Only', 'Blank',
      'Content with Caption', 'Picture with Caption', 'Title and Vertical Text', 'Vertical Title and Text',
    ]);
    expect(layout(model, 'Section Header').type).toBe('secHead');
    expect(model.themes[0]).toMatchObject({ name: 'Office Theme', majorFont: { latin: 'Calibri' }, minorFont: { latin: 'Calibri' } });
    expect(model.themes[0]!.colors.tx1).toBe('000000');
    expect(model.themes[0]!.colors.bg1).toBe('FFFFFF');
  });

  it('resolves the centred title: its own box on the layout, 33 pt major font and tx1 from the master\'s titleStyle', () => {
    const title = layout(read(templates.pandoc), 'Title Slide').placeholders.find((p) => p.type === 'ctrTitle')!;
    // slideLayout1.xml: <a:off x="685800" y="1597819"/><a:ext cx="7772400" cy="1102519"/>
    expect(title.box).toEqual({ x: 685800 / EMU, y: 1597819 / EMU, w: 7772400 / EMU, h: 1102519 / EMU });
    // slideMaster1.xml titleStyle lvl1pPr: algn="ctr", sz="3300", +mj-lt, schemeClr tx1; master bodyPr anchor="ctr", normAutofit.
    expect(title.levels[0]!.run).toEqual({ font: { latin: 'Calibri', ea: '', cs: '' }, fontRef: 'major', sizePt: 33, bold: false, italic: false, color: '000000', colorRef: 'tx1' });
    expect(title.levels[0]!.align).toBe('center');
    expect(title.levels[0]!.bullet).toBe(false);
    expect(title.body).toEqual({ insets: { left: 0.1, top: 0.05, right: 0.1, bottom: 0.05 }, anchor: 'middle', wrap: true, autofit: 'shrink', vertical: false });
  });

  it('inherits the box from the master when the layout placeholder has none, and the body levels from bodyStyle', () => {
    const content = layout(read(templates.pandoc), 'Title and Content');
    const title = content.placeholders.find((p) => p.type === 'title')!;
    // slideMaster1.xml title: <a:off x="457200" y="205979"/><a:ext cx="8229600" cy="857250"/>
    expect(title.box).toEqual({ x: 0.5, y: 205979 / EMU, w: 9, h: 857250 / EMU });
    const body = content.placeholders.find((p) => p.type === 'obj')!;
    expect(body.idx).toBe(1);
    expect(body.name).toBe('Content Placeholder 2');
    // bodyStyle lvl1pPr marL="342900" indent="-342900", spcBef spcPct 20000, buChar, sz 2400; lvl2 marL 685800, sz 2100.
    expect(body.levels[0]).toMatchObject({ marginLeftPt: 27, indentPt: -27, spaceBefore: { kind: 'lines', value: 0.2 }, lineSpacing: { kind: 'multiple', value: 1 }, bullet: true, align: 'left' });
    expect(body.levels[0]!.run).toMatchObject({ sizePt: 24, fontRef: 'minor', font: { latin: 'Calibri' } });
    expect(body.levels[1]).toMatchObject({ marginLeftPt: 54, run: { sizePt: 21 } });
    expect(body.levels).toHaveLength(9);
    expect(body.body.anchor).toBe('top');
  });

  it('applies the layout\'s list style over the master: the subtitle is centred, unbulleted and tx1 tinted 75 %', () => {
    const subtitle = layout(read(templates.pandoc), 'Title Slide').placeholders.find((p) => p.type === 'subTitle')!;
    expect(subtitle.levels[0]).toMatchObject({ align: 'center', bullet: false, marginLeftPt: 0 });
    // <a:schemeClr val="tx1"><a:tint val="75000"/></a:schemeClr> on black: 25 % of the way to white.
    expect(subtitle.levels[0]!.run.color).toBe('404040');
    expect(subtitle.levels[0]!.run.colorRef).toBe('tx1');
  });

  it('reads the section header\'s own anchors, sizes and capitals and marks vertical text', () => {
    const model = read(templates.pandoc);
    const section = layout(model, 'Section Header');
    expect(section.placeholders.find((p) => p.type === 'title')!.body.anchor).toBe('top');
    expect(section.placeholders.find((p) => p.type === 'body')!.body.anchor).toBe('bottom');
    // slideLayout3.xml title lstStyle: <a:defRPr sz="3000" b="1" cap="all"/>: shown in capitals.
    expect(section.placeholders.find((p) => p.type === 'title')!.levels[0]!.run).toMatchObject({ sizePt: 30, bold: true, caps: 'all' });
    const vertical = layout(model, 'Title and Vertical Text').placeholders.find((p) => p.type === 'body')!;
    expect(vertical.body.vertical).toBe(true);
  });

  it('resolves the background through bgRef to the theme (bg1 = white) and the footer placeholders from otherStyle', () => {
    const content = layout(read(templates.pandoc), 'Title and Content');
    expect(content.background).toBe('FFFFFF');
    const number = content.placeholders.find((p) => p.type === 'sldNum')!;
    expect(number.levels[0]).toMatchObject({ align: 'right', run: { sizePt: 9 } });
  });

  it('carries masters, layouts, the master\'s theme and their relationships, nothing else', () => {
    const model = read(templates.pandoc);
    const names = model.parts.names();
    expect(names.filter((n) => n.startsWith('ppt/slideLayouts/slideLayout') && n.endsWith('.xml'))).toHaveLength(11);
    expect(names).toContain('ppt/slideMasters/slideMaster1.xml');
    expect(names).toContain('ppt/slideMasters/_rels/slideMaster1.xml.rels');
    expect(names).toContain('ppt/theme/theme1.xml');
    // theme2 belongs to the notes master, which is not carried.
    expect(names.filter((n) => /slides\/|notes|handout|presentation\.xml|docProps|Content_Types|theme2/.test(n))).toEqual([]);
    expect(model.contentTypes!.get('ppt/slideMasters/slideMaster1.xml')).toBe('application/vnd.openxmlformats-officedocument.presentationml.slideMaster+xml');
    expect(model.contentTypes!.get('ppt/theme/theme1.xml')).toBe('application/vnd.openxmlformats-officedocument.theme+xml');
    expect([...model.contentTypes!.keys()].sort()).toEqual(names.sort());
  });

  it('reads the 4:3 copy with its own slide size and scaled boxes', () => {
    const model = read(templates.pandoc43);
    expect(model.slideSize).toMatchObject({ width: 10, height: 7.5, cx: 9144000, cy: 6858000 });
    const title = layout(model, 'Title and Content').placeholders.find((p) => p.type === 'title')!;
    expect(title.box.y).toBeCloseTo((205979 * 7.5) / 5.625 / EMU, 4);
    expect(title.box.h).toBeCloseTo((857250 * 7.5) / 5.625 / EMU, 4);
  });
});

describe('readTemplate on a template whose layouts turn the colour map round (p:clrMapOvr)', () => {
  /** pandoc's reference with every layout mapping bg1 to dk1 and tx1 to lt1: light text on black slides. */
  function inverted(): Uint8Array {
    const files = unzipSync(readFileSync(templates.pandoc));
    const map = '<p:clrMapOvr><a:overrideClrMapping bg1="dk1" tx1="lt1" bg2="dk2" tx2="lt2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/></p:clrMapOvr>';
    for (const name of Object.keys(files).filter((n) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(n))) {
      const xml = new TextDecoder().decode(files[name]).replace(/<p:clrMapOvr>[\s\S]*?<\/p:clrMapOvr>/, '');
      files[name] = new TextEncoder().encode(xml.replace('</p:cSld>', `</p:cSld>${map}`));
    }
    return zipSync(files);
  }

  it('sees the black ground the override makes, says the maps differ, and the writer names no map-dependent colour', () => {
    const result = readTemplate(inverted(), 'inverted.pptx');
    const model = result.value!;
    expect(model.colorMapsDiffer).toBe(true);
    const content = layout(model, 'Title and Content');
    expect(content.background).toBe('000000');
    expect(content.placeholders.find((p) => p.type === 'title')!.levels[0]!.run.color).toBe('FFFFFF');
    const refs = themeRefs(model);
    expect(refs.colour('FFFFFF')).toBe('FFFFFF');
    expect(refs.colour('000000')).toBe('000000');
    expect(refs.colour(model.themes[0]!.colors.accent1!)).toBe('accent1');
    // pandoc's own reference maps colours one way everywhere: tx1 and bg1 are written as such.
    const plain = read(templates.pandoc);
    expect(plain.colorMapsDiffer).toBeUndefined();
    expect(themeRefs(plain).colour('000000')).toBe('tx1');
  });
});

describe('the parts a template carries', () => {
  it('are closed under their relationships: every internal target is carried too', async () => {
    for (const path of [templates.pandoc, ...Object.values(templates.libreoffice)]) {
      const model = read(path);
      for (const name of model.parts.names().filter((n) => n.endsWith('.rels'))) {
        const source = name.replace('_rels/', '').replace(/\.rels$/, '');
        const targets = [...model.parts.text(name).matchAll(/Target="([^"]+)"(?![^>]*TargetMode="External")/g)].map((m) => resolvePartName(source, m[1]!));
        for (const target of targets) expect(model.parts.has(target), `${path}: ${name} → ${target}`).toBe(true);
      }
    }
  });
});

describe('readTemplate on LibreOffice\'s Impress templates converted to .pptx', () => {
  it('reads Focus: 28 × 15.75 cm, four masters of twelve LibreOffice layouts each', () => {
    const model = read(templates.libreoffice.Focus);
    expect(model.slideSize.width * 2.54).toBeCloseTo(28, 1);
    expect(model.slideSize.height * 2.54).toBeCloseTo(15.75, 1);
    expect(model.masters).toHaveLength(4);
    expect(model.masters.every((m) => m.layouts.length === 12)).toBe(true);
    expect(model.layouts.slice(0, 12).map((l) => l.name)).toContain('Title, Content');
    expect(model.layouts.slice(0, 12).map((l) => l.name)).toContain('Title, 2 Content');
    expect(model.parts.names().some((n) => n.startsWith('ppt/slides/'))).toBe(false);
  });

  it('takes LibreOffice\'s text styles from the prompt paragraphs, as it writes no p:txStyles', () => {
    const model = read(templates.libreoffice.Vivid);
    // slideMaster1.xml title prompt: <a:rPr b="0" sz="6000"><a:srgbClr val="04617b"/><a:latin typeface="Source Sans Pro Light"/>
    const masterTitle = model.layouts.find((l) => l.master === 'ppt/slideMasters/slideMaster1.xml' && l.placeholders.some((p) => p.type === 'title'))!;
    const title = masterTitle.placeholders.find((p) => p.type === 'title')!;
    expect(title.levels[0]!.run.font.latin).toBe('Source Sans Pro Light');
    expect(title.levels[0]!.run.fontRef).toBeUndefined();
    expect(title.body.insets).toEqual({ left: 0, top: 0, right: 0, bottom: 0 });
    // Renderers do not inherit prompt formatting: the writer is told to write it on the slides.
    expect(model.masters.map((m) => m.inheritsTextStyles)).toEqual([false, false, false]);
    expect(read(templates.pandoc).masters[0]!.inheritsTextStyles).toBe(true);
  });

  it('finds Portfolio\'s black background and no colour for Blueprint_Plans\' picture background, whose image it carries', () => {
    expect(read(templates.libreoffice.Portfolio).layouts[0]!.background).toBe('000000');
    const blueprint = read(templates.libreoffice.Blueprint_Plans);
    expect(blueprint.layouts[0]!.background).toBeUndefined();
    const media = blueprint.parts.names().filter((n) => n.startsWith('ppt/media/'));
    expect(media.length).toBeGreaterThan(0);
    expect(media.every((n) => blueprint.contentTypes!.get(n)!.startsWith('image/'))).toBe(true);
  });
});

describe('readTemplate on bad templates', () => {
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();

  /** pandoc's reference with parts edited (a function of the part's text) or removed (null). */
  function edited(edits: Record<string, ((text: string) => string) | null>): Uint8Array {
    const files = unzipSync(readFileSync(templates.pandoc));
    for (const [name, edit] of Object.entries(edits)) {
      if (edit === null) delete files[name];
      else files[name] = encoder.encode(edit(decoder.decode(files[name])));
    }
    return zipSync(files);
  }

  function errorsOf(bytes: Uint8Array): Array<{ rule: string; message: string; file?: string }> {
    const result = readTemplate(bytes, 'house.potx');
    expect(result.value).toBeUndefined();
    return result.diagnostics.filter((d) => d.severity === 'error').map(({ rule, message, file }) => ({ rule, message, file }));
  }


  it('names broken links of the master: a relationship to a missing part, a picture naming no relationship', () => {
    const picture = '<p:pic><p:nvPicPr><p:cNvPr id="90" name="Logo"/><p:cNvPicPr/><p:nvPr/></p:nvPicPr><p:blipFill><a:blip r:embed="rIdNope"/></p:blipFill><p:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="914400" cy="914400"/></a:xfrm></p:spPr></p:pic>';
    const missing = edited({ 'ppt/slideMasters/_rels/slideMaster1.xml.rels': (t) => t.replace('</Relationships>', '<Relationship Id="rId98" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="../media/missing.png"/></Relationships>') });
    expect(errorsOf(missing)).toEqual([{ rule: 'template-missing-part', file: 'house.potx', message: 'house.potx: ppt/slideMasters/slideMaster1.xml: its relationship rId98 points to ppt/media/missing.png, which the file does not contain' }]);
    const nowhere = edited({ 'ppt/slideMasters/slideMaster1.xml': (t) => t.replace('</p:grpSpPr>', `</p:grpSpPr>${picture}`) });
    expect(errorsOf(nowhere)).toEqual([{ rule: 'template-missing-part', file: 'house.potx', message: 'house.potx: ppt/slideMasters/slideMaster1.xml: r:embed="rIdNope" names a relationship the part does not have' }]);
  });

  it('refuses, naming part and shape, content the schema rejects that a deck would carry: a gradient without stops, a font size under 1 pt', () => {
    const gradient = edited({ 'ppt/slideMasters/slideMaster1.xml': (t) => t.replace(/<p:bg>.*?<\/p:bg>/s, '<p:bg><p:bgPr><a:gradFill><a:gsLst/><a:lin ang="5400000"/></a:gradFill><a:effectLst/></p:bgPr></p:bg>') });
    expect(errorsOf(gradient)).toEqual([{ rule: 'template-invalid-part', file: 'house.potx', message: 'house.potx: ppt/slideMasters/slideMaster1.xml: in the background: <a:gsLst> has no gradient stops (<a:gs>); the schema requires at least 2 (CT_GradientStopList)' }]);
    const size = edited({ 'ppt/slideLayouts/slideLayout2.xml': (t) => t.replace('<p:txBody>', '<p:txBody><a:bodyPr/><a:lstStyle><a:lvl1pPr><a:defRPr sz="50"/></a:lvl1pPr></a:lstStyle>').replace(/(<a:lstStyle>.*?<\/a:lstStyle>)<a:bodyPr\/><a:lstStyle\/>/s, '$1') });
    expect(errorsOf(size).map((e) => e.message)).toContain('house.potx: ppt/slideLayouts/slideLayout2.xml: <a:defRPr sz="50"> is outside 100–400000 (ST_TextFontSize)');
  });

  it('moves a placeholder dragged off the slide back onto it, at its own size', () => {
    const bytes = edited({ 'ppt/slideMasters/slideMaster1.xml': (t) => t.replace('<a:off x="457200" y="205979"/>', '<a:off x="457200" y="-600000"/>') });
    const result = readTemplate(bytes, 'house.potx');
    const title = result.value!.layouts.find((l) => l.name === 'Title and Content')!.placeholders.find((p) => p.type === 'title')!;
    expect(title.box).toEqual({ x: 0.5, y: 0, w: 9, h: 857250 / EMU });
    expect(title.templateBox).toEqual({ x: 0.5, y: -600000 / EMU, w: 9, h: 857250 / EMU });
    expect(result.diagnostics.map((d) => [d.severity, d.rule])).toEqual([['warning', 'template-placeholder-off-slide']]);
  });

  it('uses body placeholders the master makes vertical, turned horizontal with a warning, instead of none', () => {
    const bytes = edited({ 'ppt/slideMasters/slideMaster1.xml': (t) => t.replace(/(<p:ph type="body" idx="1"\/>[\s\S]*?<a:bodyPr[^>]*?)vert="horz"/, '$1vert="vert"') });
    const result = readTemplate(bytes, 'house.potx');
    expect(result.diagnostics.map((d) => [d.severity, d.rule])).toEqual([['warning', 'template-vertical-text']]);
    const body = result.value!.layouts.find((l) => l.name === 'Title and Content')!.placeholders.find((p) => p.type === 'obj')!;
    expect(body.body).toMatchObject({ vertical: false, turned: true });
  });

  it('says a text file is not a zip package', () => {
    const [error] = errorsOf(encoder.encode('just some text'));
    expect(error).toMatchObject({ rule: 'template-not-zip', file: 'house.potx' });
    expect(error!.message).toContain('house.potx is not a PowerPoint file');
  });

  it('says an empty file is empty', () => {
    const [error] = errorsOf(new Uint8Array());
    expect(error).toMatchObject({ rule: 'template-not-zip', file: 'house.potx', message: 'house.potx is empty (0 bytes)' });
  });

  it('says a truncated zip is damaged', () => {
    const bytes = readFileSync(templates.pandoc);
    expect(errorsOf(bytes.subarray(0, 2000))[0]!.rule).toBe('template-not-zip');
  });

  it('tells an encrypted file and a legacy .ppt apart by their compound-file streams', () => {
    expect(errorsOf(compoundFile('EncryptionInfo'))[0]).toMatchObject({ rule: 'template-encrypted' });
    expect(errorsOf(compoundFile('PowerPoint Document'))[0]!.message).toContain('PowerPoint 97–2003 file (.ppt)');
    expect(errorsOf(compoundFile('Something'))[0]!.message).toContain('is encrypted or a legacy .ppt; save it as .pptx/.potx');
  });

  it('says a Word document is not a presentation', () => {
    const docx = zipSync({
      '[Content_Types].xml': encoder.encode('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
      '_rels/.rels': encoder.encode('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
      'word/document.xml': encoder.encode('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'),
    });
    const [error] = errorsOf(docx);
    expect(error).toMatchObject({ rule: 'template-not-presentation' });
    expect(error!.message).toContain('is a Word document');
  });

  it('names a missing slide layout and a missing theme', () => {
    const errors = errorsOf(edited({ 'ppt/slideLayouts/slideLayout3.xml': null, 'ppt/theme/theme1.xml': null }));
    expect(errors.map((e) => e.rule)).toEqual(['template-missing-part']);
    expect(errors[0]!.message).toContain('ppt/theme/theme1.xml');
    const layoutErrors = errorsOf(edited({ 'ppt/slideLayouts/slideLayout3.xml': null }));
    expect(layoutErrors[0]!.message).toBe('house.potx is missing a slide layout of ppt/slideMasters/slideMaster1.xml (ppt/slideLayouts/slideLayout3.xml)');
  });

  it('names a missing slide master', () => {
    const [error] = errorsOf(edited({ 'ppt/slideMasters/slideMaster1.xml': null }));
    expect(error).toMatchObject({ rule: 'template-missing-part', message: 'house.potx is missing a slide master (ppt/slideMasters/slideMaster1.xml)' });
  });

  it('says when presentation.xml lists no slide master, or one its relationships do not name', () => {
    const noMasters = errorsOf(edited({ 'ppt/presentation.xml': (text) => text.replace(/<p:sldMasterIdLst>.*?<\/p:sldMasterIdLst>/, '') }));
    expect(noMasters).toEqual([{ rule: 'template-no-masters', file: 'house.potx', message: 'house.potx has no slide master (presentation.xml lists none)' }]);
    const dangling = errorsOf(edited({ 'ppt/presentation.xml': (text) => text.replace(/(<p:sldMasterId [^>]*r:id=")[^"]+"/, '$1rId99"') }));
    expect(dangling[0]!.rule).toBe('template-missing-part');
    expect(dangling[0]!.message).toContain('lists a slide master (relationship rId99) that its relationships do not name');
  });

  it('says an Excel workbook is not a presentation either', () => {
    const xlsx = zipSync({
      '[Content_Types].xml': encoder.encode('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>'),
      '_rels/.rels': encoder.encode('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
      'xl/workbook.xml': encoder.encode('<workbook/>'),
    });
    expect(errorsOf(xlsx)[0]!.message).toBe('house.potx is an Excel workbook: it has no presentation part');
    // A zip that is no Office package at all.
    expect(errorsOf(zipSync({ 'readme.txt': encoder.encode('hello') }))[0]).toMatchObject({ rule: 'template-not-presentation', message: expect.stringContaining('is a zip file but not a PowerPoint file') });
  });

  it('refuses Strict Open XML, whose namespaces a deck cannot carry', () => {
    const strict = edited({ '_rels/.rels': (text) => text.replaceAll('http://schemas.openxmlformats.org/officeDocument/2006/relationships/', 'http://purl.oclc.org/ooxml/officeDocument/relationships/') });
    expect(errorsOf(strict)[0]).toMatchObject({ rule: 'template-not-presentation', message: 'house.potx is saved as Strict Open XML, which briefdeck cannot build on' });
  });

  it('gives the part, line and column of XML that is not well-formed', () => {
    const [error] = errorsOf(edited({ 'ppt/slideLayouts/slideLayout2.xml': (text) => text.replace('</p:cSld>', '</p:cSl>') }));
    expect(error!.rule).toBe('template-bad-xml');
    expect(error!.message).toMatch(/^house\.potx: ppt\/slideLayouts\/slideLayout2\.xml \(a slide layout of ppt\/slideMasters\/slideMaster1\.xml\) is not well-formed XML at line \d+, column \d+/);
  });

  it('refuses a template none of whose layouts has a title placeholder', () => {
    const untitled = (text: string) => text.replace(/type="(ctrTitle|title)"/g, 'type="body"');
    const edits: Record<string, (text: string) => string> = { 'ppt/slideMasters/slideMaster1.xml': untitled };
    for (let i = 1; i <= 11; i += 1) edits[`ppt/slideLayouts/slideLayout${i}.xml`] = untitled;
    const [error] = errorsOf(edited(edits));
    expect(error!.rule).toBe('template-no-title-layout');
    expect(error!.message).toContain('has no slide layout with a title placeholder');
  });

  it('finds a master\'s layouts through its relationships when it has no layout list', () => {
    const bytes = edited({ 'ppt/slideMasters/slideMaster1.xml': (text) => text.replace(/<p:sldLayoutIdLst>.*?<\/p:sldLayoutIdLst>/, '') });
    const result = readTemplate(bytes, 'house.potx');
    expect(result.diagnostics).toEqual([]);
    expect(result.value!.layouts).toHaveLength(11);
  });

  it('accepts a .potx: the template content type of the main part', () => {
    const potx = edited({
      '[Content_Types].xml': (text) => text.replace('presentationml.presentation.main+xml', 'presentationml.template.main+xml'),
    });
    const result = readTemplate(potx, 'house.potx');
    expect(result.diagnostics).toEqual([]);
    expect(result.value!.layouts).toHaveLength(11);
  });
});

describe('readTemplate limits', () => {
  it('refuses a package that unzips to more than the limit before inflating it', () => {
    const bytes = readFileSync(templates.pandoc);
    const result = readTemplate(bytes, 'house.potx', { maxUnpackedBytes: 50_000 });
    expect(result.value).toBeUndefined();
    expect(result.diagnostics).toEqual([expect.objectContaining({ rule: 'template-too-large', file: 'house.potx' })]);
    expect(result.diagnostics[0]!.message).toMatch(/^house\.potx unpacks to \d+\.\d MB; the limit is 0\.0 MB$/);
  });
});

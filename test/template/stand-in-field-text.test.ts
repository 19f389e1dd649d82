import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBrief } from '../../src/build-brief.js';
import { readTemplate } from '../../src/template/read-template.js';
import { removeStandInText, withoutStandInFieldText } from '../../src/template/stand-in-field-text.js';
import type { TemplateBox, TemplateModel } from '../../src/template/types.js';
import { houseTemplates } from '../support/house-templates.js';

const EMU = 914400;
const at = (b: TemplateBox) => `<a:xfrm><a:off x="${Math.round(b.x * EMU)}" y="${Math.round(b.y * EMU)}"/><a:ext cx="${Math.round(b.w * EMU)}" cy="${Math.round(b.h * EMU)}"/></a:xfrm>`;
const run = (text: string) => `<a:r><a:rPr lang="en-US" sz="1400"/><a:t>${text}</a:t></a:r>`;
const slideNumber = '<a:fld id="{84689478-7586-42B6-9098-EB8EBF0FCDEE}" type="slidenum"><a:rPr lang="en-US"/><a:t>&lt;number&gt;</a:t></a:fld>';
/** A text box as LibreOffice writes one on Lights' masters: no placeholder, one paragraph. */
const textBox = (box: TemplateBox, body: string) =>
  `<p:sp><p:nvSpPr><p:cNvPr id="55" name=""/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr><p:spPr>${at(box)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr><p:txBody><a:bodyPr/><a:p>${body}<a:endParaRPr lang="en-US"/></a:p></p:txBody></p:sp>`;
const placeholder = (type: string, box: TemplateBox, body: string) =>
  `<p:sp><p:nvSpPr><p:cNvPr id="70" name="PlaceHolder"/><p:cNvSpPr/><p:nvPr><p:ph type="${type}" idx="4"/></p:nvPr></p:nvSpPr><p:spPr>${at(box)}</p:spPr><p:txBody><a:bodyPr/><a:p>${body}</a:p></p:txBody></p:sp>`;
const tree = (shapes: string) => `<p:sldMaster><p:cSld><p:spTree>${shapes}</p:spTree></p:cSld></p:sldMaster>`;

// Lights' master 2: date and number placeholders at the bottom corners, text boxes over them.
const dateBox = { x: 0.2, y: 5.61, w: 2.56, h: 0.43 };
const numberBox = { x: 8.27, y: 5.61, w: 2.56, h: 0.43 };
const placeholders = [
  { type: 'dt', box: dateBox },
  { type: 'sldNum', box: numberBox },
];
const texts = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]);

describe('removeStandInText', () => {
  it('empties a text box holding LibreOffice\'s literal date prompt, wherever it lies', () => {
    const xml = tree(textBox(dateBox, run('&lt;date/time&gt;')) + textBox({ x: 4, y: 1, w: 2, h: 1 }, run('&lt;Datum/Uhrzeit&gt;')));
    const out = removeStandInText(xml, placeholders);
    expect(texts(out)).toEqual([]);
    // The boxes stay, empty: the master keeps every shape.
    expect(out.match(/<p:sp>/g)).toHaveLength(2);
    expect(out).toContain('<a:p><a:endParaRPr lang="en-US"/></a:p>');
  });

  it('empties a slide-number field box over the number placeholder, keeps one with no placeholder under it', () => {
    const over = removeStandInText(tree(textBox(numberBox, slideNumber)), placeholders);
    expect(over).not.toContain('slidenum');
    // Midnightblue: the number in a circle of its own, no number placeholder anywhere.
    const alone = tree(textBox({ x: 5, y: 5.6, w: 0.5, h: 0.4 }, slideNumber));
    expect(removeStandInText(alone, placeholders)).toBe(alone);
  });

  it('keeps boxes with other text, the placeholders\' own prompts, and shapes in groups', () => {
    const xml = tree(
      textBox(numberBox, run('Page ') + slideNumber) +
        textBox(dateBox, run('&lt;b&gt;bold&lt;/b&gt; news')) +
        placeholder('dt', dateBox, run('&lt;date/time&gt;')) +
        `<p:grpSp><p:nvGrpSpPr/>${textBox(dateBox, run('&lt;date/time&gt;'))}</p:grpSp>`,
    );
    expect(removeStandInText(xml, placeholders)).toBe(xml);
  });
});

describe('a house template whose master draws a date prompt and a slide number in text boxes (LibreOffice\'s Lights)', () => {
  let model: TemplateModel;
  let cleanMaster: string;
  beforeAll(async () => {
    const pandoc = (await houseTemplates()).pandoc;
    const original = readTemplate(readFileSync(pandoc), pandoc).value!;
    const master = original.masters[0]!.part;
    const layout = original.layouts.find((l) => l.master === master && l.placeholders.some((p) => p.type === 'sldNum'))!;
    const box = (type: string) => layout.placeholders.find((p) => p.type === type)!.box;
    const files = unzipSync(readFileSync(pandoc));
    cleanMaster = strFromU8(files[master]!);
    files[master] = strToU8(cleanMaster.replace('</p:spTree>', `${textBox(box('dt'), run('&lt;date/time&gt;'))}${textBox(box('sldNum'), slideNumber)}</p:spTree>`));
    model = readTemplate(zipSync(files), 'lights-like.pptx').value!;
  }, 300_000);

  it('is left as it is when no master or layout has such a box', async () => {
    const pandoc = (await houseTemplates()).pandoc;
    const original = readTemplate(readFileSync(pandoc), pandoc).value!;
    expect(withoutStandInFieldText(original)).toBe(original);
  });

  it('builds a deck whose master keeps both boxes but draws neither text on any slide', async () => {
    const built = await buildBrief({ data: 'data/istanbul-2025-06-02.yaml', reference: model });
    const parts = unzipSync(built.bytes);
    const master = strFromU8(parts[model.masters[0]!.part]!);
    expect(master).not.toContain('&lt;date/time&gt;');
    const free = (master.match(/<p:sp>[\s\S]*?<\/p:sp>/g) ?? []).filter((sp) => !sp.includes('<p:ph'));
    expect(free.filter((sp) => sp.includes('slidenum'))).toEqual([]);
    expect(free.filter((sp) => sp.includes('txBox="1"') && sp.includes('name=""'))).toHaveLength(2);
    // The slides still carry their date and number in the layout's placeholders.
    const slide2 = strFromU8(parts['ppt/slides/slide2.xml']!);
    expect(slide2).toMatch(/<p:ph type="sldNum"[\s\S]*?type="slidenum"/);
    expect(slide2).toMatch(/<p:ph type="dt"/);
  });
});

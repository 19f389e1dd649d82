import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildRawPptx } from '../../src/pptx/build-raw.js';
import { fixChartSchema } from '../../src/pptx/fixes/chart-schema.js';
import { dropMissingOverrides } from '../../src/pptx/fixes/content-types.js';
import { w3cdtf } from '../../src/pptx/fixes/document-dates.js';
import { fixParagraph, fixParagraphsIn } from '../../src/pptx/fixes/paragraphs.js';
import { orderPresentation } from '../../src/pptx/fixes/presentation-order.js';
import { normalisePackage } from '../../src/pptx/normalise-package.js';
import { PackageParts } from '../../src/pptx/package-parts.js';
import { fixtureDeck, loadFixtureImage } from '../fixtures/laid-out-deck.js';
import { part, validate, writeOut, xmlParts } from './helpers.js';

const ctx = { createdIso: '2025-06-02T09:00:00Z', lang: 'en-GB' };

function partsOf(files: Record<string, string>): PackageParts {
  return PackageParts.fromZip(zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)]))));
}

describe('normalisePackage', () => {
  it('turns the raw pptxgenjs package the validator rejects into one it accepts', async () => {
    const raw = await buildRawPptx(fixtureDeck(), loadFixtureImage);
    // The raw package is invalid on purpose; it is not a writePptx result, so the lint after this file skips it.
    const before = validate(writeOut('raw/test-raw.pptx', raw));
    const after = validate(writeOut('test-normalised.pptx', normalisePackage(raw, ctx)));
    if (before === undefined || after === undefined) return;
    // The defects of DESIGN §3 this stage exists for; if pptxgenjs fixes one, its fix may go.
    expect(before.output).toContain("Override for '/ppt/slideMasters/slideMaster2.xml' but the package has no such part");
    expect(before.output).toContain("ppt/presentation.xml: line 2: Element 'p:notesMasterIdLst': This element is not expected.");
    expect(before.output).toContain("Element 'a:pPr': This element is not expected. Expected is ( a:endParaRPr ).");
    expect(before.output).toContain("ppt/charts/chart1.xml: line 25: Element 'c:axId': This element is not expected.");
    expect(before.output).toContain("Element 'c:varyColors': This element is not expected. Expected is ( c:grouping ).");
    expect(before.status).toBe(1);
    expect(after.output).toContain('1 passed, 0 failed');
    expect(after.status).toBe(0);
  });

  it('names charts and workbooks from 1 even when pptxgenjs counted on from an earlier deck', async () => {
    await buildRawPptx(fixtureDeck(), loadFixtureImage);
    const raw = await buildRawPptx(fixtureDeck(), loadFixtureImage);
    expect(Object.keys(Object.fromEntries(xmlParts(raw))).filter((name) => name.startsWith('ppt/charts/chart'))).not.toContain(
      'ppt/charts/chart1.xml',
    );
    const parts = xmlParts(normalisePackage(raw, ctx));
    expect([...parts.keys()].filter((name) => name.startsWith('ppt/charts/')).sort()).toEqual([
      'ppt/charts/_rels/chart1.xml.rels',
      'ppt/charts/_rels/chart2.xml.rels',
      'ppt/charts/chart1.xml',
      'ppt/charts/chart2.xml',
    ]);
    expect(part(parts, 'ppt/slides/_rels/slide4.xml.rels')).toContain('Target="../charts/chart1.xml"');
    expect(part(parts, 'ppt/charts/_rels/chart2.xml.rels')).toContain('Target="../embeddings/Microsoft_Excel_Worksheet2.xlsx"');
    expect(part(parts, '[Content_Types].xml')).toContain('PartName="/ppt/charts/chart2.xml"');
    expect(part(parts, '[Content_Types].xml')).not.toMatch(/chart[34]\.xml/);
  });
});

describe('package fixes', () => {
  it('keeps the first a:pPr of a paragraph and sizes breaks and the paragraph end like its runs', () => {
    const paragraph =
      '<a:pPr marL="0"><a:buNone/></a:pPr><a:r><a:rPr lang="tr" sz="1600" dirty="0"/><a:t>Çırağan</a:t></a:r><a:br/>' +
      '<a:pPr indent="0"/><a:r><a:rPr lang="tr" sz="1600" b="1" dirty="0"></a:rPr><a:t>İbrahim</a:t></a:r>' +
      '<a:endParaRPr lang="tr" sz="2800" dirty="0"/>';
    expect(fixParagraph(paragraph)).toBe(
      '<a:pPr marL="0"><a:buNone/></a:pPr><a:r><a:rPr lang="tr" sz="1600" dirty="0"/><a:t>Çırağan</a:t></a:r>' +
        '<a:br><a:rPr lang="tr" sz="1600" dirty="0"/></a:br>' +
        '<a:r><a:rPr lang="tr" sz="1600" b="1" dirty="0"></a:rPr><a:t>İbrahim</a:t></a:r>' +
        '<a:endParaRPr lang="tr" sz="1600" dirty="0"/>',
    );
  });

  it('fixes each paragraph of a slide in place and returns a slide that needs nothing unchanged', () => {
    const needsFix = '<a:p><a:r><a:rPr lang="en-GB" sz="1400" dirty="0"/><a:t>a</a:t></a:r><a:endParaRPr lang="en-GB" sz="2800" dirty="0"/></a:p>';
    const fine = '<a:p><a:pPr algn="l"/><a:r><a:rPr lang="en-GB" sz="1400" dirty="0"/><a:t>b</a:t></a:r><a:endParaRPr lang="en-GB" sz="1400" dirty="0"/></a:p>';
    const noRuns = '<a:p><a:endParaRPr lang="en-GB" dirty="0"/></a:p>';
    const slide = `<p:sld><p:txBody>${fine}${needsFix}${noRuns}</p:txBody></p:sld>`;
    expect(fixParagraphsIn(slide)).toBe(`<p:sld><p:txBody>${fine}${needsFix.replace('sz="2800"', 'sz="1400"')}${noRuns}</p:txBody></p:sld>`);
    // Nothing to fix: the very same string comes back, no copy made.
    const untouched = `<p:sld>${fine}${noRuns}</p:sld>`;
    expect(fixParagraphsIn(untouched)).toBe(untouched);
    expect(fixParagraph(fine)).toBe(fine);
  });

  it('moves p:notesMasterIdLst right after p:sldMasterIdLst', () => {
    const parts = partsOf({
      'ppt/presentation.xml':
        '<p:presentation><p:sldMasterIdLst><p:sldMasterId/></p:sldMasterIdLst><p:sldIdLst><p:sldId/></p:sldIdLst>' +
        '<p:notesMasterIdLst><p:notesMasterId/></p:notesMasterIdLst><p:sldSz/></p:presentation>',
    });
    orderPresentation(parts, ctx);
    expect(parts.text('ppt/presentation.xml')).toBe(
      '<p:presentation><p:sldMasterIdLst><p:sldMasterId/></p:sldMasterIdLst><p:notesMasterIdLst><p:notesMasterId/></p:notesMasterIdLst>' +
        '<p:sldIdLst><p:sldId/></p:sldIdLst><p:sldSz/></p:presentation>',
    );
  });

  it('drops content-type overrides for parts that do not exist', () => {
    const parts = partsOf({
      '[Content_Types].xml':
        '<Types><Override PartName="/ppt/a.xml" ContentType="x"/><Override PartName="/ppt/slideMasters/slideMaster2.xml" ContentType="y"/></Types>',
      'ppt/a.xml': '<a/>',
    });
    dropMissingOverrides(parts, ctx);
    expect(parts.text('[Content_Types].xml')).toBe('<Types><Override PartName="/ppt/a.xml" ContentType="x"/></Types>');
  });

  it('gives line charts a grouping, series in schema order, and every 2-D group two axis ids', () => {
    const parts = partsOf({
      'ppt/charts/chart1.xml':
        '<c:lineChart><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:spPr/><c:invertIfNegative val="0"/><c:dLbls><c:showVal val="0"/></c:dLbls>' +
        '<c:marker><c:symbol val="circle"/></c:marker><c:val/></c:ser><c:marker val="1"/><c:axId val="1"/><c:axId val="2"/><c:axId val="3"/></c:lineChart>',
      'ppt/charts/chart2.xml': '<c:barChart><c:barDir val="col"/><c:axId val="1"/><c:axId val="2"/><c:axId val="3"/></c:barChart>',
    });
    fixChartSchema(parts, ctx);
    expect(parts.text('ppt/charts/chart1.xml')).toBe(
      '<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:spPr/><c:marker><c:symbol val="circle"/></c:marker>' +
        '<c:dLbls><c:showVal val="0"/></c:dLbls><c:val/></c:ser><c:marker val="1"/><c:axId val="1"/><c:axId val="2"/></c:lineChart>',
    );
    expect(parts.text('ppt/charts/chart2.xml')).toBe('<c:barChart><c:barDir val="col"/><c:axId val="1"/><c:axId val="2"/></c:barChart>');
  });

  it('writes dates as whole UTC seconds and rejects a date that does not parse', () => {
    expect(w3cdtf('2025-06-02T11:30:00.250+02:00')).toBe('2025-06-02T09:30:00Z');
    expect(() => w3cdtf('2 June 2025 sometime')).toThrow('createdIso is not a date');
  });
});

import { strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildRawPptx } from '../../src/pptx/build-raw.js';
import { checkPackage } from '../../src/pptx/self-check.js';
import { writePptx } from '../../src/pptx/write-pptx.js';
import { fixtureDeck, loadFixtureImage } from '../fixtures/laid-out-deck.js';

let good: Uint8Array;

beforeAll(async () => {
  good = await writePptx(fixtureDeck(), { loadImage: loadFixtureImage });
});

/** The fixture package with some parts changed (`null` deletes the part). */
function tampered(changes: Record<string, string | null>): Uint8Array {
  const entries = unzipSync(good);
  for (const [name, text] of Object.entries(changes)) {
    if (text === null) delete entries[name];
    else entries[name] = strToU8(text);
  }
  return zipSync(entries);
}

const text = (name: string): string => new TextDecoder().decode(unzipSync(good)[name]);

describe('checkPackage', () => {
  // How quickly is printed, not asserted: a test's duration depends on the machine's load (issue #14).
  it('passes the normalised fixture, and says how quickly', () => {
    expect(checkPackage(good)).toEqual([]);
    const times: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      const start = performance.now();
      checkPackage(good);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    console.log(`checkPackage on the 5-slide fixture: median ${times[3]?.toFixed(2)} ms`);
  });

  it('reports bytes that are not a zip', () => {
    expect(checkPackage(strToU8('not a zip'))[0]).toMatch(/^not a readable zip/);
  });

  it('reports a missing part through its override and the relationships to it', () => {
    const problems = checkPackage(tampered({ 'ppt/slides/slide2.xml': null }));
    expect(problems).toContain('[Content_Types].xml: override for missing part ppt/slides/slide2.xml');
    expect(problems).toContain('ppt/_rels/presentation.xml.rels: rId3 points to missing part ppt/slides/slide2.xml');
    expect(problems).toContain('ppt/slides/_rels/slide2.xml.rels: relationships of a missing part ppt/slides/slide2.xml');
  });

  it('reports a dangling relationship', () => {
    const rels = text('ppt/slides/_rels/slide1.xml.rels').replace(
      '</Relationships>',
      '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="../media/gone.png"/></Relationships>',
    );
    expect(checkPackage(tampered({ 'ppt/slides/_rels/slide1.xml.rels': rels }))).toEqual([
      'ppt/slides/_rels/slide1.xml.rels: rId99 points to missing part ppt/media/gone.png',
    ]);
  });

  it('reports malformed XML and forbidden characters', () => {
    const broken = checkPackage(tampered({ 'ppt/slides/slide3.xml': '<p:sld><a:p></p:sld>' }));
    expect(broken.some((problem) => problem.startsWith('ppt/slides/slide3.xml: not well-formed XML'))).toBe(true);
    const bell = text('ppt/slides/slide2.xml').replace('Objectives', 'Objec\u0007tives');
    expect(checkPackage(tampered({ 'ppt/slides/slide2.xml': bell }))).toEqual([
      'ppt/slides/slide2.xml: contains characters XML does not allow',
    ]);
  });

  it('reports a part without a content type', () => {
    expect(checkPackage(tampered({ 'ppt/extra.bin': 'x' }))).toEqual(['[Content_Types].xml: no content type for ppt/extra.bin']);
  });

  it('reports a slide listed twice and a slide without a layout', () => {
    const presentation = text('ppt/presentation.xml').replace('<p:sldId id="257" r:id="rId3"/>', '<p:sldId id="257" r:id="rId2"/>');
    expect(checkPackage(tampered({ 'ppt/presentation.xml': presentation }))).toEqual([
      'ppt/presentation.xml: lists ppt/slides/slide1.xml 2 times',
      'ppt/presentation.xml: lists ppt/slides/slide2.xml 0 times',
    ]);
    const rels = text('ppt/slides/_rels/slide3.xml.rels').replace(/<Relationship [^>]*slideLayout"[^>]*\/>/, '');
    expect(checkPackage(tampered({ 'ppt/slides/_rels/slide3.xml.rels': rels }))).toEqual([
      'ppt/slides/slide3.xml: has 0 slide layout relationships',
    ]);
  });

  it("catches pptxgenjs' own defects in its raw output", async () => {
    const problems = checkPackage(await buildRawPptx(fixtureDeck(), loadFixtureImage));
    expect(problems).toContain('ppt/presentation.xml: p:notesMasterIdLst after p:sldIdLst');
    expect(problems).toContain('[Content_Types].xml: override for missing part ppt/slideMasters/slideMaster2.xml');
    // pptxgenjs numbers charts per process, so the raw name depends on what ran before.
    expect(problems).toContainEqual(expect.stringMatching(/^ppt\/slides\/_rels\/slide4\.xml\.rels: rId1 has an absolute target \/ppt\/charts\/chart\d+\.xml$/));
  });

  it('reports an attribute outside its schema range, such as a tenth list level (issue #14)', () => {
    const slide = text('ppt/slides/slide2.xml').replace(/<a:pPr\b/, '<a:pPr lvl="9"');
    expect(checkPackage(tampered({ 'ppt/slides/slide2.xml': slide }))).toEqual([
      'ppt/slides/slide2.xml: <a:pPr lvl="9"> is outside 0–8 (ST_TextIndentLevelType)',
    ]);
  });

  it('reports an absolute relationship target, which Calligra cannot open (issue #14)', () => {
    const rels = text('ppt/slides/_rels/slide4.xml.rels').replace('Target="../charts/chart1.xml"', 'Target="/ppt/charts/chart1.xml"');
    expect(checkPackage(tampered({ 'ppt/slides/_rels/slide4.xml.rels': rels }))).toEqual([
      'ppt/slides/_rels/slide4.xml.rels: rId1 has an absolute target /ppt/charts/chart1.xml',
    ]);
  });
});

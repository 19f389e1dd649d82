import { describe, expect, it } from 'vitest';
import { attributeRangeProblems, hasRangedAttributes } from '../../src/pptx/attribute-ranges.js';

describe('attributeRangeProblems (issue #14, item 1)', () => {
  it('reports a paragraph level, font size and bullet start outside their schema ranges', () => {
    const slide = '<p:sld><a:pPr lvl="9" marL="0"/><a:rPr sz="50"/><a:buAutoNum type="arabicPeriod" startAt="0"/><a:lvl2pPr lvl="1.5"/></p:sld>';
    expect(attributeRangeProblems('ppt/slides/slide1.xml', slide)).toEqual([
      'ppt/slides/slide1.xml: <a:pPr lvl="9"> is outside 0–8 (ST_TextIndentLevelType)',
      'ppt/slides/slide1.xml: <a:rPr sz="50"> is outside 100–400000 (ST_TextFontSize)',
      'ppt/slides/slide1.xml: <a:buAutoNum startAt="0"> is outside 1–32767 (ST_TextBulletStartAtNum)',
      'ppt/slides/slide1.xml: <a:lvl2pPr lvl="1.5"> is outside 0–8 (ST_TextIndentLevelType)',
    ]);
  });

  it('accepts the ends of each range and reads `r:id` as its own attribute, not `id`', () => {
    const xml = '<a:pPr lvl="8" indent="-51206400"/><a:rPr sz="100"/><a:rPr sz="400000"/><p:sldId id="256" r:id="rId2"/><c:overlap val="-100"/>';
    expect(attributeRangeProblems('ppt/presentation.xml', xml)).toEqual([]);
  });

  it('counts one problem repeated in a part once', () => {
    expect(attributeRangeProblems('ppt/charts/chart1.xml', '<c:gapWidth val="900"/><c:gapWidth val="900"/>')).toEqual([
      'ppt/charts/chart1.xml: <c:gapWidth val="900"> is outside 0–500 (ST_GapAmount) (2 times)',
    ]);
  });

  it('checks the parts the writer makes, not embedded or package parts', () => {
    expect(['ppt/slides/slide3.xml', 'ppt/charts/chart2.xml', 'ppt/presentation.xml', 'ppt/slideMasters/slideMaster1.xml'].every(hasRangedAttributes)).toBe(true);
    expect(['[Content_Types].xml', 'ppt/slides/_rels/slide1.xml.rels', 'docProps/app.xml'].some(hasRangedAttributes)).toBe(false);
  });

  it('gives the same findings when a part is checked again', () => {
    const xml = '<a:pPr lvl="2"/><a:pPr lvl="9"/><a:rPr lang="en-GB" sz="1800"/><a:rPr lang="en-GB" sz="99"/>';
    const first = attributeRangeProblems('ppt/slides/slide1.xml', xml);
    expect(first).toHaveLength(2);
    expect(attributeRangeProblems('ppt/slides/slide1.xml', xml)).toEqual(first);
    expect(attributeRangeProblems('ppt/slides/slide2.xml', '<a:rPr lang="en-GB" sz="1800"/><a:rPr lang="en-GB" sz="1800000"/>')).toEqual([
      'ppt/slides/slide2.xml: <a:rPr sz="1800000"> is outside 100–400000 (ST_TextFontSize)',
    ]);
  });
});

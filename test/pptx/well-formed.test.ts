import { XMLValidator } from 'fast-xml-parser';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { attributeRangeProblems } from '../../src/pptx/attribute-ranges.js';
import { exactWellFormedProblem, isPlainWellFormedXml, wellFormedProblem } from '../../src/pptx/well-formed.js';
import { writePptx } from '../../src/pptx/write-pptx.js';
import { fixtureDeck, loadFixtureImage } from '../fixtures/laid-out-deck.js';

describe('wellFormedProblem', () => {
  it('accepts every XML part of a written deck, as a general validator does', async () => {
    const parts = unzipSync(await writePptx(fixtureDeck(), { loadImage: loadFixtureImage }));
    const xml = Object.entries(parts).filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels'));
    expect(xml.length).toBeGreaterThan(10);
    for (const [name, data] of xml) {
      const text = new TextDecoder().decode(data);
      expect(XMLValidator.validate(text), name).toBe(true);
      expect(wellFormedProblem(text), name).toBeUndefined();
    }
  });

  it('reads `=` inside an attribute value as part of the value, not as another attribute', () => {
    // A link whose query repeats a parameter: `a=` twice in one value is not the attribute `a` twice.
    const rels = '<Relationship Id="rId2" Target="https://x.example/?a=1&amp;a=2" TargetMode="External"/>';
    expect(wellFormedProblem(rels)).toBeUndefined();
    expect(exactWellFormedProblem(rels)).toBeUndefined();
  });

  it('accepts declarations, comments, CDATA, references and single quotes', () => {
    expect(wellFormedProblem(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<a:r x='1' y="&amp;&#38;&#x26;"><!-- c --><![CDATA[<&>]]>a &lt; b</a:r>\n`)).toBeUndefined();
  });

  it.each([
    ['<a><b></a>', 'line 1: </a> closes <b>'],
    ['<a>\n<b>\n</a>', 'line 3: </a> closes <b>'],
    ['<a>', 'line 1: <a> is never closed'],
    ['<a/><b/>', 'line 1: a second root element <b>'],
    ['<a x="1" x="2"/>', 'line 1: attribute x twice in <a>'],
    ['<a x=1/>', 'line 1: unexpected markup `<a x=1/>`'],
    ['<a x="<"/>', 'line 1: unexpected markup `<a x="<"/>`'],
    ['<a>R&D</a>', 'line 1: unescaped & in text'],
    ['<a x="R&D"/>', 'line 1: unescaped & in an attribute of <a>'],
    ['<a/>tail', 'line 1: text outside the root element'],
    ['', 'line 1: no root element'],
  ])('reports %j', (text, problem) => {
    // Each breaks XML 1.0 §2; fast-xml-parser's validator lets some of them (a second root, `<` or
    // a bare `&` in an attribute, trailing text) through, which is why it is not the oracle here.
    expect(wellFormedProblem(text)).toBe(problem);
  });
});

describe('isPlainWellFormedXml with attribute ranges (issue #14)', () => {
  const slide = (attributes: string) => `<p:sld xmlns:a="a" xmlns:p="p"><a:pPr ${attributes}/><a:rPr lang="en-GB" sz="1800"/></p:sld>`;

  it('says yes only when every ranged attribute is an integer in its range', () => {
    expect(isPlainWellFormedXml(slide('lvl="8" marL="0" indent="-342900"'), true)).toBe(true);
    for (const bad of ['lvl="9"', 'lvl="-1"', 'lvl="2.5"', 'lvl=""', 'lvl="1e1"', 'lvl="+1"', 'lvl=" 1"', 'marL="99999999999999999"', "lvl='9'"]) {
      expect(isPlainWellFormedXml(slide(bad), true), bad).toBe(false);
      // Without range checking, the same part is plain well-formed XML.
      expect(isPlainWellFormedXml(slide(bad), false), bad).toBe(true);
    }
  });

  it('tells elements and attributes by their full qualified names', () => {
    // r:id is not id, a:ext's cx is ranged but a:off has no cx, and an unranged element may say anything.
    expect(isPlainWellFormedXml('<p:sldId xmlns:p="p" xmlns:r="r" id="256" r:id="rId2"/>', true)).toBe(true);
    expect(isPlainWellFormedXml('<p:sldId xmlns:p="p" id="255"/>', true)).toBe(false);
    expect(isPlainWellFormedXml('<a:off xmlns:a="a" x="0" y="0" cx="-5"/>', true)).toBe(true);
    expect(isPlainWellFormedXml('<a:ext xmlns:a="a" cx="-5" cy="0"/>', true)).toBe(false);
    expect(isPlainWellFormedXml('<a:latin xmlns:a="a" typeface="+mn-lt" lvl="99"/>', true)).toBe(true);
  });

  it('never says yes where attributeRangeProblems finds a problem', () => {
    const samples = ['lvl="0"', 'lvl="8"', 'lvl="9"', 'marL="51206400"', 'marL="51206401"', 'indent="-51206400"', 'indent="-51206401"', 'defTabSz="2147483648"', 'algn="ctr" lvl="3"'];
    for (const attributes of samples) {
      const xml = slide(attributes);
      if (isPlainWellFormedXml(xml, true)) expect(attributeRangeProblems('ppt/slides/slide1.xml', xml), attributes).toEqual([]);
      else expect(attributeRangeProblems('ppt/slides/slide1.xml', xml).length, attributes).toBeGreaterThan(0);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { requiredContentProblems } from '../../src/template/required-content.js';
import { parseXml, type XmlElement } from '../../src/template/xml-tree.js';

const NS = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"';

function root(xml: string): XmlElement {
  const parsed = parseXml(xml);
  if ('error' in parsed) throw new Error(parsed.error.message);
  return parsed.root;
}

function shape(name: string, fill: string): string {
  return `<p:sp><p:nvSpPr><p:cNvPr id="5" name="${name}"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr>${fill}</p:spPr></p:sp>`;
}

const stop = (pos: number) => `<a:gs pos="${pos}"><a:srgbClr val="FFFFFF"/></a:gs>`;

describe('requiredContentProblems (issue #11: a template the schema rejects is a located error)', () => {
  it('names the part, the shape and the schema type of a gradient with fewer than two stops, in a shape or the background', () => {
    const master = root(`<p:sldMaster ${NS}><p:cSld><p:bg><p:bgPr><a:gradFill><a:gsLst>${stop(0)}</a:gsLst></a:gradFill></p:bgPr></p:bg><p:spTree>`
      + `${shape('Band', '<a:gradFill><a:gsLst/></a:gradFill>')}${shape('Good', `<a:gradFill><a:gsLst>${stop(0)}${stop(100000)}</a:gsLst></a:gradFill>`)}</p:spTree></p:cSld></p:sldMaster>`);
    expect(requiredContentProblems('ppt/slideMasters/slideMaster1.xml', master)).toEqual([
      'ppt/slideMasters/slideMaster1.xml: in the background: <a:gsLst> has only 1 gradient stops (<a:gs>); the schema requires at least 2 (CT_GradientStopList)',
      'ppt/slideMasters/slideMaster1.xml: in the shape "Band": <a:gsLst> has no gradient stops (<a:gs>); the schema requires at least 2 (CT_GradientStopList)',
    ]);
  });

  it('finds a stop without a colour, a colour scheme missing a colour and a format scheme with two fill styles in a theme', () => {
    const fills = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>';
    const theme = root(`<a:theme ${NS} name="House"><a:themeElements><a:clrScheme name="c"><a:dk1><a:srgbClr val="000000"/></a:dk1></a:clrScheme>`
      + `<a:fmtScheme name="f"><a:fillStyleLst>${fills}${fills}</a:fillStyleLst><a:lnStyleLst/><a:effectStyleLst/><a:bgFillStyleLst>${fills}${fills}<a:gradFill><a:gsLst><a:gs pos="0"/>${stop(1)}</a:gsLst></a:gradFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>`);
    const problems = requiredContentProblems('ppt/theme/theme1.xml', theme);
    expect(problems).toContain('ppt/theme/theme1.xml: in the theme "House": <a:clrScheme> has no <a:lt1>; the schema requires at least 1 (CT_ColorScheme)');
    expect(problems).toContain('ppt/theme/theme1.xml: in the theme "House": <a:fillStyleLst> has only 2 fill styles; the schema requires at least 3 (CT_FillStyleList)');
    expect(problems).toContain('ppt/theme/theme1.xml: in the theme "House": <a:gs> has no colour; the schema requires at least 1 (CT_GradientStop)');
    expect(problems).toContain('ppt/theme/theme1.xml: in the theme "House": <a:lnStyleLst> has no line styles (<a:ln>); the schema requires at least 3 (CT_LineStyleList)');
    expect(problems.some((p) => p.includes('bgFillStyleLst'))).toBe(false);
  });

  it('counts identical findings once', () => {
    const bad = shape('Deco', '<a:gradFill><a:gsLst/></a:gradFill>');
    const master = root(`<p:sldMaster ${NS}><p:cSld><p:spTree>${bad}${bad}</p:spTree></p:cSld></p:sldMaster>`);
    expect(requiredContentProblems('m.xml', master)).toEqual(['m.xml: in the shape "Deco": <a:gsLst> has no gradient stops (<a:gs>); the schema requires at least 2 (CT_GradientStopList) (2 times)']);
  });
});

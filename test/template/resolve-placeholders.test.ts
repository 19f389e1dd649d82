import { describe, expect, it } from 'vitest';
import { masterPlaceholderFor, resolveBodyProps, styleCategory, type PlaceholderShape } from '../../src/template/resolve-placeholders.js';
import { parseXml, type XmlElement } from '../../src/template/xml-tree.js';

function bodyPr(xml: string): XmlElement {
  const parsed = parseXml(xml.replace('<a:bodyPr', '<a:bodyPr xmlns:a="a"'));
  if ('error' in parsed) throw new Error(parsed.error.message);
  return parsed.root;
}

describe('resolveBodyProps', () => {
  it('defaults to ECMA-376\'s insets (0.1 in, 0.05 in), top anchor, wrapping, no autofit', () => {
    expect(resolveBodyProps([undefined])).toEqual({ insets: { left: 0.1, top: 0.05, right: 0.1, bottom: 0.05 }, anchor: 'top', wrap: true, autofit: 'none', vertical: false });
  });

  it('lets the layout override the master attribute by attribute', () => {
    const master = bodyPr('<a:bodyPr lIns="0" tIns="0" anchor="ctr" wrap="none"><a:normAutofit fontScale="55000" lnSpcReduction="10000"/></a:bodyPr>');
    expect(resolveBodyProps([master])).toMatchObject({ insets: { left: 0, top: 0, right: 0.1 }, anchor: 'middle', wrap: false, autofit: 'shrink', fontScale: 0.55, lineSpacingReduction: 0.1 });
    // A layout's plain <a:normAutofit/> means no shrink applied yet; <a:spAutoFit/> resizes the shape instead.
    expect(resolveBodyProps([master, bodyPr('<a:bodyPr anchor="b"><a:normAutofit/></a:bodyPr>')])).toEqual({ insets: { left: 0, top: 0, right: 0.1, bottom: 0.05 }, anchor: 'bottom', wrap: false, autofit: 'shrink', vertical: false });
    expect(resolveBodyProps([master, bodyPr('<a:bodyPr vert="eaVert"><a:spAutoFit/></a:bodyPr>')])).toMatchObject({ autofit: 'resize', vertical: true });
  });
});

describe('masterPlaceholderFor', () => {
  const shape = (type: PlaceholderShape['type'], idx: number): PlaceholderShape => ({ type, idx, name: `${type} ${idx}`, listStyle: [], prompt: [] });
  const master = [shape('title', 0), shape('body', 1), shape('body', 13), shape('dt', 10), shape('ftr', 11), shape('sldNum', 12)];

  it('follows ECMA-376\'s matching: titles to the title, footers by type, bodies by idx then the first body', () => {
    expect(masterPlaceholderFor(shape('ctrTitle', 0), master)!.name).toBe('title 0');
    expect(masterPlaceholderFor(shape('sldNum', 5), master)!.name).toBe('sldNum 12');
    expect(masterPlaceholderFor(shape('obj', 13), master)!.name).toBe('body 13');
    expect(masterPlaceholderFor(shape('subTitle', 1), master)!.name).toBe('body 1');
    expect(masterPlaceholderFor(shape('pic', 20), master)!.name).toBe('body 1');
    expect(masterPlaceholderFor(shape('hdr', 0), master)).toBeUndefined();
  });

  it('takes text levels from titleStyle, bodyStyle or otherStyle by type', () => {
    expect(['title', 'ctrTitle', 'subTitle', 'obj', 'body', 'dt', 'sldNum'].map((t) => styleCategory(t as 'title'))).toEqual(['title', 'title', 'body', 'body', 'body', 'other', 'other']);
  });
});

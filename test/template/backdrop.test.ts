import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { backdropAt, backdropLayers, type BackdropPart } from '../../src/template/backdrop.js';
import { decodePicture, type DecodedPicture } from '../../src/template/picture-tones.js';
import { DEFAULT_COLOR_MAP } from '../../src/template/theme-colors.js';
import { parseXml, type XmlElement } from '../../src/template/xml-tree.js';

const EMU = 914400;
const SLIDE = { width: 10, height: 5.625 };
const COLORS = { scheme: { dk1: '000000', lt1: 'FFFFFF', dk2: '1F497D', lt2: 'EEECE1', accent1: '4F81BD' }, colorMap: DEFAULT_COLOR_MAP };
const NS = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function xml(text: string): XmlElement {
  const parsed = parseXml(text);
  if (!('root' in parsed)) throw new Error(parsed.error.message);
  return parsed.root;
}

/** A master or layout part holding `shapes` (and `bg`), its pictures by relationship id. */
function part(kind: 'sldMaster' | 'sldLayout', shapes: string, options: { bg?: string; attrs?: string; pictures?: Record<string, DecodedPicture> } = {}): BackdropPart {
  const root = xml(`<p:${kind} ${NS} ${options.attrs ?? ''}><p:cSld>${options.bg ?? ''}<p:spTree><p:nvGrpSpPr/><p:grpSpPr/>${shapes}</p:spTree></p:cSld></p:${kind}>`);
  return { root, colors: COLORS, picture: (id) => options.pictures?.[id] };
}

/** A rectangle at (x, y) of w × h inches with the fill XML given. */
function rect(x: number, y: number, w: number, h: number, fill: string): string {
  return `<p:sp><p:nvSpPr><p:cNvPr id="9" name="Band"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm><a:off x="${x * EMU}" y="${y * EMU}"/><a:ext cx="${w * EMU}" cy="${h * EMU}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>${fill}</p:spPr></p:sp>`;
}

const solid = (hex: string) => `<a:solidFill><a:srgbClr val="${hex}"/></a:solidFill>`;
const title = `<p:sp><p:nvSpPr><p:cNvPr id="2" name="Title"/><p:cNvSpPr/><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${10 * EMU}" cy="${EMU}"/></a:xfrm>${solid('FF0000')}</p:spPr></p:sp>`;
const box = { x: 1, y: 1, w: 8, h: 3 };

/** A PNG of w × h pixels, left half `left`, right half `right` (RGB). */
function halves(w: number, h: number, left: [number, number, number], right: [number, number, number]): DecodedPicture {
  const png = new PNG({ width: w, height: h });
  for (let y = 0; y < h; y += 1) {
    for (let x = 0; x < w; x += 1) {
      const c = x < w / 2 ? left : right;
      png.data.set([...c, 255], (y * w + x) * 4);
    }
  }
  return decodePicture(PNG.sync.write(png))!;
}

describe('backdropAt', () => {
  it('is the scheme background (bg1) where nothing is drawn, and the layout\'s own p:bg over the master\'s', () => {
    const master = part('sldMaster', title);
    expect(backdropAt(backdropLayers(part('sldLayout', ''), master, [], SLIDE), box)).toEqual({ colours: ['FFFFFF'], known: true });
    const dark = part('sldLayout', '', { bg: `<p:bg><p:bgPr>${solid('102030')}<a:effectLst/></p:bgPr></p:bg>` });
    expect(backdropAt(backdropLayers(dark, master, [], SLIDE), box)).toEqual({ colours: ['102030'], known: true });
  });

  it('sees a full-slide gradient rectangle on the master (as LibreOffice writes backgrounds), not placeholders', () => {
    const gradient = '<a:gradFill><a:gsLst><a:gs pos="30000"><a:srgbClr val="000032"/></a:gs><a:gs pos="100000"><a:srgbClr val="F60063"/></a:gs></a:gsLst><a:lin ang="4200000"/></a:gradFill>';
    const master = part('sldMaster', rect(0, 0, 10, 5.625, gradient) + title);
    const layers = backdropLayers(part('sldLayout', ''), master, [], SLIDE);
    // 70° from the x-axis: mostly top to bottom. The box spans the dark stop to two thirds of the way to pink.
    expect(backdropAt(layers, box)).toEqual({ colours: ['000032', 'A20052'], known: true, plainShare: 0 });
    // A strip at the top lies before the first stop (30 %): all navy, a plain ground.
    expect(backdropAt(layers, { x: 0.5, y: 0.1, w: 3, h: 0.6 })).toEqual({ colours: ['000032'], known: true });
    // The bottom-right corner is the far end: shades of pink, near F60063.
    const corner = backdropAt(layers, { x: 9.5, y: 5.3, w: 0.4, h: 0.3 }).colours;
    expect(corner.length).toBeGreaterThan(0);
    expect(corner.every((c) => Number.parseInt(c.slice(0, 2), 16) >= 0xd8 && c.slice(2, 4) === '00')).toBe(true);
    // A radial (path) gradient counts with all its stops wherever the box is.
    const radial = part('sldMaster', rect(0, 0, 10, 5.625, gradient.replace('<a:lin ang="4200000"/>', '<a:path path="circle"/>')));
    expect(backdropAt(backdropLayers(part('sldLayout', ''), radial, [], SLIDE), { x: 0.5, y: 0.1, w: 3, h: 0.6 }).colours).toEqual(['000032', 'F60063']);
  });

  it('adds a band under part of the box, lets the layout\'s graphics cover the master\'s, and honours showMasterSp="0"', () => {
    const master = part('sldMaster', rect(0, 0, 10, 5.625, solid('000000')));
    const band = rect(0, 3.5, 10, 2.125, solid('3465A4'));
    const banded = backdropAt(backdropLayers(part('sldLayout', band), master, [], SLIDE), box);
    expect(banded.colours.sort()).toEqual(['000000', '3465A4']);
    // The band lies under the box's last fifth: one row of the 5 × 5 samples.
    expect(banded.plainShare).toBe(0.8);
    const white = rect(0, 0, 10, 5.625, solid('FFFFFF'));
    expect(backdropAt(backdropLayers(part('sldLayout', white), master, [], SLIDE), box).colours).toEqual(['FFFFFF']);
    expect(backdropAt(backdropLayers(part('sldLayout', '', { attrs: 'showMasterSp="0"' }), master, [], SLIDE), box).colours).toEqual(['FFFFFF']);
  });

  it('looks through a translucent tint and a shape without a fill', () => {
    const master = part('sldMaster', rect(0, 0, 10, 5.625, solid('202020')) + rect(0, 0, 10, 5.625, '<a:solidFill><a:srgbClr val="FFFFFF"><a:alpha val="30000"/></a:srgbClr></a:solidFill>') + rect(0, 0, 10, 5.625, '<a:noFill/>'));
    expect(backdropAt(backdropLayers(part('sldLayout', ''), master, [], SLIDE), box).colours).toEqual(['202020']);
  });

  it('takes a shape style\'s fill only where the shape states none: "No fill" and a see-through fill stay see-through', () => {
    // PowerPoint keeps p:style/a:fillRef on a shape whose fill is set to "No fill" or made transparent.
    const styled = (fill: string) => rect(0, 0, 10, 5.625, fill).replace('</p:sp>', '<p:style><a:lnRef idx="0"><a:schemeClr val="accent1"/></a:lnRef><a:fillRef idx="1"><a:srgbClr val="101010"/></a:fillRef><a:effectRef idx="0"><a:schemeClr val="accent1"/></a:effectRef><a:fontRef idx="minor"><a:schemeClr val="lt1"/></a:fontRef></p:style></p:sp>');
    const under = (fill: string) => backdropAt(backdropLayers(part('sldLayout', ''), part('sldMaster', styled(fill)), [], SLIDE), box).colours;
    expect(under('')).toEqual(['101010']);
    expect(under('<a:noFill/>')).toEqual(['FFFFFF']);
    expect(under('<a:solidFill><a:srgbClr val="FFFFFF"><a:alpha val="0"/></a:srgbClr></a:solidFill>')).toEqual(['FFFFFF']);
  });

  it('judges a picture by the darkest and lightest tones of the part under the box; a tiled one whole', () => {
    const picture = halves(40, 20, [0, 0, 0], [255, 255, 255]);
    const pic = (tile: string) => `<p:sp><p:nvSpPr><p:cNvPr id="5" name="Picture"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${10 * EMU}" cy="${5.625 * EMU}"/></a:xfrm><a:blipFill><a:blip r:embed="rId7"/>${tile}</a:blipFill></p:spPr></p:sp>`;
    const left = { x: 0.5, y: 1, w: 4, h: 3 };
    const stretched = part('sldMaster', pic('<a:stretch><a:fillRect/></a:stretch>'), { pictures: { rId7: picture } });
    expect(backdropAt(backdropLayers(part('sldLayout', ''), stretched, [], SLIDE), left)).toEqual({ colours: ['000000'], known: true });
    expect(backdropAt(backdropLayers(part('sldLayout', ''), stretched, [], SLIDE), box).colours).toEqual(['000000', 'FFFFFF']);
    const tiled = part('sldMaster', pic('<a:tile/>'), { pictures: { rId7: picture } });
    expect(backdropAt(backdropLayers(part('sldLayout', ''), tiled, [], SLIDE), left).colours).toEqual(['000000', 'FFFFFF']);
  });

  it('says it cannot judge a picture it cannot decode, or a group', () => {
    const pic = `<p:pic><p:nvPicPr><p:cNvPr id="5" name="Logo"/><p:cNvPicPr/><p:nvPr/></p:nvPicPr><p:blipFill><a:blip r:embed="rId9"/></p:blipFill><p:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${10 * EMU}" cy="${5.625 * EMU}"/></a:xfrm></p:spPr></p:pic>`;
    expect(backdropAt(backdropLayers(part('sldLayout', ''), part('sldMaster', pic), [], SLIDE), box).known).toBe(false);
    const group = `<p:grpSp><p:nvGrpSpPr><p:cNvPr id="6" name="Group"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${10 * EMU}" cy="${5.625 * EMU}"/><a:chOff x="0" y="0"/><a:chExt cx="${10 * EMU}" cy="${5.625 * EMU}"/></a:xfrm></p:grpSpPr></p:grpSp>`;
    expect(backdropAt(backdropLayers(part('sldLayout', group), part('sldMaster', ''), [], SLIDE), box)).toEqual({ colours: [], known: false, plainShare: 0 });
    expect(decodePicture(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBeUndefined();
    // A PNG whose header claims 20,000 × 20,000 pixels is not decoded at all (nor are the 1.6 GB it would take).
    const huge = PNG.sync.write(new PNG({ width: 1, height: 1 }));
    new DataView(huge.buffer, huge.byteOffset).setUint32(16, 20000);
    new DataView(huge.buffer, huge.byteOffset).setUint32(20, 20000);
    expect(decodePicture(huge)).toBeUndefined();
  });
});

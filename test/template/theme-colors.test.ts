import { describe, expect, it } from 'vitest';
import { DEFAULT_COLOR_MAP, resolveColor, type ColorContext } from '../../src/template/theme-colors.js';
import { parseXml, type XmlElement } from '../../src/template/xml-tree.js';

const office: ColorContext = {
  scheme: { dk1: '000000', lt1: 'FFFFFF', dk2: '44546A', lt2: 'E7E6E6', accent1: '4472C4' },
  colorMap: DEFAULT_COLOR_MAP,
};

function color(xml: string, context = office) {
  const parsed = parseXml(`<x xmlns:a="a">${xml}</x>`);
  if ('error' in parsed) throw new Error(parsed.error.message);
  return resolveColor(parsed.root.children[0] as XmlElement, context);
}

describe('resolveColor', () => {
  it('reads literal, system and scheme colours, the latter through the colour map', () => {
    expect(color('<a:srgbClr val="1f497d"/>')).toEqual({ hex: '1F497D' });
    expect(color('<a:sysClr val="windowText" lastClr="000000"/>')).toEqual({ hex: '000000' });
    expect(color('<a:schemeClr val="tx1"/>')).toEqual({ hex: '000000', ref: 'tx1' });
    expect(color('<a:schemeClr val="bg2"/>')).toEqual({ hex: 'E7E6E6', ref: 'bg2' });
    // A dark master maps text to the light colour.
    expect(color('<a:schemeClr val="tx1"/>', { ...office, colorMap: { ...DEFAULT_COLOR_MAP, tx1: 'lt1', bg1: 'dk1' } })).toEqual({ hex: 'FFFFFF', ref: 'tx1' });
  });

  it('applies lumMod/lumOff, tint and shade as PowerPoint\'s "lighter/darker" variants do (within a unit or two)', () => {
    // PowerPoint's "Blue, Accent 1, Lighter 40%" of 4472C4 shows as 8FAADC.
    const lighter = color('<a:schemeClr val="accent1"><a:lumMod val="60000"/><a:lumOff val="40000"/></a:schemeClr>')!;
    expect(channelDistance(lighter.hex, '8FAADC')).toBeLessThanOrEqual(2);
    // "Darker 50%" of 4472C4 shows as 203864.
    expect(channelDistance(color('<a:schemeClr val="accent1"><a:lumMod val="50000"/></a:schemeClr>')!.hex, '203864')).toBeLessThanOrEqual(2);
    expect(color('<a:srgbClr val="000000"><a:tint val="75000"/></a:srgbClr>')!.hex).toBe('404040');
    expect(color('<a:srgbClr val="FFFFFF"><a:shade val="50000"/></a:srgbClr>')!.hex).toBe('808080');
  });

  it('cannot tell phClr outside a style, nor an unknown scheme name', () => {
    expect(color('<a:schemeClr val="phClr"/>')).toBeUndefined();
    expect(color('<a:schemeClr val="phClr"/>', { ...office, placeholderColor: '123456' })).toEqual({ hex: '123456' });
    expect(color('<a:schemeClr val="accent6"/>')).toBeUndefined();
  });
});

function channelDistance(a: string, b: string): number {
  return Math.max(...[0, 2, 4].map((i) => Math.abs(Number.parseInt(a.slice(i, i + 2), 16) - Number.parseInt(b.slice(i, i + 2), 16))));
}

/**
 * DrawingML colours (ECMA-376 Part 1, §20.1.2.3) resolved to six hex digits: `a:srgbClr`,
 * `a:schemeClr` through the master's colour map (`p:clrMap`, §19.3.1.6) to the theme's
 * `a:clrScheme`, `a:sysClr` by its `lastClr`, `a:scrgbClr`, `a:hslClr`, `a:prstClr` (common names),
 * then the modifiers `lumMod`/`lumOff`/`tint`/`shade` applied approximately (in sRGB and HSL, where
 * PowerPoint works in linear RGB: a few units off per channel at most, enough for contrast checks).
 */
import { attr, intAttr, percentAttr, type XmlElement } from './xml-tree.js';
import { hslToRgb, rgbHex, rgbToHsl } from '../check/rgb.js';

/** What a colour reference resolves against. */
export interface ColorContext {
  /** Theme colours by scheme name: dk1, lt1, dk2, lt2, accent1–6, hlink, folHlink. */
  scheme: Record<string, string>;
  /** The colour map: bg1 → lt1, tx1 → dk1, … (`p:clrMap` or a layout's `a:overrideClrMapping`). */
  colorMap: Record<string, string>;
  /** The colour `phClr` stands for inside a theme style (the `a:bgRef`'s own colour). */
  placeholderColor?: string;
}

/** A resolved colour and, when it came from the theme, the scheme name it was written as. */
export interface ResolvedColor {
  hex: string;
  ref?: string;
}

const COLOR_ELEMENTS = new Set(['srgbClr', 'schemeClr', 'sysClr', 'scrgbClr', 'hslClr', 'prstClr']);

/** The standard colour map (PowerPoint's default `p:clrMap`). */
export const DEFAULT_COLOR_MAP: Record<string, string> = {
  bg1: 'lt1', tx1: 'dk1', bg2: 'lt2', tx2: 'dk2',
  accent1: 'accent1', accent2: 'accent2', accent3: 'accent3', accent4: 'accent4', accent5: 'accent5', accent6: 'accent6',
  hlink: 'hlink', folHlink: 'folHlink',
};

const PRESET_COLORS: Record<string, string> = {
  black: '000000', white: 'FFFFFF', red: 'FF0000', green: '008000', blue: '0000FF', yellow: 'FFFF00',
  gray: '808080', grey: '808080', darkGray: 'A9A9A9', lightGray: 'D3D3D3', navy: '000080', silver: 'C0C0C0',
};

/** The first colour child of `el` (e.g. of an `a:solidFill`), or undefined. */
export function colorChild(el: XmlElement | undefined): XmlElement | undefined {
  return el?.children.find((c) => COLOR_ELEMENTS.has(c.name));
}

/** Resolves a colour element (`a:srgbClr`, `a:schemeClr`, …); undefined when it cannot be told. */
export function resolveColor(el: XmlElement | undefined, context: ColorContext): ResolvedColor | undefined {
  if (el === undefined) return undefined;
  const base = baseColor(el, context);
  if (base === undefined) return undefined;
  const hex = applyModifiers(base.hex, el.children);
  return base.ref !== undefined ? { hex, ref: base.ref } : { hex };
}

function baseColor(el: XmlElement, context: ColorContext): ResolvedColor | undefined {
  switch (el.name) {
    case 'srgbClr':
      return hexOf(attr(el, 'val'));
    case 'sysClr':
      return hexOf(attr(el, 'lastClr') ?? (attr(el, 'val') === 'window' ? 'FFFFFF' : '000000'));
    case 'prstClr': {
      const preset = PRESET_COLORS[attr(el, 'val') ?? ''];
      return preset === undefined ? undefined : { hex: preset };
    }
    case 'scrgbClr': {
      const channel = (name: string) => Math.round(clamp01((percentAttr(el, name) ?? 0) / 100000) * 255);
      return { hex: rgbHex([channel('r'), channel('g'), channel('b')]) };
    }
    case 'hslClr': {
      const rgb = hslToRgb((intAttr(el, 'hue') ?? 0) / 60000 / 360, (percentAttr(el, 'sat') ?? 0) / 100000, (percentAttr(el, 'lum') ?? 0) / 100000);
      return { hex: rgbHex(rgb) };
    }
    case 'schemeClr': {
      const name = attr(el, 'val') ?? '';
      if (name === 'phClr') return context.placeholderColor === undefined ? undefined : { hex: context.placeholderColor };
      const mapped = context.colorMap[name] ?? name;
      const hex = context.scheme[mapped];
      return hex === undefined ? undefined : { hex, ref: name };
    }
    default:
      return undefined;
  }
}

function hexOf(value: string | undefined): ResolvedColor | undefined {
  return value !== undefined && /^[0-9a-fA-F]{6}$/.test(value) ? { hex: value.toUpperCase() } : undefined;
}

/** Applies `lumMod`, `lumOff`, `tint` and `shade` in document order; other modifiers are ignored. */
function applyModifiers(hex: string, modifiers: readonly XmlElement[]): string {
  let rgb = fromHex(hex);
  for (const m of modifiers) {
    const v = (percentAttr(m, 'val') ?? 100000) / 100000;
    if (m.name === 'lumMod' || m.name === 'lumOff') {
      const [h, s, l] = rgbToHsl(rgb);
      const lum = m.name === 'lumMod' ? l * v : l + v;
      rgb = hslToRgb(h, s, clamp01(lum));
    } else if (m.name === 'tint') {
      rgb = rgb.map((c) => Math.round(c * v + 255 * (1 - v))) as [number, number, number];
    } else if (m.name === 'shade') {
      rgb = rgb.map((c) => Math.round(c * v)) as [number, number, number];
    }
  }
  return rgbHex(rgb);
}

function fromHex(hex: string): [number, number, number] {
  return [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

function clamp01(x: number): number {
  return Math.max(0, Math.min(1, x));
}

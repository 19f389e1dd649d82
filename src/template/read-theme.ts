/**
 * Reads a theme part (`a:theme`, ECMA-376 Part 1, §20.1.6): its colour scheme, major/minor fonts
 * and the background fill styles `p:bgRef` points into.
 */
import type { FontTriple, TemplateTheme } from './types.js';
import { attr, child, path, type XmlElement } from './xml-tree.js';
import { colorChild, resolveColor, type ColorContext } from './theme-colors.js';

/** A theme as read, before a master's colour map is applied. */
export interface ThemeData {
  part: string;
  name: string;
  majorFont: FontTriple;
  minorFont: FontTriple;
  /** dk1, lt1, dk2, lt2, accent1–6, hlink, folHlink as six hex digits. */
  scheme: Record<string, string>;
  /** `a:bgFillStyleLst` children: `p:bgRef idx="1001"` is the first. */
  backgroundFills: XmlElement[];
}

/** The twelve colours of a colour scheme, in CT_ColorScheme order (ECMA-376 Part 1, §20.1.6.2). */
export const SCHEME_NAMES = ['dk1', 'lt1', 'dk2', 'lt2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'hlink', 'folHlink'];

/** Reads a theme's root element. Missing pieces fall back to Office's defaults (Calibri, black on white). */
export function readTheme(root: XmlElement, part: string): ThemeData {
  const elements = child(root, 'themeElements');
  const scheme: Record<string, string> = { dk1: '000000', lt1: 'FFFFFF', dk2: '44546A', lt2: 'E7E6E6' };
  const clrScheme = child(elements, 'clrScheme');
  const noContext: ColorContext = { scheme: {}, colorMap: {} };
  for (const name of SCHEME_NAMES) {
    const color = resolveColor(colorChild(child(clrScheme, name)), noContext);
    if (color !== undefined) scheme[name] = color.hex;
  }
  const fontScheme = child(elements, 'fontScheme');
  return {
    part,
    name: attr(root, 'name') ?? '',
    majorFont: fontTriple(child(fontScheme, 'majorFont'), 'Calibri Light'),
    minorFont: fontTriple(child(fontScheme, 'minorFont'), 'Calibri'),
    scheme,
    backgroundFills: path(elements, 'fmtScheme', 'bgFillStyleLst')?.children ?? [],
  };
}

function fontTriple(el: XmlElement | undefined, fallback: string): FontTriple {
  const face = (name: string): string => attr(child(el, name), 'typeface') ?? '';
  return { latin: face('latin') || fallback, ea: face('ea'), cs: face('cs') };
}

/** The theme as the model exposes it: scheme colours plus bg1/tx1/bg2/tx2 through `colorMap`. */
export function toTemplateTheme(theme: ThemeData, colorMap: Record<string, string>): TemplateTheme {
  const colors: Record<string, string> = { ...theme.scheme };
  for (const name of ['bg1', 'tx1', 'bg2', 'tx2']) {
    const mapped = theme.scheme[colorMap[name] ?? ''];
    if (mapped !== undefined) colors[name] = mapped;
  }
  return { part: theme.part, name: theme.name, majorFont: theme.majorFont, minorFont: theme.minorFont, colors };
}

/** Every `p:clrMap`-style attribute of an element as a map (bg1 → lt1, …). */
export function readColorMap(el: XmlElement | undefined): Record<string, string> | undefined {
  if (el === undefined) return undefined;
  const map: Record<string, string> = {};
  for (const [key, value] of Object.entries(el.attrs)) if (!key.includes(':')) map[key] = value;
  return map;
}


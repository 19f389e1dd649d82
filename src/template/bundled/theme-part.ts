/**
 * The theme part of a bundled template (`a:theme`, ECMA-376 Part 1, §20.1.6.9): the set's colour
 * scheme and font scheme, so slide text that refers to `+mj-lt`, `+mn-lt` and scheme colours follows
 * Design → Colours/Fonts in PowerPoint. The format scheme is the plain minimum the schema requires.
 */
import { XML_DECLARATION, xmlEscape } from '../ooxml-text.js';
import type { FontTriple } from '../types.js';
import { scriptFaces } from './bundled-styles.js';

const SCHEME_ORDER = ['dk1', 'lt1', 'dk2', 'lt2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'hlink', 'folHlink'] as const;

function fontCollection(tag: 'majorFont' | 'minorFont', font: FontTriple): string {
  const scripts = Object.entries(scriptFaces(font.latin)).map(([script, face]) => `<a:font script="${script}" typeface="${xmlEscape(face)}"/>`).join('');
  return `<a:${tag}><a:latin typeface="${xmlEscape(font.latin)}"/><a:ea typeface="${xmlEscape(font.ea)}"/><a:cs typeface="${xmlEscape(font.cs)}"/>${scripts}</a:${tag}>`;
}

const SOLID = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>';
const LINE = (w: number): string => `<a:ln w="${w}" cap="flat" cmpd="sng" algn="ctr">${SOLID}<a:prstDash val="solid"/></a:ln>`;
const FORMAT_SCHEME =
  '<a:fmtScheme name="briefdeck">' +
  `<a:fillStyleLst>${SOLID}${SOLID}${SOLID}</a:fillStyleLst>` +
  `<a:lnStyleLst>${LINE(6350)}${LINE(12700)}${LINE(19050)}</a:lnStyleLst>` +
  '<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>' +
  `<a:bgFillStyleLst>${SOLID}${SOLID}${SOLID}</a:bgFillStyleLst>` +
  '</a:fmtScheme>';

/** The theme XML for a colour scheme (six hex digits per slot) and the major/minor fonts. */
export function themePartXml(name: string, scheme: Record<string, string>, fonts: { major: FontTriple; minor: FontTriple }): string {
  const colours = SCHEME_ORDER.map((slot) => `<a:${slot}><a:srgbClr val="${(scheme[slot] ?? '000000').toUpperCase()}"/></a:${slot}>`).join('');
  return (
    XML_DECLARATION +
    `<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="${xmlEscape(name)}"><a:themeElements>` +
    `<a:clrScheme name="${xmlEscape(name)}">${colours}</a:clrScheme>` +
    `<a:fontScheme name="${xmlEscape(name)}">${fontCollection('majorFont', fonts.major)}${fontCollection('minorFont', fonts.minor)}</a:fontScheme>` +
    FORMAT_SCHEME +
    '</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>'
  );
}

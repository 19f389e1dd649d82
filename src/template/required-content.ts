/**
 * Element content the ECMA-376 Transitional schemas require in the parts a house template carries
 * into the deck (slide masters, layouts, themes; issue #11: "bad templates give a clear error naming
 * the file and what is wrong; nothing is written"). briefdeck copies those parts as they are, so a
 * template the schema rejects makes a deck the schema rejects, which PowerPoint offers to "repair"
 * instead of opening. This finds the content a template editor or converter is known to leave out
 * (a gradient with fewer than two stops, a colour scheme missing a colour, a format scheme with
 * fewer than three styles) before anything is built; attribute ranges are `attribute-ranges.ts`'.
 */
import { SCHEME_NAMES } from './read-theme.js';
import { attr, child, type XmlElement } from './xml-tree.js';

/** One rule: a parent (local name) needs `min` children among `names`, as its schema type says. */
interface RequiredChildren {
  names: readonly string[];
  min: number;
  /** What the children are, for the message. */
  what: string;
  /** The schema type, for the message (dml-main.xsd unless said). */
  type: string;
}

/** EG_ColorChoice (dml-main.xsd): the six ways to write a colour. */
const COLOR = ['scrgbClr', 'srgbClr', 'hslClr', 'sysClr', 'schemeClr', 'prstClr'];
/** EG_FillProperties (dml-main.xsd). */
const FILL = ['noFill', 'solidFill', 'gradFill', 'blipFill', 'pattFill', 'grpFill'];
const one = (name: string, type: string): RequiredChildren => ({ names: [name], min: 1, what: `<a:${name}>`, type });

/**
 * Parent local name → the children it must have. Local names are unambiguous here: each is a
 * DrawingML element that only one schema type uses.
 */
const RULES: Record<string, readonly RequiredChildren[]> = {
  gsLst: [{ names: ['gs'], min: 2, what: 'gradient stops (<a:gs>)', type: 'CT_GradientStopList' }],
  gs: [{ names: COLOR, min: 1, what: 'colour', type: 'CT_GradientStop' }],
  clrScheme: SCHEME_NAMES.map((c) => one(c, 'CT_ColorScheme')),
  ...Object.fromEntries(SCHEME_NAMES.map((c) => [c, [{ names: COLOR, min: 1, what: 'colour', type: 'CT_Color' }]])),
  fontScheme: [one('majorFont', 'CT_FontScheme'), one('minorFont', 'CT_FontScheme')],
  majorFont: [one('latin', 'CT_FontCollection'), one('ea', 'CT_FontCollection'), one('cs', 'CT_FontCollection')],
  minorFont: [one('latin', 'CT_FontCollection'), one('ea', 'CT_FontCollection'), one('cs', 'CT_FontCollection')],
  fmtScheme: ['fillStyleLst', 'lnStyleLst', 'effectStyleLst', 'bgFillStyleLst'].map((c) => one(c, 'CT_StyleMatrix')),
  fillStyleLst: [{ names: FILL, min: 3, what: 'fill styles', type: 'CT_FillStyleList' }],
  bgFillStyleLst: [{ names: FILL, min: 3, what: 'background fill styles', type: 'CT_BackgroundFillStyleList' }],
  lnStyleLst: [{ names: ['ln'], min: 3, what: 'line styles (<a:ln>)', type: 'CT_LineStyleList' }],
  effectStyleLst: [{ names: ['effectStyle'], min: 3, what: 'effect styles (<a:effectStyle>)', type: 'CT_EffectStyleList' }],
  custGeom: [one('pathLst', 'CT_CustomGeometry2D')],
  cSld: [{ names: ['spTree'], min: 1, what: 'a shape tree (<p:spTree>)', type: 'pml.xsd CT_CommonSlideData' }],
};

/**
 * Every element of `root` (a carried part, `part` its name) that lacks content its schema type
 * requires, as `part: in the shape "Deco 106": <a:gsLst> has 0 gradient stops (<a:gs>); the schema
 * requires at least 2 (CT_GradientStopList)`. Identical findings once, with a count.
 */
export function requiredContentProblems(part: string, root: XmlElement): string[] {
  const found = new Map<string, number>();
  visit(root, 'the part', (problem) => {
    const line = `${part}: ${problem}`;
    found.set(line, (found.get(line) ?? 0) + 1);
  });
  return [...found].map(([problem, count]) => (count > 1 ? `${problem} (${count} times)` : problem));
}

function visit(el: XmlElement, where: string, report: (problem: string) => void): void {
  const here = placeOf(el) ?? where;
  for (const rule of RULES[el.name] ?? []) {
    const count = el.children.filter((c) => rule.names.includes(c.name)).length;
    if (count < rule.min) report(`${here}: <${el.name === 'cSld' ? 'p' : 'a'}:${el.name}> has ${count === 0 ? 'no' : `only ${count}`} ${rule.what}; the schema requires at least ${rule.min} (${rule.type})`);
  }
  for (const c of el.children) visit(c, here, report);
}

/** Shape elements (pml.xsd) and their non-visual properties, which hold the shape's name. */
const NON_VISUAL: Record<string, string> = { sp: 'nvSpPr', pic: 'nvPicPr', cxnSp: 'nvCxnSpPr', grpSp: 'nvGrpSpPr', graphicFrame: 'nvGraphicFramePr' };

/** A name for where an element sits, for a PowerPoint user: a named shape, the background, the theme. */
function placeOf(el: XmlElement): string | undefined {
  if (el.name === 'bg') return 'in the background';
  if (el.name === 'theme') return `in the theme "${attr(el, 'name') ?? ''}"`;
  const properties = NON_VISUAL[el.name];
  return properties === undefined ? undefined : `in the shape "${attr(child(child(el, properties), 'cNvPr'), 'name') ?? ''}"`;
}

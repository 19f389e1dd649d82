/**
 * Schema ranges of the numeric attributes briefdeck's writer emits (pptxgenjs' markup and our
 * normaliser's), from the ECMA-376 Part 1 Transitional schemas: dml-main.xsd (DrawingML), pml.xsd
 * (PresentationML), dml-chart.xsd. XSD validation catches a value out of range; PowerPoint
 * "repairs" such a file instead of opening it. The package self-check runs these on every build,
 * so a value no producer clamped (issue #14: `a:pPr lvl="9"`) stops the build instead of shipping.
 */

/** One attribute's inclusive range and the schema type it comes from. */
interface Range {
  min: number;
  max: number;
  type: string;
}

const INT32: Range = { min: -2147483648, max: 2147483647, type: 'ST_Coordinate32' };
const COORDINATE: Range = { min: -27273042329600, max: 27273042316900, type: 'ST_Coordinate' };
const POSITIVE_COORDINATE: Range = { min: 0, max: 27273042316900, type: 'ST_PositiveCoordinate' };
const UNSIGNED_INT: Range = { min: 0, max: 4294967295, type: 'xsd:unsignedInt' };
const FONT_SIZE: Range = { min: 100, max: 400000, type: 'ST_TextFontSize' };
const LINE_WIDTH: Range = { min: 0, max: 20116800, type: 'ST_LineWidth' };

const PARAGRAPH: Record<string, Range> = {
  lvl: { min: 0, max: 8, type: 'ST_TextIndentLevelType' },
  marL: { min: 0, max: 51206400, type: 'ST_TextMargin' },
  marR: { min: 0, max: 51206400, type: 'ST_TextMargin' },
  indent: { min: -51206400, max: 51206400, type: 'ST_TextIndent' },
  defTabSz: INT32,
};
const RUN: Record<string, Range> = {
  sz: FONT_SIZE,
  kern: { min: 0, max: 400000, type: 'ST_TextNonNegativePoint' },
  spc: { min: -400000, max: 400000, type: 'ST_TextPoint' },
};

/** Element (qualified name as the writer spells it) → attribute → range. */
const RANGES: Record<string, Record<string, Range>> = {
  'a:pPr': PARAGRAPH,
  ...Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`a:lvl${i + 1}pPr`, PARAGRAPH])),
  'a:rPr': RUN,
  'a:defRPr': RUN,
  'a:endParaRPr': RUN,
  'a:buAutoNum': { startAt: { min: 1, max: 32767, type: 'ST_TextBulletStartAtNum' } },
  'a:buSzPct': { val: { min: 25000, max: 400000, type: 'ST_TextBulletSizePercent' } },
  'a:spcPts': { val: { min: 0, max: 158400, type: 'ST_TextSpacingPoint' } },
  'a:spcPct': { val: { min: 0, max: 13200000, type: 'ST_TextSpacingPercent' } },
  'a:bodyPr': { lIns: INT32, tIns: INT32, rIns: INT32, bIns: INT32, numCol: { min: 1, max: 16, type: 'ST_TextColumnCount' }, rot: INT32 },
  'a:off': { x: COORDINATE, y: COORDINATE },
  'a:chOff': { x: COORDINATE, y: COORDINATE },
  'a:ext': { cx: POSITIVE_COORDINATE, cy: POSITIVE_COORDINATE },
  'a:chExt': { cx: POSITIVE_COORDINATE, cy: POSITIVE_COORDINATE },
  'a:xfrm': { rot: INT32 },
  'a:ln': { w: LINE_WIDTH },
  'a:lnL': { w: LINE_WIDTH },
  'a:lnR': { w: LINE_WIDTH },
  'a:lnT': { w: LINE_WIDTH },
  'a:lnB': { w: LINE_WIDTH },
  'a:tcPr': { marL: INT32, marR: INT32, marT: INT32, marB: INT32 },
  'a:gridCol': { w: POSITIVE_COORDINATE },
  'a:tr': { h: COORDINATE },
  'a:alpha': { val: { min: 0, max: 100000, type: 'ST_PositiveFixedPercentage' } },
  'p:sldSz': { cx: { min: 914400, max: 51206400, type: 'ST_SlideSizeCoordinate' }, cy: { min: 914400, max: 51206400, type: 'ST_SlideSizeCoordinate' } },
  'p:notesSz': { cx: POSITIVE_COORDINATE, cy: POSITIVE_COORDINATE },
  'p:sldId': { id: { min: 256, max: 2147483647, type: 'ST_SlideId' } },
  'p:sldMasterId': { id: { min: 2147483648, max: 4294967295, type: 'ST_SlideMasterId' } },
  'p:sldLayoutId': { id: { min: 2147483648, max: 4294967295, type: 'ST_SlideLayoutId' } },
  'p:cNvPr': { id: UNSIGNED_INT },
  'c:gapWidth': { val: { min: 0, max: 500, type: 'ST_GapAmount' } },
  'c:overlap': { val: { min: -100, max: 100, type: 'ST_Overlap' } },
  'c:size': { val: { min: 2, max: 72, type: 'ST_MarkerSize' } },
  'c:idx': { val: UNSIGNED_INT },
  'c:order': { val: UNSIGNED_INT },
  'c:ptCount': { val: UNSIGNED_INT },
  'c:pt': { idx: UNSIGNED_INT },
};

/** A start tag of an element with ranged attributes: its name and its attributes. */
const RANGED_TAG = new RegExp(`<(${Object.keys(RANGES).join('|')})\\s([^>]*)>`, 'g');

/**
 * The hash the self-check's fast scanner (`isPlainWellFormedXml`) computes over a name's character
 * codes as it reads them: h = h × 31 + c, in 32 bits.
 */
export function nameHash(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i += 1) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
}

/** A ranged attribute as the fast scanner looks it up: its name, the name's hash and its range. */
export interface ScannedAttribute {
  name: string;
  hash: number;
  min: number;
  max: number;
}

/**
 * The ranged elements by name hash, for the fast scanner: open addressing in typed arrays, so a
 * tag is looked up without making a string of its name (the scanner visits every tag of a deck).
 */
const SLOTS = 256;
const slotHash = new Int32Array(SLOTS);
const slotElement = new Int16Array(SLOTS).fill(-1);
const scannedNames: string[] = [];
const scannedAttributes: ScannedAttribute[][] = [];
for (const [element, ranges] of Object.entries(RANGES)) {
  const hash = nameHash(element, 0, element.length);
  let slot = hash & (SLOTS - 1);
  while (slotElement[slot] !== -1) slot = (slot + 1) & (SLOTS - 1);
  slotHash[slot] = hash;
  slotElement[slot] = scannedNames.length;
  scannedNames.push(element);
  scannedAttributes.push(Object.entries(ranges).map(([name, range]) => ({ name, hash: nameHash(name, 0, name.length), min: range.min, max: range.max })));
}

/** True when `text[start, end)` spells `name`. */
export function spells(text: string, start: number, end: number, name: string): boolean {
  if (end - start !== name.length) return false;
  for (let i = 0; i < name.length; i += 1) if (text.charCodeAt(start + i) !== name.charCodeAt(i)) return false;
  return true;
}

/**
 * The ranged attributes of the element named `text[start, end)` (whose {@link nameHash} is `hash`),
 * or undefined when it has none.
 */
export function rangedAttributesOf(text: string, start: number, end: number, hash: number): readonly ScannedAttribute[] | undefined {
  for (let slot = hash & (SLOTS - 1); slotElement[slot] !== -1; slot = (slot + 1) & (SLOTS - 1)) {
    const element = slotElement[slot]!;
    if (slotHash[slot] === hash && spells(text, start, end, scannedNames[element]!)) return scannedAttributes[element];
  }
  return undefined;
}

/** Parts whose attributes are checked: the DrawingML and PresentationML the writer makes. */
export function hasRangedAttributes(part: string): boolean {
  return /^ppt\/(presentation\.xml|(slides|slideLayouts|slideMasters|notesSlides|notesMasters|charts)\/[^/]+\.xml)$/.test(part);
}

/**
 * Every attribute of `xml` (a part's text) that is out of its schema range or not an integer,
 * as `part: <a:pPr lvl="9"> is outside 0–8 (ST_TextIndentLevelType)`; identical findings once,
 * with a count.
 */
export function attributeRangeProblems(part: string, xml: string): string[] {
  const found = new Map<string, number>();
  // Only the elements that have ranged attributes are matched: most of a part's tags have none,
  // and matching every tag was the costliest step of the self-check (README Performance).
  for (const tag of xml.matchAll(RANGED_TAG)) {
    const ranges = RANGES[tag[1] ?? ''];
    if (ranges !== undefined) tagProblems(part, tag[1] ?? '', tag[2] ?? '', ranges, found);
  }
  return [...found].map(([problem, count]) => (count > 1 ? `${problem} (${count} times)` : problem));
}

/** Adds to `found` (problem → count) each attribute of one start tag that is outside its range. */
function tagProblems(part: string, element: string, attributes: string, ranges: Record<string, Range>, found: Map<string, number>): void {
  // Qualified names too, so `r:id` is not read as `id`.
  for (const attribute of attributes.matchAll(/(?:^|\s)([\w:]+)="([^"]*)"/g)) {
    const range = ranges[attribute[1] ?? ''];
    if (range === undefined) continue;
    const text = attribute[2] ?? '';
    const value = Number(text);
    // Every type here is an integer type: "9.5", "1e3" and "" are as invalid as 9 for 0–8.
    if (/^-?\d+$/.test(text) && value >= range.min && value <= range.max) continue;
    const problem = `${part}: <${element} ${attribute[1]}="${text}"> is outside ${range.min}–${range.max} (${range.type})`;
    found.set(problem, (found.get(problem) ?? 0) + 1);
  }
}

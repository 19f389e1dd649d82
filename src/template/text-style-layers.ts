/**
 * Partial text styles as written at one step of the inheritance chain (ECMA-376 Part 1, §21.1.2.2
 * `a:lvlNpPr`, §21.1.2.3 `a:defRPr`): each step says some properties of some levels, later steps
 * override earlier ones property by property, and {@link finishLevel} fills what nobody said.
 */
import type { FontTriple, LineSpacing, ParagraphSpacing, ResolvedLevelStyle } from './types.js';
import { attr, child, childrenNamed, intAttr, percentAttr, type XmlElement } from './xml-tree.js';
import { colorChild, resolveColor, type ColorContext, type ResolvedColor } from './theme-colors.js';

/** What one step says about one level; undefined fields leave the earlier step's value. */
export interface LevelLayer {
  marginLeftPt?: number;
  indentPt?: number;
  lineSpacing?: LineSpacing;
  spaceBefore?: ParagraphSpacing;
  spaceAfter?: ParagraphSpacing;
  align?: ResolvedLevelStyle['align'];
  bullet?: boolean;
  /** Typefaces as written, theme references (`+mj-lt`) unresolved. */
  latin?: string;
  ea?: string;
  cs?: string;
  sizePt?: number;
  bold?: boolean;
  italic?: boolean;
  caps?: 'all' | 'small' | 'none';
  color?: ResolvedColor;
}

/** Nine levels (index 0 = level 1); undefined where the step says nothing. */
export type StyleLayer = Array<LevelLayer | undefined>;

const EMU_PER_PT = 12700;
const LEVELS = 9;

const ALIGN: Record<string, ResolvedLevelStyle['align']> = { l: 'left', ctr: 'center', r: 'right', just: 'justify', justLow: 'justify', dist: 'justify', thaiDist: 'justify' };

/**
 * Reads a list style (`a:lstStyle`, `p:titleStyle`, `p:bodyStyle`, `p:otherStyle`,
 * `p:defaultTextStyle`): `a:defPPr` applies to every level, then `a:lvlNpPr` to level N.
 */
export function readListStyle(el: XmlElement | undefined, colors: ColorContext): StyleLayer {
  const layer: StyleLayer = new Array<LevelLayer | undefined>(LEVELS).fill(undefined);
  if (el === undefined) return layer;
  const all = child(el, 'defPPr');
  for (let level = 0; level < LEVELS; level += 1) {
    const own = child(el, `lvl${level + 1}pPr`);
    if (all === undefined && own === undefined) continue;
    layer[level] = mergeLevel(all === undefined ? undefined : readParagraphProps(all, child(all, 'defRPr'), colors), own === undefined ? undefined : readParagraphProps(own, child(own, 'defRPr'), colors));
  }
  return layer;
}

/**
 * The formatting of a placeholder's own prompt paragraphs (`a:p` with `a:pPr lvl` and the first
 * run's `a:rPr`, else `a:endParaRPr`). Renderers do not inherit it (PowerPoint and LibreOffice's
 * import alike), but LibreOffice writes no `p:txStyles` and keeps its master text styles only
 * there, so it stands in for a list style when a master has no `p:txStyles` — and the writer must
 * then write the result on each slide (`TemplateMaster.inheritsTextStyles`).
 */
export function readPromptParagraphs(txBody: XmlElement | undefined, colors: ColorContext): StyleLayer {
  const layer: StyleLayer = new Array<LevelLayer | undefined>(LEVELS).fill(undefined);
  for (const p of childrenNamed(txBody, 'p')) {
    const pPr = child(p, 'pPr');
    const level = Math.min(LEVELS - 1, Math.max(0, intAttr(pPr, 'lvl') ?? 0));
    if (layer[level] !== undefined) continue;
    const run = childrenNamed(p, 'r').map((r) => child(r, 'rPr')).find((rPr) => rPr !== undefined) ?? child(p, 'endParaRPr');
    layer[level] = readParagraphProps(pPr, run, colors);
  }
  return layer;
}

/** Reads one `a:pPr`/`a:lvlNpPr` and the run properties that go with it. */
export function readParagraphProps(pPr: XmlElement | undefined, rPr: XmlElement | undefined, colors: ColorContext): LevelLayer {
  const out: LevelLayer = {};
  const marL = intAttr(pPr, 'marL');
  if (marL !== undefined) out.marginLeftPt = marL / EMU_PER_PT;
  const indent = intAttr(pPr, 'indent');
  if (indent !== undefined) out.indentPt = indent / EMU_PER_PT;
  const align = ALIGN[attr(pPr, 'algn') ?? ''];
  if (align !== undefined) out.align = align;
  const lnSpc = readSpacing(child(pPr, 'lnSpc'));
  if (lnSpc !== undefined) out.lineSpacing = lnSpc.kind === 'lines' ? { kind: 'multiple', value: lnSpc.value } : lnSpc;
  const before = readSpacing(child(pPr, 'spcBef'));
  if (before !== undefined) out.spaceBefore = before;
  const after = readSpacing(child(pPr, 'spcAft'));
  if (after !== undefined) out.spaceAfter = after;
  if (child(pPr, 'buNone') !== undefined) out.bullet = false;
  else if (child(pPr, 'buChar') !== undefined || child(pPr, 'buAutoNum') !== undefined || child(pPr, 'buBlip') !== undefined) out.bullet = true;
  Object.assign(out, readRunProps(rPr, colors));
  return out;
}

/** Reads `a:defRPr`/`a:rPr`: size (hundredths of a point), bold, italic, capitals, typefaces, solid colour. */
export function readRunProps(rPr: XmlElement | undefined, colors: ColorContext): LevelLayer {
  const out: LevelLayer = {};
  if (rPr === undefined) return out;
  const sz = intAttr(rPr, 'sz');
  if (sz !== undefined && sz > 0) out.sizePt = sz / 100;
  const b = attr(rPr, 'b');
  if (b !== undefined) out.bold = b === '1' || b === 'true';
  const i = attr(rPr, 'i');
  if (i !== undefined) out.italic = i === '1' || i === 'true';
  const cap = attr(rPr, 'cap');
  if (cap === 'all' || cap === 'small' || cap === 'none') out.caps = cap;
  for (const script of ['latin', 'ea', 'cs'] as const) {
    const face = attr(child(rPr, script), 'typeface');
    if (face !== undefined && face !== '') out[script] = face;
  }
  const color = resolveColor(colorChild(child(rPr, 'solidFill')), colors);
  if (color !== undefined) out.color = color;
  return out;
}

/** `a:spcPct` (100000 = one line) or `a:spcPts` (hundredths of a point). */
function readSpacing(el: XmlElement | undefined): ParagraphSpacing | undefined {
  const pct = child(el, 'spcPct');
  if (pct !== undefined) {
    const value = percentAttr(pct, 'val');
    return value === undefined ? undefined : { kind: 'lines', value: value / 100000 };
  }
  const pts = intAttr(child(el, 'spcPts'), 'val');
  return pts === undefined ? undefined : { kind: 'points', value: pts / 100 };
}

/** `upper` over `lower`, property by property. */
export function mergeLevel(lower: LevelLayer | undefined, upper: LevelLayer | undefined): LevelLayer | undefined {
  if (lower === undefined) return upper;
  if (upper === undefined) return lower;
  const merged: LevelLayer = { ...lower };
  for (const [key, value] of Object.entries(upper)) if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
  return merged;
}

/** Stacks layers, first lowest. */
export function stackLayers(layers: readonly StyleLayer[]): StyleLayer {
  const out: StyleLayer = new Array<LevelLayer | undefined>(LEVELS).fill(undefined);
  for (const layer of layers) for (let level = 0; level < LEVELS; level += 1) out[level] = mergeLevel(out[level], layer[level]);
  return out;
}

/** True when the layer says anything at all. */
export function isEmptyLayer(layer: StyleLayer): boolean {
  return layer.every((level) => level === undefined || Object.keys(level).length === 0);
}

/** Theme fonts `+mj-*`/`+mn-*` resolve against these. */
export interface ThemeFonts {
  major: FontTriple;
  minor: FontTriple;
}

/**
 * A level with every property decided: what nobody said takes ECMA-376's and PowerPoint's
 * defaults (18 pt, single spacing, no space before or after, left, no bullet, the theme's minor
 * font, colour `tx1`).
 */
export function finishLevel(layer: LevelLayer | undefined, fonts: ThemeFonts, defaultColor: ResolvedColor): ResolvedLevelStyle {
  const l = layer ?? {};
  const latin = resolveTypeface(l.latin ?? '+mn-lt', fonts);
  const ea = resolveTypeface(l.ea ?? `+${latin.ref === 'major' ? 'mj' : 'mn'}-ea`, fonts);
  const cs = resolveTypeface(l.cs ?? `+${latin.ref === 'major' ? 'mj' : 'mn'}-cs`, fonts);
  const color = l.color ?? defaultColor;
  return {
    marginLeftPt: l.marginLeftPt ?? 0,
    indentPt: l.indentPt ?? 0,
    lineSpacing: l.lineSpacing ?? { kind: 'multiple', value: 1 },
    spaceBefore: l.spaceBefore ?? { kind: 'points', value: 0 },
    spaceAfter: l.spaceAfter ?? { kind: 'points', value: 0 },
    align: l.align ?? 'left',
    bullet: l.bullet ?? false,
    run: {
      font: { latin: latin.face, ea: ea.face, cs: cs.face },
      ...(latin.ref !== undefined ? { fontRef: latin.ref } : {}),
      sizePt: l.sizePt ?? 18,
      bold: l.bold ?? false,
      italic: l.italic ?? false,
      ...(l.caps !== undefined && l.caps !== 'none' ? { caps: l.caps } : {}),
      color: color.hex,
      ...(color.ref !== undefined ? { colorRef: color.ref } : {}),
    },
  };
}

/** `+mj-lt` → the major Latin typeface (ref `major`), `+mn-ea` → the minor East Asian one, a name → itself. */
export function resolveTypeface(face: string, fonts: ThemeFonts): { face: string; ref?: 'major' | 'minor' } {
  const match = /^\+(mj|mn)-(lt|ea|cs)$/.exec(face);
  if (match === null) return { face };
  const triple = match[1] === 'mj' ? fonts.major : fonts.minor;
  const script = match[2] === 'lt' ? 'latin' : match[2] === 'ea' ? 'ea' : 'cs';
  return { face: triple[script], ref: match[1] === 'mj' ? 'major' : 'minor' };
}

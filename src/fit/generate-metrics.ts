/**
 * Dev-only generator: reads the font files of `FAMILIES` with fontkit (Debian packages
 * fonts-liberation2, fonts-crosextra-carlito, fonts-crosextra-caladea, fonts-dejavu-core,
 * fonts-wqy-microhei) and writes one module per family into `src/fit/metrics/`. Run after `npx tsc`:
 *
 *     node dist/fit/generate-metrics.js [fontDir, default /usr/share/fonts/truetype]
 *
 * Runtime code never imports this file; it reads the generated modules (fontkit is loaded at run
 * time only for font files a template set supplies, see font-file.ts).
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { joinedAdvance } from './arabic-joining.js';
import { ARABIC_END, ARABIC_FIRST, MISSING_GLYPH, decodeJoining, decodeKerning, encodeJoining, encodeKerning, kernUnits, type EncodedRange, type FontStyle, type JoiningEntry, type JoiningType } from './font-metrics.js';

/** The part of fontkit's font object this script reads (fontkit ships no type declarations). */
interface FontkitFont {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  lineGap: number;
  version: string;
  characterSet: number[];
  hasGlyphForCodePoint(codePoint: number): boolean;
  glyphForCodePoint(codePoint: number): { id: number; advanceWidth: number };
  layout(text: string, features?: Record<string, boolean>): { glyphs: Array<{ id: number }>; positions: Array<{ xAdvance: number }> };
  GPOS?: Gpos;
}

/** fontkit's lazily parsed arrays: `get(i)` and a length (plain arrays have both too once read). */
interface Lazy<T> {
  length: number;
  get?(index: number): T;
  [index: number]: T;
}
const at = <T>(list: Lazy<T>, i: number): T => (list.get ? list.get(i) : list[i]) as T;
const all = <T>(list: Lazy<T> | undefined): T[] => Array.from({ length: list?.length ?? 0 }, (_, i) => at(list as Lazy<T>, i));

interface Coverage {
  version: number;
  glyphs?: Lazy<number>;
  rangeRecords?: Lazy<{ start: number; end: number }>;
}
interface ClassDef {
  version: number;
  startGlyph?: number;
  classValueArray?: Lazy<number>;
  classRangeRecord?: Lazy<{ start: number; end: number; class: number }>;
}
interface PairValue {
  xAdvance?: number;
}
interface PairPos {
  version: number;
  coverage: Coverage;
  pairSets?: Lazy<Lazy<{ secondGlyph: number; value1?: PairValue }>>;
  classDef1?: ClassDef;
  classDef2?: ClassDef;
  classRecords?: Lazy<Lazy<{ value1?: PairValue }>>;
}
interface LangSys {
  featureIndexes: Lazy<number>;
}
interface Gpos {
  scriptList: Lazy<{ tag: string; script: { defaultLangSys?: LangSys; langSysRecords: Lazy<{ langSys: LangSys }> } }>;
  featureList: Lazy<{ tag: string; feature: { lookupListIndexes: Lazy<number> } }>;
  lookupList: Lazy<{ lookupType: number; subTables: Lazy<PairPos & { extension?: PairPos; lookupType?: number }> }>;
}

/** Unicode blocks whose widths are shipped: the scripts briefs are written in (Latin incl. Turkish, Greek, Cyrillic incl. Ukrainian) plus punctuation and currency. */
export const SHIPPED_BLOCKS: ReadonlyArray<readonly [number, number]> = [
  [0x0020, 0x007e], // Basic Latin (printable)
  [0x00a0, 0x00ff], // Latin-1 Supplement
  [0x0100, 0x017f], // Latin Extended-A (Turkish ı İ ş ğ)
  [0x0180, 0x024f], // Latin Extended-B
  [0x0370, 0x03ff], // Greek and Coptic
  [0x0400, 0x04ff], // Cyrillic (Ukrainian і ї є ґ)
  [0x2000, 0x206f], // General Punctuation
  [0x20a0, 0x20cf], // Currency Symbols
];

/** A code point whose width is shipped: printable, in the Basic Multilingual Plane, not private use. */
function shippable(cp: number): boolean {
  return cp >= 0x20 && cp <= 0xfffd && !(cp >= 0x7f && cp < 0xa0) && !(cp >= 0xd800 && cp < 0xf900);
}

/** Non-spacing and enclosing marks: HarfBuzz (so LibreOffice) and PowerPoint give them no advance. */
const MARK = /^[\p{Mn}\p{Me}]$/u;

/** Advance of the glyph for `cp` in font units; 0 for a combining mark, which shaping places on its base. */
function advanceOf(font: FontkitFont, cp: number): number {
  if (MARK.test(String.fromCodePoint(cp))) return 0;
  const advance = Math.round(font.glyphForCodePoint(cp).advanceWidth);
  if (advance < 0 || advance >= 36 ** 3 - 1) throw new Error(`advance ${advance} of U+${cp.toString(16)} does not fit three base-36 digits`);
  return advance;
}

/** Shortest stretch of equal widths written as one `[first, count, width]` entry rather than digits. */
const MIN_UNIFORM = 12;

/**
 * The encoded ranges of the code points `cps` (sorted, all in the font): consecutive stretches,
 * bridging gaps of up to two missing code points with `zzz`, and stretches of one width (CJK,
 * monospaced fonts) as `[first, count, width]`.
 */
function encodeRanges(font: FontkitFont, cps: readonly number[]): EncodedRange[] {
  const out: EncodedRange[] = [];
  const wanted = new Set(cps);
  let k = 0;
  while (k < cps.length) {
    let end = k + 1;
    while (end < cps.length && (cps[end] as number) - (cps[end - 1] as number) <= 3) end++;
    const first = cps[k] as number;
    const widths: number[] = [];
    for (let cp = first; cp <= (cps[end - 1] as number); cp++) widths.push(wanted.has(cp) ? advanceOf(font, cp) : -1);
    let digits = '';
    let digitsFrom = first;
    for (let i = 0; i < widths.length; ) {
      let j = i + 1;
      while (j < widths.length && widths[j] === widths[i]) j++;
      if (j - i >= MIN_UNIFORM && (widths[i] as number) >= 0) {
        if (digits !== '') out.push([digitsFrom, digits]);
        out.push([first + i, j - i, widths[i] as number]);
        digits = '';
        digitsFrom = first + j;
      } else {
        for (let m = i; m < j; m++) digits += (widths[m] as number) < 0 ? MISSING_GLYPH : (widths[m] as number).toString(36).padStart(3, '0');
      }
      i = j;
    }
    if (digits !== '') out.push([digitsFrom, digits]);
    k = end;
  }
  return out;
}

/** OpenType scripts whose `kern` feature applies to the shipped blocks (DFLT covers digits and punctuation). */
const KERN_SCRIPTS = new Set(['DFLT', 'latn', 'grek', 'cyrl']);

function coverageGlyphs(coverage: Coverage): number[] {
  if (coverage.version === 1) return all(coverage.glyphs);
  return all(coverage.rangeRecords).flatMap(({ start, end }) => Array.from({ length: end - start + 1 }, (_, k) => start + k));
}

function classOf(def: ClassDef | undefined, glyph: number): number {
  if (!def) return 0;
  if (def.version === 1) {
    const k = glyph - (def.startGlyph ?? 0);
    return k >= 0 && k < (def.classValueArray?.length ?? 0) ? at(def.classValueArray as Lazy<number>, k) : 0;
  }
  return all(def.classRangeRecord).find((r) => glyph >= r.start && glyph <= r.end)?.class ?? 0;
}

/**
 * Pair kerning among the shipped code points from the GPOS `kern` lookups of the Latin, Greek and
 * Cyrillic scripts: PairPos format 1 (glyph pairs) and format 2 (class pairs), also inside
 * extension lookups. The first subtable that covers a pair decides it, as in OpenType; separate
 * lookups add up. Returns left code point → right code point → adjustment in font units.
 */
function extractKerning(font: FontkitFont): Map<number, Map<number, number>> {
  const pairs = new Map<number, Map<number, number>>();
  const gpos = font.GPOS;
  if (!gpos) return pairs;
  // Glyph id → the shipped code points that map to it.
  const cpsOf = new Map<number, number[]>();
  for (const [first, last] of SHIPPED_BLOCKS) {
    for (let cp = first; cp <= last; cp++) {
      // The soft hyphen is invisible where the line does not break there, so shaping never kerns it.
      if (!font.hasGlyphForCodePoint(cp) || cp === 0xad) continue;
      const id = font.glyphForCodePoint(cp).id;
      cpsOf.set(id, [...(cpsOf.get(id) ?? []), cp]);
    }
  }
  const features = new Set<number>();
  for (const { tag, script } of all(gpos.scriptList)) {
    if (!KERN_SCRIPTS.has(tag)) continue;
    for (const langSys of [script.defaultLangSys, ...all(script.langSysRecords).map((r) => r.langSys)]) {
      for (const f of all(langSys?.featureIndexes)) features.add(f);
    }
  }
  const lookups = new Set<number>();
  for (const f of features) {
    const feature = at(gpos.featureList, f);
    if (feature.tag === 'kern') for (const l of all(feature.feature.lookupListIndexes)) lookups.add(l);
  }
  for (const l of [...lookups].sort((a, b) => a - b)) {
    const lookup = at(gpos.lookupList, l);
    const decided = new Set<string>(); // glyph pairs an earlier subtable of this lookup covered
    for (const raw of all(lookup.subTables)) {
      const type = lookup.lookupType === 9 ? raw.lookupType : lookup.lookupType;
      const sub = lookup.lookupType === 9 ? raw.extension : raw;
      if (type !== 2 || !sub) continue;
      const firsts = coverageGlyphs(sub.coverage);
      const add = (g1: number, g2: number, value: number): void => {
        const key = `${g1},${g2}`;
        if (decided.has(key)) return;
        decided.add(key);
        for (const left of cpsOf.get(g1) ?? []) {
          for (const right of cpsOf.get(g2) ?? []) {
            const row = pairs.get(left) ?? new Map<number, number>();
            row.set(right, (row.get(right) ?? 0) + value);
            pairs.set(left, row);
          }
        }
      };
      if (sub.version === 1) {
        firsts.forEach((g1, i) => {
          for (const pv of all(at(sub.pairSets as Lazy<Lazy<{ secondGlyph: number; value1?: PairValue }>>, i))) add(g1, pv.secondGlyph, pv.value1?.xAdvance ?? 0);
        });
      } else if (sub.version === 2) {
        for (const g1 of firsts) {
          if (!cpsOf.has(g1)) continue;
          const record = at(sub.classRecords as Lazy<Lazy<{ value1?: PairValue }>>, classOf(sub.classDef1, g1));
          for (const g2 of cpsOf.keys()) add(g1, g2, at(record, classOf(sub.classDef2, g2)).value1?.xAdvance ?? 0);
        }
      }
    }
  }
  return pairs;
}

/**
 * Checks the extracted pairs against fontkit's own shaping: for every kerned pair and a spread of
 * unkerned ones, laid out alone, the width with the \`kern\` feature minus the width without it
 * must be the shipped adjustment.
 */
function checkKerning(font: FontkitFont, encoded: string, label: string): void {
  const table = decodeKerning(encoded);
  const cps: number[] = [];
  for (const [first, last] of SHIPPED_BLOCKS) for (let cp = first; cp <= last; cp++) if (font.hasGlyphForCodePoint(cp) && cp !== 0xad) cps.push(cp);
  const samples: Array<[number, number]> = [];
  for (let i = 0; i < cps.length; i++) for (let j = 0; j < cps.length; j += 7) if (kernUnits(table, cps[i] as number, cps[j] as number) !== 0 || (i * 31 + j) % 97 === 0) samples.push([cps[i] as number, cps[j] as number]);
  let bad = 0;
  for (const [a, b] of samples) {
    const text = String.fromCodePoint(a, b);
    // Ligatures off in both: Carlito's ff, fi, tt... are narrower than their kerned letters, and
    // PowerPoint draws them only when asked; the letters' sum is the wider, safe measure.
    const sum = (features: Record<string, boolean>): number => font.layout(text, { liga: false, ...features }).positions.reduce((s, p) => s + p.xAdvance, 0);
    const expected = sum({}) - sum({ kern: false });
    const ours = kernUnits(table, a, b);
    if (Math.abs(expected - ours) > 0.5 && bad++ < 10) console.warn(`${label}: U+${a.toString(16)} U+${b.toString(16)} kerned by ${expected}, shipped ${ours}`);
  }
  if (bad > 0) throw new Error(`${label}: ${bad} of ${samples.length} checked pairs disagree with fontkit's shaping`);
}

/** Where a family's files are and what of them ships. Paths are relative to the font folder. */
interface FamilySpec {
  family: string;
  exportName: string;
  /** Output module in src/fit/metrics/. */
  module: string;
  /** Font file per style; styles a family lacks reuse another style's file (LibreOffice synthesises them, widths unchanged). */
  files: Record<FontStyle, string>;
  /** Only these blocks ship (the whole character map when absent). */
  blocks?: ReadonlyArray<readonly [number, number]>;
  /** Whether GPOS `kern` pairs among the Latin, Greek and Cyrillic blocks ship. */
  kerning: boolean;
}

/** Hebrew, and the Arabic blocks whose joining forms ship. */
const RTL_BLOCKS: ReadonlyArray<readonly [number, number]> = [
  [0x0590, 0x05ff], // Hebrew
  [0x0600, 0x06ff], // Arabic
  [0x0750, 0x077f], // Arabic Supplement
  [0x08a0, 0x08ff], // Arabic Extended-A
  [0xfb1d, 0xfb4f], // Hebrew presentation forms
];

/** The CJK blocks: ideographs, kana, hangul, CJK punctuation, full-width forms. */
export const CJK_BLOCKS: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x11ff], // Hangul Jamo
  [0x2e80, 0x2fdf], // CJK radicals, Kangxi radicals
  [0x3000, 0x303f], // CJK symbols and punctuation
  [0x3040, 0x30ff], // Hiragana, Katakana
  [0x3100, 0x31ff], // Bopomofo, Hangul compatibility Jamo, Kanbun, strokes, Katakana extension
  [0x3200, 0x33ff], // Enclosed CJK, CJK compatibility
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xac00, 0xd7af], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe30, 0xfe4f], // CJK compatibility forms
  [0xff00, 0xffef], // Half-width and full-width forms
];

const styleFiles = (stem: string, suffixes: Record<FontStyle, string>): Record<FontStyle, string> => ({
  regular: `${stem}${suffixes.regular}.ttf`,
  bold: `${stem}${suffixes.bold}.ttf`,
  italic: `${stem}${suffixes.italic}.ttf`,
  boldItalic: `${stem}${suffixes.boldItalic}.ttf`,
});
const DASHED = { regular: '-Regular', bold: '-Bold', italic: '-Italic', boldItalic: '-BoldItalic' };

/** Every family that ships: the metric-compatible stand-ins of Office's fonts and the script fallbacks. */
export const FAMILIES: readonly FamilySpec[] = [
  { family: 'Liberation Sans', exportName: 'liberationSans', module: 'liberation-sans.ts', files: styleFiles('liberation2/LiberationSans', DASHED), kerning: true },
  { family: 'Liberation Serif', exportName: 'liberationSerif', module: 'liberation-serif.ts', files: styleFiles('liberation2/LiberationSerif', DASHED), kerning: true },
  { family: 'Liberation Mono', exportName: 'liberationMono', module: 'liberation-mono.ts', files: styleFiles('liberation2/LiberationMono', DASHED), kerning: true },
  { family: 'Carlito', exportName: 'carlito', module: 'carlito.ts', files: styleFiles('crosextra/Carlito', DASHED), kerning: true },
  { family: 'Caladea', exportName: 'caladea', module: 'caladea.ts', files: styleFiles('crosextra/Caladea', DASHED), kerning: true },
  {
    family: 'DejaVu Sans',
    exportName: 'dejavuSans',
    module: 'dejavu-sans.ts',
    files: styleFiles('dejavu/DejaVuSans', { regular: '', bold: '-Bold', italic: '-Oblique', boldItalic: '-BoldOblique' }),
    blocks: [...SHIPPED_BLOCKS, ...RTL_BLOCKS],
    kerning: false,
  },
  {
    family: 'WenQuanYi Micro Hei',
    exportName: 'wenquanyiMicroHei',
    module: 'wenquanyi-micro-hei.ts',
    // One face: LibreOffice draws bold and italic CJK by emboldening and slanting it, same advances.
    files: { regular: 'wqy/wqy-microhei.ttc', bold: 'wqy/wqy-microhei.ttc', italic: 'wqy/wqy-microhei.ttc', boldItalic: 'wqy/wqy-microhei.ttc' },
    blocks: CJK_BLOCKS,
    kerning: false,
  },
];

type Fontkit = { openSync(path: string): FontkitFont | { fonts: FontkitFont[] } };

/** Opens a font file; a collection (.ttc) gives its first face. */
function openFont(fontkit: Fontkit, path: string): FontkitFont {
  const opened = fontkit.openSync(path);
  return 'fonts' in opened ? (opened.fonts[0] as FontkitFont) : opened;
}

const TATWEEL = 0x0640;
const BEH = 0x0628;
const LAM = 0x0644;
const ALEFS = [0x0622, 0x0623, 0x0625, 0x0627, 0x0671, 0x0672, 0x0673, 0x0675];

/**
 * Joining classes and the widths of the four contextual forms of every Arabic letter the font has,
 * read from the font's own shaping (fontkit's Arabic shaper applies its `init`/`medi`/`fina`/`rlig`
 * lookups): a letter's final form is measured after a tatweel, its initial form before one. Whether
 * a letter joins on a side is seen from a beh next to it taking its joined form.
 */
function extractJoining(font: FontkitFont): string | undefined {
  const letters = font.characterSet.filter((cp) => cp >= ARABIC_FIRST && cp < ARABIC_END && (cp === TATWEEL || /^\p{L}$/u.test(String.fromCodePoint(cp)))).sort((a, b) => a - b);
  if (letters.length === 0 || !font.hasGlyphForCodePoint(TATWEEL) || !font.hasGlyphForCodePoint(BEH)) return undefined;
  const tatweel = font.glyphForCodePoint(TATWEEL).id;
  const shaped = (cps: number[]): { ids: number[]; width: number } => {
    const run = font.layout(String.fromCodePoint(...cps));
    const ids = run.glyphs.map((g) => g.id);
    return { ids, width: run.positions.reduce((s, p, i) => s + (ids[i] === tatweel ? 0 : p.xAdvance), 0) };
  };
  const behAlone = shaped([BEH]).ids[0];
  const entries: JoiningEntry[] = [];
  for (const cp of letters) {
    const own = Math.round(font.glyphForCodePoint(TATWEEL).advanceWidth);
    const widths = cp === TATWEEL ? ([own, own, own, own] as const) : ([shaped([cp]).width, shaped([TATWEEL, cp]).width, shaped([cp, TATWEEL]).width, shaped([TATWEEL, cp, TATWEEL]).width] as const);
    let type: JoiningType;
    if (cp === TATWEEL) type = 'C';
    else if (cp === BEH) type = 'D';
    else {
      const right = !shaped([BEH, cp]).ids.includes(behAlone as number);
      const left = !shaped([cp, BEH]).ids.includes(behAlone as number);
      type = right && left ? 'D' : right ? 'R' : 'U';
    }
    entries.push({ codePoint: cp, type, widths: widths.map(Math.round) as unknown as JoiningEntry['widths'] });
  }
  const lamAlef = new Map<number, readonly [number, number]>();
  for (const alef of ALEFS) {
    if (!font.hasGlyphForCodePoint(alef)) continue;
    const alone = shaped([LAM, alef]);
    if (alone.ids.length !== 1) continue; // no ligature in this font
    lamAlef.set(alef, [Math.round(alone.width), Math.round(shaped([TATWEEL, LAM, alef]).width)]);
  }
  return encodeJoining(entries, lamAlef);
}

/** Arabic text the joining table is checked on: words of every joining class, lam-alef, vowel marks. */
const ARABIC_SAMPLES = [
  'موقف الحكومة: وقف فوري لإطلاق النار، وتبادل الأسرى، ومفاوضات مباشرة بوساطة قطر ومصر.',
  'أعلنت وزارة الخارجية أن الجولة الثانية من المحادثات ستعقد في إسطنبول يوم الاثنين',
  'لا لآ لأ لإ سلام كلام ـلا بلا الله مُحَمَّدٌ عَرَبِيّ ؤ ئ ء ة ى پ چ ژ گ ک ی',
];

/**
 * Checks that the shipped joining forms reproduce fontkit's shaping of whole Arabic sentences:
 * the sum the measurer computes with {@link joinedAdvance} (plain advances elsewhere) must equal
 * the shaped advance width, to the unit.
 */
function checkJoining(font: FontkitFont, encoded: string, label: string): void {
  const table = decodeJoining(encoded);
  if (!table) return;
  for (const text of ARABIC_SAMPLES) {
    let ours = 0;
    for (let i = 0; i < text.length; i++) {
      const cp = text.charCodeAt(i);
      ours += joinedAdvance(table, text, i) ?? (MARK.test(text[i] as string) ? 0 : font.hasGlyphForCodePoint(cp) ? Math.round(font.glyphForCodePoint(cp).advanceWidth) : 0);
    }
    const shaped = font.layout(text).positions.reduce((s, p) => s + p.xAdvance, 0);
    if (Math.abs(ours - shaped) > 2) throw new Error(`${label}: "${text}" shaped ${shaped} units wide, joining table gives ${ours}`);
  }
}

/** CJK text the uniform ranges are checked on: every ideograph, kana and hangul syllable 1 em. */
function checkCjk(font: FontkitFont, label: string): void {
  for (const [first, last] of [[0x4e00, 0x9fa5], [0x3041, 0x3096], [0x30a1, 0x30fa], [0xac00, 0xd7a3]] as const) {
    for (let cp = first; cp <= last; cp++) {
      if (font.hasGlyphForCodePoint(cp) && Math.round(font.glyphForCodePoint(cp).advanceWidth) !== font.unitsPerEm) {
        throw new Error(`${label}: U+${cp.toString(16)} is not 1 em wide`);
      }
    }
  }
}

function inBlocks(cp: number, blocks: FamilySpec['blocks']): boolean {
  return blocks === undefined || blocks.some(([first, last]) => cp >= first && cp <= last);
}

async function generate(fontkit: Fontkit, fontDir: string, spec: FamilySpec, outDir: string): Promise<void> {
  const styles = {} as Record<FontStyle, EncodedRange[]>;
  const kerning: Partial<Record<FontStyle, string>> = {};
  const joining: Partial<Record<FontStyle, string>> = {};
  const regular = openFont(fontkit, join(fontDir, spec.files.regular));
  for (const [style, file] of Object.entries(spec.files) as Array<[FontStyle, string]>) {
    const font = openFont(fontkit, join(fontDir, file));
    const label = `${spec.family} ${style}`;
    const cps = [...new Set(font.characterSet)].filter((cp) => shippable(cp) && inBlocks(cp, spec.blocks)).sort((a, b) => a - b);
    styles[style] = encodeRanges(font, cps);
    if (spec.kerning) {
      const pairs = encodeKerning(extractKerning(font));
      checkKerning(font, pairs, label);
      if (pairs !== '') kerning[style] = pairs;
    }
    const forms = extractJoining(font);
    if (forms !== undefined) {
      checkJoining(font, forms, label);
      joining[style] = forms;
    }
    if (spec.blocks === CJK_BLOCKS) checkCjk(font, label);
  }
  const rangeLines = (ranges: EncodedRange[]): string =>
    ranges.map((r) => (r.length === 3 ? `      [0x${r[0].toString(16).padStart(4, '0')}, ${r[1]}, ${r[2]}],` : `      [0x${r[0].toString(16).padStart(4, '0')}, '${r[1]}'],`)).join('\n');
  const styleLines = (Object.keys(styles) as FontStyle[]).map((style) => `    ${style}: [\n${rangeLines(styles[style])}\n    ],`).join('\n');
  // Wrapped at 100 characters a line so the module stays diffable.
  const chunk = (text: string): string => (text.match(/.{1,100}/g) ?? []).map((part) => `      '${part}'`).join(' +\n');
  const record = (name: string, values: Partial<Record<FontStyle, string>>): string => {
    const keys = Object.keys(values) as FontStyle[];
    return keys.length === 0 ? '' : `  ${name}: {\n${keys.map((style) => `    ${style}:\n${chunk(values[style] ?? '')},`).join('\n')}\n  },\n`;
  };
  const source = `/**
 * ${spec.family} metrics (${regular.version}), generated by src/fit/generate-metrics.ts with fontkit.
 * Do not edit; regenerate instead. Widths: every code point of the font's character map${spec.blocks ? ' in the shipped blocks' : ''},
 * three base-36 digits each (\`zzz\` = no glyph) or [first, count, width] for a stretch of one width.
 * Kerning: GPOS \`kern\` pairs, encoded as \`encodeKerning\` describes; joining: Arabic contextual forms (\`encodeJoining\`).
 */
import type { EncodedFontMetrics } from '../font-metrics.js';

/** Advance widths and vertical metrics of ${spec.family}. */
export const ${spec.exportName}: EncodedFontMetrics = {
  family: '${spec.family}',
  unitsPerEm: ${regular.unitsPerEm},
  ascent: ${regular.ascent},
  descent: ${-regular.descent},
  lineGap: ${regular.lineGap},
  styles: {
${styleLines}
  },
${record('kerning', kerning)}${record('joining', joining)}};
`;
  const outFile = join(outDir, spec.module);
  writeFileSync(outFile, source);
  console.log(`wrote ${outFile} (${source.length} bytes)`);
}

const here = dirname(fileURLToPath(import.meta.url));
// dist/fit → ../../src/fit/metrics: the output belongs in the sources, not in dist.
const outDir = resolve(here, '../../src/fit/metrics');
const fontDir = process.argv[2] ?? '/usr/share/fonts/truetype';
// A computed specifier keeps tsc from looking for fontkit's (non-existent) type declarations.
const fontkitName = 'fontkit';
const fontkit = (await import(fontkitName)) as Fontkit;
for (const spec of FAMILIES) await generate(fontkit, fontDir, spec, outDir);

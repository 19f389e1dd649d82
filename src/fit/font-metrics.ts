/**
 * Font metrics as shipped data: advance widths per code point plus the vertical metrics the
 * line height is computed from. The generated modules in `metrics/` hold the encoded form so a
 * fresh machine measures exactly what the build machine measured, without reading font files.
 */

/** Style names a metrics file carries, in the order the generator writes them. */
export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';

/**
 * One stretch of consecutive code points the font's character map covers, in one of two forms:
 * `[first code point, widths]`, where `widths` holds three base-36 digits per code point (advance
 * width in font units) and `zzz` marks a missing glyph; or `[first code point, count, width]` for
 * `count` code points of one and the same width (CJK ideographs, a monospaced font), which keeps
 * 20,000 ideographs to a dozen entries. Three digits cover widths up to 46,655 units, far above
 * any real advance at 2,048 units per em.
 */
export type EncodedRange = readonly [number, string] | readonly [number, number, number];

/** Encoded metrics of one font family as written by `generate-metrics.ts`. */
export interface EncodedFontMetrics {
  family: string;
  unitsPerEm: number;
  /** hhea ascender, positive, in font units. */
  ascent: number;
  /** hhea descender as a positive distance below the baseline, in font units. */
  descent: number;
  /** hhea line gap in font units. */
  lineGap: number;
  styles: Record<FontStyle, readonly EncodedRange[]>;
  /** Per style: pair kerning as written by `encodeKerning`; a style without pairs is absent. */
  kerning?: Partial<Record<FontStyle, string>>;
  /** Per style: widths of the Arabic joining forms as written by `encodeJoining`; absent without Arabic. */
  joining?: Partial<Record<FontStyle, string>>;
}

/** Marker for a code point the font has no glyph for. */
export const MISSING_GLYPH = 'zzz';

/** Sentinel width in decoded tables for a code point the font has no glyph for. */
export const NO_GLYPH = -1;

/**
 * Decodes one style into a dense table indexed by code point (entries outside the ranges and
 * missing glyphs hold `NO_GLYPH`). A dense Float64Array makes the hot loop of the measurer a plain
 * array read instead of a map lookup.
 */
export function decodeWidths(ranges: readonly EncodedRange[]): Float64Array {
  let end = 0;
  for (const range of ranges) end = Math.max(end, range[0] + rangeLength(range));
  const table = new Float64Array(end).fill(NO_GLYPH);
  for (const range of ranges) {
    const first = range[0];
    if (range.length === 3) {
      table.fill(range[2], first, first + range[1]);
      continue;
    }
    const widths = range[1];
    for (let i = 0; i < widths.length / 3; i++) {
      const digits = widths.slice(i * 3, i * 3 + 3);
      table[first + i] = digits === MISSING_GLYPH ? NO_GLYPH : parseInt(digits, 36);
    }
  }
  return table;
}

/** Number of code points an encoded range covers. */
export function rangeLength(range: EncodedRange): number {
  return range.length === 3 ? range[1] : range[1].length / 3;
}

/** Arabic joining classes as the measurer uses them (Unicode ArabicShaping.txt, read from the font's own shaping). */
export type JoiningType = 'D' | 'R' | 'U' | 'C';

/** The four contextual forms of an Arabic letter, in this order in `encodeJoining`'s strings. */
export const JOINING_FORMS = ['isolated', 'final', 'initial', 'medial'] as const;

/** One letter's joining class and the advance of each of its forms in font units (`final`/`initial`/`medial` equal `isolated` where the letter has no such form). */
export interface JoiningEntry {
  codePoint: number;
  type: JoiningType;
  widths: readonly [number, number, number, number];
}

/**
 * Encodes joining forms as one group per letter: its code point (three base-36 digits), its type
 * (one letter), then four widths (three digits each). A lam-alef ligature is a group of type `L`
 * keyed by the alef, with the ligature's isolated and final widths (the lam decides the form).
 */
export function encodeJoining(entries: readonly JoiningEntry[], lamAlef: ReadonlyMap<number, readonly [number, number]>): string {
  const d3 = (n: number): string => {
    if (!Number.isInteger(n) || n < 0 || n >= 36 ** 3) throw new Error(`${n} does not fit three base-36 digits`);
    return n.toString(36).padStart(3, '0');
  };
  let out = '';
  for (const e of entries) out += d3(e.codePoint - ARABIC_FIRST) + e.type + e.widths.map(d3).join('');
  for (const [alef, [iso, fin]] of lamAlef) out += d3(alef - ARABIC_FIRST) + 'L' + d3(iso) + d3(fin) + '000000';
  return out;
}

/** First code point of the Arabic blocks the joining tables cover (Arabic, Arabic Supplement, Arabic Extended-A). */
export const ARABIC_FIRST = 0x0600;
/** One past the last code point the joining tables cover. */
export const ARABIC_END = 0x0900;

/** Joining class codes in {@link JoiningTable.types}. */
export const JOIN_NONE = 0;
export const JOIN_RIGHT = 1;
export const JOIN_DUAL = 2;
export const JOIN_CAUSING = 3;

/**
 * Decoded joining forms: for each code point from `ARABIC_FIRST`, its class (`JOIN_*`, 0 for
 * letters the table lacks) and the widths of its four forms at `4 × index + form`; `lamAlef` maps
 * an alef to the isolated and final widths of its ligature with a preceding lam.
 */
export interface JoiningTable {
  types: Uint8Array;
  forms: Float64Array;
  lamAlef: Map<number, readonly [number, number]>;
}

/** Decodes `encodeJoining`'s string; undefined when the font has no Arabic. */
export function decodeJoining(encoded: string | undefined): JoiningTable | undefined {
  if (!encoded) return undefined;
  const size = ARABIC_END - ARABIC_FIRST;
  const table: JoiningTable = { types: new Uint8Array(size), forms: new Float64Array(4 * size).fill(NO_GLYPH), lamAlef: new Map() };
  const code = { U: JOIN_NONE, R: JOIN_RIGHT, D: JOIN_DUAL, C: JOIN_CAUSING } as Record<string, number>;
  for (let at = 0; at + 16 <= encoded.length; at += 16) {
    const index = parseInt(encoded.slice(at, at + 3), 36);
    const type = encoded[at + 3] as string;
    const w = [0, 1, 2, 3].map((k) => parseInt(encoded.slice(at + 4 + 3 * k, at + 7 + 3 * k), 36));
    if (type === 'L') {
      table.lamAlef.set(ARABIC_FIRST + index, [w[0] as number, w[1] as number]);
      continue;
    }
    table.types[index] = code[type] ?? JOIN_NONE;
    for (let k = 0; k < 4; k++) table.forms[4 * index + k] = w[k] as number;
  }
  return table;
}

/** Added to a kerning value (font units) so that it encodes as two non-negative base-36 digits. */
const KERN_BIAS = 648;

/**
 * Pair kerning of one style: the adjustment in font units added to the advance of `left` when
 * `right` follows it in the same run (as the font's GPOS `kern` feature, and so HarfBuzz in
 * LibreOffice, applies it). Decoded into dense tables so a lookup is two array reads.
 */
export interface KernTable {
  /** Row of each left code point, -1 when it starts no pair. */
  rows: Int16Array;
  /** Column of each right code point, -1 when it ends no pair. */
  columns: Int16Array;
  /** Number of columns. */
  width: number;
  /** Adjustment in font units at `row * width + column`, 0 for pairs the font does not kern. */
  values: Float64Array;
}

/**
 * Encodes non-zero kerning pairs (left code point → right code point → font units) compactly, as
 * fonts kern by classes: left code points with identical rows share a row class, right code
 * points with identical columns a column class. Three sections separated by `|`: the left code
 * points with their row class (three + two base-36 digits each), the right ones with their column
 * class (likewise), then per row class its non-zero cells: a count (two digits) and per cell the
 * column class (two) and the value + 648 (two).
 */
export function encodeKerning(pairs: ReadonlyMap<number, ReadonlyMap<number, number>>): string {
  const digits = (n: number, width: number, what: string): string => {
    if (!Number.isInteger(n) || n < 0 || n >= 36 ** width) throw new Error(`${what} ${n} does not fit ${width} base-36 digits`);
    return n.toString(36).padStart(width, '0');
  };
  const lefts = [...pairs.keys()].filter((l) => [...(pairs.get(l) ?? new Map<number, number>()).values()].some((v) => v !== 0)).sort((a, b) => a - b);
  if (lefts.length === 0) return '';
  const rights = [...new Set(lefts.flatMap((l) => [...(pairs.get(l) ?? new Map<number, number>())].filter(([, v]) => v !== 0).map(([r]) => r)))].sort((a, b) => a - b);
  const value = (l: number, r: number): number => pairs.get(l)?.get(r) ?? 0;
  const classes = (keys: number[], signature: (k: number) => string): { of: Map<number, number>; reps: number[] } => {
    const bySignature = new Map<string, number>();
    const of = new Map<number, number>();
    const reps: number[] = [];
    for (const k of keys) {
      const sig = signature(k);
      let c = bySignature.get(sig);
      if (c === undefined) {
        c = reps.length;
        bySignature.set(sig, c);
        reps.push(k);
      }
      of.set(k, c);
    }
    return { of, reps };
  };
  const rows = classes(lefts, (l) => rights.map((r) => value(l, r)).join(','));
  const cols = classes(rights, (r) => lefts.map((l) => value(l, r)).join(','));
  let out = lefts.map((l) => digits(l, 3, 'code point') + digits(rows.of.get(l) ?? 0, 2, 'row class')).join('') + '|';
  out += rights.map((r) => digits(r, 3, 'code point') + digits(cols.of.get(r) ?? 0, 2, 'column class')).join('') + '|';
  for (const left of rows.reps) {
    const cells = cols.reps.flatMap((right, c) => (value(left, right) === 0 ? [] : [[c, value(left, right)] as const]));
    out += digits(cells.length, 2, 'cell count') + cells.map(([c, v]) => digits(c, 2, 'column class') + digits(v + KERN_BIAS, 2, 'kerning value')).join('');
  }
  return out;
}

/** Decodes `encodeKerning`'s string into lookup tables; undefined when there are no pairs. */
export function decodeKerning(encoded: string | undefined): KernTable | undefined {
  if (!encoded) return undefined;
  const [leftPart = '', rightPart = '', matrix = ''] = encoded.split('|');
  const index = (part: string): { table: Int16Array; count: number } => {
    const entries: Array<[number, number]> = [];
    for (let at = 0; at + 5 <= part.length; at += 5) entries.push([parseInt(part.slice(at, at + 3), 36), parseInt(part.slice(at + 3, at + 5), 36)]);
    const table = new Int16Array(Math.max(...entries.map((e) => e[0])) + 1).fill(-1);
    for (const [cp, c] of entries) table[cp] = c;
    return { table, count: Math.max(...entries.map((e) => e[1])) + 1 };
  };
  const rows = index(leftPart);
  const columns = index(rightPart);
  const values = new Float64Array(rows.count * columns.count);
  let at = 0;
  for (let row = 0; row < rows.count; row++) {
    const cells = parseInt(matrix.slice(at, at + 2), 36);
    at += 2;
    for (let k = 0; k < cells; k++, at += 4) values[row * columns.count + parseInt(matrix.slice(at, at + 2), 36)] = parseInt(matrix.slice(at + 2, at + 4), 36) - KERN_BIAS;
  }
  return { rows: rows.table, columns: columns.table, width: columns.count, values };
}

/** Kerning in font units between `left` and the `right` that follows it; 0 without a table or pair. */
export function kernUnits(table: KernTable | undefined, left: number, right: number): number {
  if (table === undefined || left < 0 || left >= table.rows.length || right >= table.columns.length) return 0;
  const row = table.rows[left] ?? -1;
  if (row < 0) return 0;
  const column = table.columns[right] ?? -1;
  return column < 0 ? 0 : (table.values[row * table.width + column] ?? 0);
}

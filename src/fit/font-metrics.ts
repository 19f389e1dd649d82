/**
 * Font metrics as shipped data: advance widths per code point plus the vertical metrics the
 * line height is computed from. The generated modules in `metrics/` hold the encoded form so a
 * fresh machine measures exactly what the build machine measured, without reading font files.
 */

/** Style names a metrics file carries, in the order the generator writes them. */
export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';

/**
 * One block of consecutive code points: `[first code point, widths]`, where `widths` holds three
 * base-36 digits per code point (advance width in font units) and `zzz` marks a missing glyph.
 * Three digits cover widths up to 46,655 units, far above any real advance at 2,048 units per em.
 */
export type EncodedRange = readonly [number, string];

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
  for (const [first, widths] of ranges) end = Math.max(end, first + widths.length / 3);
  const table = new Float64Array(end).fill(NO_GLYPH);
  for (const [first, widths] of ranges) {
    for (let i = 0; i < widths.length / 3; i++) {
      const digits = widths.slice(i * 3, i * 3 + 3);
      table[first + i] = digits === MISSING_GLYPH ? NO_GLYPH : parseInt(digits, 36);
    }
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
 * Encodes non-zero kerning pairs (left code point → right code point → font units) as a string of
 * groups, one per left code point in ascending order: the left code point (three base-36 digits),
 * its pair count (two), then per pair the right code point (three) and the value + 648 (two).
 */
export function encodeKerning(pairs: ReadonlyMap<number, ReadonlyMap<number, number>>): string {
  const digits = (n: number, width: number, what: string): string => {
    if (!Number.isInteger(n) || n < 0 || n >= 36 ** width) throw new Error(`${what} ${n} does not fit ${width} base-36 digits`);
    return n.toString(36).padStart(width, '0');
  };
  let out = '';
  for (const left of [...pairs.keys()].sort((a, b) => a - b)) {
    const rights = [...(pairs.get(left) ?? new Map<number, number>())].filter(([, v]) => v !== 0).sort((a, b) => a[0] - b[0]);
    if (rights.length === 0) continue;
    out += digits(left, 3, 'code point') + digits(rights.length, 2, 'pair count');
    for (const [right, value] of rights) out += digits(right, 3, 'code point') + digits(value + KERN_BIAS, 2, 'kerning value');
  }
  return out;
}

/** Decodes `encodeKerning`'s string into lookup tables; undefined when there are no pairs. */
export function decodeKerning(encoded: string | undefined): KernTable | undefined {
  if (!encoded) return undefined;
  const triples: Array<[number, number, number]> = [];
  for (let at = 0; at < encoded.length; ) {
    const left = parseInt(encoded.slice(at, at + 3), 36);
    const count = parseInt(encoded.slice(at + 3, at + 5), 36);
    at += 5;
    for (let k = 0; k < count; k++, at += 5) {
      triples.push([left, parseInt(encoded.slice(at, at + 3), 36), parseInt(encoded.slice(at + 3, at + 5), 36) - KERN_BIAS]);
    }
  }
  const index = (cps: number[]): Int16Array => {
    const table = new Int16Array(Math.max(...cps) + 1).fill(-1);
    let next = 0;
    for (const cp of [...new Set(cps)].sort((a, b) => a - b)) table[cp] = next++;
    return table;
  };
  const rows = index(triples.map((t) => t[0]));
  const columns = index(triples.map((t) => t[1]));
  const width = new Set(triples.map((t) => t[1])).size;
  const values = new Float64Array(new Set(triples.map((t) => t[0])).size * width);
  for (const [left, right, value] of triples) values[(rows[left] ?? 0) * width + (columns[right] ?? 0)] = value;
  return { rows, columns, width, values };
}

/** Kerning in font units between `left` and the `right` that follows it; 0 without a table or pair. */
export function kernUnits(table: KernTable | undefined, left: number, right: number): number {
  if (table === undefined || left < 0 || left >= table.rows.length || right >= table.columns.length) return 0;
  const row = table.rows[left] ?? -1;
  if (row < 0) return 0;
  const column = table.columns[right] ?? -1;
  return column < 0 ? 0 : (table.values[row * table.width + column] ?? 0);
}

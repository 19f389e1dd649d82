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

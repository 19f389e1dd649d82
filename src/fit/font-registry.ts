import { decodeKerning, decodeWidths, type EncodedFontMetrics, type FontStyle, type KernTable } from './font-metrics.js';
import { liberationMono } from './metrics/liberation-mono.js';
import { liberationSans } from './metrics/liberation-sans.js';

/** Decoded metrics of one family, ready for the measurer's hot loop. */
export interface FontFamilyMetrics {
  family: string;
  unitsPerEm: number;
  ascent: number;
  descent: number;
  lineGap: number;
  /** Per style: width in font units indexed by code point, `NO_GLYPH` where the font has none. */
  widths: Record<FontStyle, Float64Array>;
  /** Per style: pair kerning in font units, undefined for a style (or family) the font does not kern. */
  kerning: Record<FontStyle, KernTable | undefined>;
}

/**
 * Theme font names (lower-cased) mapped to the shipped metrics that have the same advance widths.
 * Liberation Sans is metric-compatible with Arial (and so with Helvetica as PowerPoint substitutes
 * it), Liberation Mono with Courier New.
 */
const FACE_TO_METRICS: ReadonlyMap<string, EncodedFontMetrics> = new Map([
  ['arial', liberationSans],
  ['helvetica', liberationSans],
  ['liberation sans', liberationSans],
  ['arimo', liberationSans],
  ['courier new', liberationMono],
  ['courier', liberationMono],
  ['liberation mono', liberationMono],
  ['cousine', liberationMono],
]);

const decoded = new Map<EncodedFontMetrics, FontFamilyMetrics>();

function decode(encoded: EncodedFontMetrics): FontFamilyMetrics {
  let family = decoded.get(encoded);
  if (!family) {
    family = {
      family: encoded.family,
      unitsPerEm: encoded.unitsPerEm,
      ascent: encoded.ascent,
      descent: encoded.descent,
      lineGap: encoded.lineGap,
      widths: {
        regular: decodeWidths(encoded.styles.regular),
        bold: decodeWidths(encoded.styles.bold),
        italic: decodeWidths(encoded.styles.italic),
        boldItalic: decodeWidths(encoded.styles.boldItalic),
      },
      kerning: {
        regular: decodeKerning(encoded.kerning?.regular),
        bold: decodeKerning(encoded.kerning?.bold),
        italic: decodeKerning(encoded.kerning?.italic),
        boldItalic: decodeKerning(encoded.kerning?.boldItalic),
      },
    };
    decoded.set(encoded, family);
  }
  return family;
}

/** True when metrics ship for the theme font name `face` (case-insensitive). */
export function isKnownFace(face: string): boolean {
  return FACE_TO_METRICS.has(face.trim().toLowerCase());
}

/** Metrics for `face`; an unknown face falls back to Arial's (the caller reports `unknown-font`). */
export function metricsForFace(face: string): FontFamilyMetrics {
  return decode(FACE_TO_METRICS.get(face.trim().toLowerCase()) ?? liberationSans);
}

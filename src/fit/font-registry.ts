import { decodeJoining, decodeKerning, decodeWidths, type EncodedFontMetrics, type FontStyle, type JoiningTable, type KernTable } from './font-metrics.js';
import { caladea } from './metrics/caladea.js';
import { carlito } from './metrics/carlito.js';
import { dejavuSans } from './metrics/dejavu-sans.js';
import { liberationMono } from './metrics/liberation-mono.js';
import { liberationSans } from './metrics/liberation-sans.js';
import { liberationSerif } from './metrics/liberation-serif.js';
import { wenquanyiMicroHei } from './metrics/wenquanyi-micro-hei.js';

/** The four styles, in the order metrics carry them. */
export const FONT_STYLES: readonly FontStyle[] = ['regular', 'bold', 'italic', 'boldItalic'];

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
  /** Per style: Arabic joining forms in font units, undefined where the font has no Arabic. */
  joining: Record<FontStyle, JoiningTable | undefined>;
  /** Font files only: reads (and stores into `widths`) the advance of a code point marked `PENDING_GLYPH`. */
  pending?: Record<FontStyle, (cp: number) => number>;
}

/**
 * Theme font names (lower-cased) mapped to the shipped metrics that have the same advance widths:
 * Liberation Sans is metric-compatible with Arial (and so with Helvetica as PowerPoint substitutes
 * it), Liberation Serif with Times New Roman, Liberation Mono with Courier New, Carlito with
 * Calibri, Caladea with Cambria (each family's documentation; the render check confirms it).
 * Arimo, Tinos and Cousine are the Liberation designs under ChromeOS names.
 */
const FACE_TO_METRICS: ReadonlyMap<string, EncodedFontMetrics> = new Map([
  ['arial', liberationSans],
  ['helvetica', liberationSans],
  ['liberation sans', liberationSans],
  ['arimo', liberationSans],
  ['times new roman', liberationSerif],
  ['times', liberationSerif],
  ['liberation serif', liberationSerif],
  ['tinos', liberationSerif],
  ['courier new', liberationMono],
  ['courier', liberationMono],
  ['liberation mono', liberationMono],
  ['cousine', liberationMono],
  ['calibri', carlito],
  ['carlito', carlito],
  ['cambria', caladea],
  ['caladea', caladea],
  ['dejavu sans', dejavuSans],
  ['wenquanyi micro hei', wenquanyiMicroHei],
]);

/**
 * Fonts a renderer falls back to for characters the theme font lacks, in the order they are
 * consulted: DejaVu Sans for Hebrew and Arabic (fontconfig's first sans-serif with those scripts
 * on Debian, as LibreOffice renders them), WenQuanYi Micro Hei for CJK. Their widths are what the
 * measurer uses for such characters; CJK ideographs, kana and hangul are 1 em in every CJK font.
 */
export const SCRIPT_FALLBACKS: readonly EncodedFontMetrics[] = [dejavuSans, wenquanyiMicroHei];

/** The proportional families an unknown font is measured as the per-character maximum of. */
const PROPORTIONAL: readonly EncodedFontMetrics[] = [liberationSans, liberationSerif, carlito, caladea, dejavuSans];

const decoded = new Map<EncodedFontMetrics, FontFamilyMetrics>();

/**
 * A per-style record whose entries are computed on first read: a deck in Arial regular and bold
 * decodes two of the eight tables, which keeps a fresh process's first build fast.
 */
function lazyPerStyle<T>(compute: (style: FontStyle) => T): Record<FontStyle, T> {
  const record = {} as Record<FontStyle, T>;
  for (const style of FONT_STYLES) {
    Object.defineProperty(record, style, {
      enumerable: true,
      configurable: true,
      get(): T {
        const value = compute(style);
        Object.defineProperty(record, style, { value, enumerable: true });
        return value;
      },
    });
  }
  return record;
}

/** Decodes (once per process, each style when first read) a shipped family. */
export function decodeFamily(encoded: EncodedFontMetrics): FontFamilyMetrics {
  let family = decoded.get(encoded);
  if (!family) {
    const per = lazyPerStyle;
    family = {
      family: encoded.family,
      unitsPerEm: encoded.unitsPerEm,
      ascent: encoded.ascent,
      descent: encoded.descent,
      lineGap: encoded.lineGap,
      widths: per((s) => decodeWidths(encoded.styles[s])),
      kerning: per((s) => decodeKerning(encoded.kerning?.[s])),
      joining: per((s) => decodeJoining(encoded.joining?.[s])),
    };
    decoded.set(encoded, family);
  }
  return family;
}

/** True when metrics ship for the theme font name `face` (case-insensitive). */
export function isKnownFace(face: string): boolean {
  return FACE_TO_METRICS.has(face.trim().toLowerCase());
}

/** The shipped metrics of `face`, or undefined when none ship (see {@link widestMetrics}). */
export function shippedMetrics(face: string): FontFamilyMetrics | undefined {
  const encoded = FACE_TO_METRICS.get(face.trim().toLowerCase());
  return encoded ? decodeFamily(encoded) : undefined;
}

/**
 * Margin on the widest shipped family for a font without metrics: Verdana and Tahoma, the widest
 * common UI faces, run ~5% wider than DejaVu Sans (the widest shipped) on Latin text.
 */
export const UNKNOWN_FONT_MARGIN = 1.1;

let widest: FontFamilyMetrics | undefined;

/**
 * Metrics for a font briefdeck has neither metrics nor a file for: per code point and style, the
 * widest advance among the shipped proportional families (in 2,048 units per em) times
 * {@link UNKNOWN_FONT_MARGIN}, without kerning (which mostly narrows), and the tallest line. Text
 * so measured may come out narrower than planned in the real font, never wider, unless that font
 * is more than 10% wider than DejaVu Sans.
 */
export function widestMetrics(): FontFamilyMetrics {
  if (widest) return widest;
  const families = PROPORTIONAL.map(decodeFamily);
  const upm = 2048;
  const per = lazyPerStyle;
  const widths = per((style) => {
    const table = new Float64Array(Math.max(...families.map((f) => f.widths[style].length))).fill(-1);
    for (const f of families) {
      const scale = (upm / f.unitsPerEm) * UNKNOWN_FONT_MARGIN;
      f.widths[style].forEach((w, cp) => {
        if (w >= 0 && w * scale > (table[cp] as number)) table[cp] = w * scale;
      });
    }
    return table;
  });
  const tallest = families.reduce((a, b) => ((a.ascent + a.descent + a.lineGap) / a.unitsPerEm >= (b.ascent + b.descent + b.lineGap) / b.unitsPerEm ? a : b));
  const scale = upm / tallest.unitsPerEm;
  widest = {
    family: 'widest shipped family',
    unitsPerEm: upm,
    ascent: tallest.ascent * scale,
    descent: tallest.descent * scale,
    lineGap: tallest.lineGap * scale,
    widths,
    kerning: per(() => undefined),
    joining: per(() => undefined),
  };
  return widest;
}

/** Metrics for `face`: the shipped family, else the widest (the caller reports `unknown-font`). */
export function metricsForFace(face: string): FontFamilyMetrics {
  return shippedMetrics(face) ?? widestMetrics();
}

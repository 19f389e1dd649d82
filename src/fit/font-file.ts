import type { Diagnostic, StageResult } from '../diagnostics/diagnostic.js';
import { NO_GLYPH, type FontStyle } from './font-metrics.js';
import type { FontFamilyMetrics } from './font-registry.js';

/**
 * The part of a fontkit font object briefdeck reads (fontkit ships no type declarations). fontkit
 * is a well-kept OpenType/TrueType parser (the one PDFKit uses); it is loaded only when a template
 * set supplies font files (src/io/load-font-files.ts), never on the default path.
 */
export interface FontkitFontLike {
  familyName: string;
  subfamilyName: string;
  unitsPerEm: number;
  ascent: number;
  descent: number;
  lineGap: number;
  characterSet: number[];
  glyphForCodePoint(codePoint: number): { id: number; advanceWidth: number };
  /** The `hmtx` table: advances by glyph id (glyphs past the last long metric share its advance). */
  hmtx?: { metrics: { length: number; get(index: number): { advance: number } } };
}

/** Width-table entry of a code point the font has but whose advance is not read yet (see {@link FontFileFace.advance}). */
export const PENDING_GLYPH = -2;

/** fontkit's module as far as briefdeck uses it: `create` parses a font (or collection) from bytes. */
export interface FontkitLike {
  create(bytes: Uint8Array): FontkitFontLike | { fonts: FontkitFontLike[] };
}

/** One face read from a font file a template set supplies: widths in font units by code point. */
export interface FontFileFace {
  /** Family name (name table ID 1), as a theme names the font. */
  family: string;
  style: FontStyle;
  unitsPerEm: number;
  ascent: number;
  descent: number;
  lineGap: number;
  /**
   * Advance per code point of the Basic Multilingual Plane, `NO_GLYPH` where the font has none,
   * `PENDING_GLYPH` where it has one not read yet: a CJK font has 30,000 glyphs and reading each
   * costs ~30 µs, so advances are read when a character is first measured.
   */
  widths: Float64Array;
  /** Reads the advance of `cp` (which the font has) from the font, in font units. */
  advance(cp: number): number;
}

const MARK = /^[\p{Mn}\p{Me}]$/u;

/** The style of a face from its subfamily name ("Bold Italic", "Oblique", "Regular"). */
function styleOf(subfamily: string): FontStyle {
  const bold = /bold|black|heavy/i.test(subfamily);
  const italic = /italic|oblique/i.test(subfamily);
  return bold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular';
}

/**
 * Reads one parsed face: its character map's BMP code points (their advances when first measured,
 * straight from `hmtx`: fontkit's `advanceWidth` may parse the outline), combining marks zero as
 * shaping places them.
 */
export function faceFromFont(font: FontkitFontLike): FontFileFace {
  const cps = font.characterSet.filter((cp) => cp >= 0x20 && cp <= 0xffff);
  const widths = new Float64Array(cps.length === 0 ? 0 : Math.max(...cps) + 1).fill(NO_GLYPH);
  for (const cp of cps) widths[cp] = PENDING_GLYPH;
  const metrics = font.hmtx?.metrics;
  const advance = (cp: number): number => {
    if (MARK.test(String.fromCharCode(cp))) return 0;
    const glyph = font.glyphForCodePoint(cp);
    if (metrics === undefined || metrics.length === 0) return glyph.advanceWidth;
    return metrics.get(Math.min(glyph.id, metrics.length - 1)).advance;
  };
  return {
    advance,
    family: font.familyName,
    style: styleOf(font.subfamilyName),
    unitsPerEm: font.unitsPerEm,
    ascent: font.ascent,
    descent: Math.abs(font.descent),
    lineGap: font.lineGap,
    widths,
  };
}

/**
 * Parses the bytes of a TTF, OTF or TTC file with fontkit into its faces. `source` names the file
 * in the error diagnostic (`font-file`) given when the bytes are not a font fontkit can read.
 */
export function registerFontFile(bytes: Uint8Array, fontkit: FontkitLike, source: string): StageResult<FontFileFace[]> {
  let parsed: FontkitFontLike | { fonts: FontkitFontLike[] };
  try {
    parsed = fontkit.create(bytes);
  } catch (error) {
    const diagnostic: Diagnostic = {
      severity: 'error',
      rule: 'font-file',
      message: `${source} is not a font file briefdeck can read (${(error as Error).message})`,
      file: source,
      expected: 'a TrueType (.ttf), OpenType (.otf) or collection (.ttc) file',
    };
    return { value: undefined, diagnostics: [diagnostic] };
  }
  const fonts = 'fonts' in parsed ? parsed.fonts : [parsed];
  return { value: fonts.map(faceFromFont), diagnostics: [] };
}

/**
 * Groups faces by family (lower-cased name) into measurer-ready families. A style the files do
 * not supply is measured with the nearest one supplied (bold italic → bold → italic → regular),
 * as renderers synthesise it from that face; a family whose files only supply bold still measures
 * its regular text with the bold widths, the wider, safe side.
 */
export function familiesFromFaces(faces: readonly FontFileFace[]): Map<string, FontFamilyMetrics> {
  const byFamily = new Map<string, Map<FontStyle, FontFileFace>>();
  for (const face of faces) {
    const key = face.family.trim().toLowerCase();
    const styles = byFamily.get(key) ?? new Map<FontStyle, FontFileFace>();
    if (!styles.has(face.style)) styles.set(face.style, face);
    byFamily.set(key, styles);
  }
  const order: Record<FontStyle, FontStyle[]> = {
    regular: ['regular', 'italic', 'bold', 'boldItalic'],
    italic: ['italic', 'regular', 'boldItalic', 'bold'],
    bold: ['bold', 'boldItalic', 'regular', 'italic'],
    boldItalic: ['boldItalic', 'bold', 'italic', 'regular'],
  };
  const out = new Map<string, FontFamilyMetrics>();
  for (const [key, styles] of byFamily) {
    const pick = (style: FontStyle): FontFileFace => styles.get(order[style].find((s) => styles.has(s)) ?? 'regular') as FontFileFace;
    const base = pick('regular');
    // Widths in the regular face's units, so one unitsPerEm serves all four styles; a face's
    // table is shared by the styles that use it and filled in as characters are measured.
    const widthsOf = (style: FontStyle): Float64Array => pick(style).widths;
    const pendingOf = (style: FontStyle) => {
      const face = pick(style);
      const scale = base.unitsPerEm / face.unitsPerEm;
      return (cp: number): number => {
        const w = face.advance(cp) * scale;
        face.widths[cp] = w;
        return w;
      };
    };
    out.set(key, {
      family: base.family,
      unitsPerEm: base.unitsPerEm,
      ascent: base.ascent,
      descent: base.descent,
      lineGap: base.lineGap,
      widths: { regular: widthsOf('regular'), bold: widthsOf('bold'), italic: widthsOf('italic'), boldItalic: widthsOf('boldItalic') },
      kerning: { regular: undefined, bold: undefined, italic: undefined, boldItalic: undefined },
      joining: { regular: undefined, bold: undefined, italic: undefined, boldItalic: undefined },
      pending: { regular: pendingOf('regular'), bold: pendingOf('bold'), italic: pendingOf('italic'), boldItalic: pendingOf('boldItalic') },
    });
  }
  return out;
}

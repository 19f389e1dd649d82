import type { Run } from '../deck/types.js';
import { joinedAdvance } from './arabic-joining.js';
import { PENDING_GLYPH, familiesFromFaces, type FontFileFace } from './font-file.js';
import { ARABIC_END, ARABIC_FIRST, NO_GLYPH, kernUnits, type FontStyle, type JoiningTable, type KernTable } from './font-metrics.js';
import { SCRIPT_FALLBACKS, decodeFamily, isKnownFace, metricsForFace, type FontFamilyMetrics } from './font-registry.js';
import type { FontSpec, TextMeasurer, TextStyle, WrappedLine } from './text-measurer.js';
import { wrapRuns } from './wrap-runs.js';

/** Width of a glyph the font lacks, in em: wide, so that text with a substituted glyph is not under-measured. */
export const MISSING_GLYPH_EM = 0.6;

/**
 * Single-spaced line height as a multiple of the font size. LibreOffice lays out text imported from
 * .pptx with font-independent line spacing, and PowerPoint uses the same 1.2 for Arial; measured on
 * a render: 21.6 pt per line at 18 pt, 16.8 at 14, 48.0 at 40. The font's own
 * (ascent + descent + lineGap) / unitsPerEm (1.15 for Liberation Sans) would under-measure, so the
 * larger of the two is used.
 */
export const LINE_HEIGHT_FACTOR = 1.2;

function styleOf(bold: boolean | undefined, italic: boolean | undefined): FontStyle {
  if (bold) return italic ? 'boldItalic' : 'bold';
  return italic ? 'italic' : 'regular';
}

/** What the measurer reads for one face in one style. */
interface MeasureTable {
  family: FontFamilyMetrics;
  style: FontStyle;
  /** Width in the family's font units by code point, `NO_GLYPH` where the family has no glyph. */
  widths: Float64Array;
  kerning: KernTable | undefined;
  /** Width of a glyph no font has, in font units. */
  missing: number;
  /** Arabic joining forms in the family's units (its own, else DejaVu Sans's); computed when first needed. */
  joining?: JoiningTable | null;
}

/** Joining forms of `table` rescaled from `from` to `to` units per em. */
function scaledJoining(table: JoiningTable | undefined, from: number, to: number): JoiningTable | undefined {
  if (table === undefined || from === to) return table;
  const k = to / from;
  return {
    types: table.types,
    forms: table.forms.map((w) => (w === NO_GLYPH ? NO_GLYPH : w * k)),
    lamAlef: new Map([...table.lamAlef].map(([alef, [iso, fin]]) => [alef, [iso * k, fin * k] as const])),
  };
}

/** Oblique faces without Arabic fall back to the upright face's forms, as renderers slant it. */
const UPRIGHT: Record<FontStyle, FontStyle> = { regular: 'regular', bold: 'bold', italic: 'regular', boldItalic: 'bold' };

/** The table's joining forms: the family's own, else the first script fallback's with Arabic. */
function joiningOf(table: MeasureTable): JoiningTable | undefined {
  if (table.joining !== undefined) return table.joining ?? undefined;
  let joining = table.family.joining[table.style];
  for (const encoded of SCRIPT_FALLBACKS) {
    if (joining !== undefined) break;
    const f = decodeFamily(encoded);
    if (f === table.family) continue;
    joining = scaledJoining(f.joining[table.style] ?? f.joining[UPRIGHT[table.style]], f.unitsPerEm, table.family.unitsPerEm);
  }
  table.joining = joining ?? null;
  return joining;
}

/** Combining marks no font covers still take no room: shaping stacks them on their base. */
const MARK = /^[\p{Mn}\p{Me}]$/u;

/**
 * Width in the table's font units of a code point the face has no glyph for: the script fallback
 * a renderer substitutes (SCRIPT_FALLBACKS: DejaVu Sans for Hebrew and Arabic, WenQuanYi Micro Hei
 * for CJK), else 0 for a combining mark, 1 em beyond the Basic Multilingual Plane (CJK extension
 * B, emoji), 0.6 em otherwise. `NO_GLYPH` when `probe` and no font has it.
 */
function fallbackUnits(table: MeasureTable, cp: number, probe = false): number {
  if (cp > 0xffff) return probe ? NO_GLYPH : table.family.unitsPerEm;
  for (const encoded of SCRIPT_FALLBACKS) {
    const f = decodeFamily(encoded);
    const widths = f.widths[table.style];
    const w = cp < widths.length ? (widths[cp] as number) : NO_GLYPH;
    if (w !== NO_GLYPH) return (w * table.family.unitsPerEm) / f.unitsPerEm;
  }
  if (MARK.test(String.fromCharCode(cp))) return 0;
  return probe ? NO_GLYPH : table.missing;
}

/** Font files a template set supplies (see font-file.ts and src/io/load-font-files.ts). */
export interface MeasurerOptions {
  fontFiles?: readonly FontFileFace[];
}

/**
 * Creates the measurer backed by the shipped metrics (and the faces of `options.fontFiles`, which
 * take precedence for their family names). Widths are sums of advance widths plus the
 * font's pair kerning between neighbouring characters of one run: the writer omits `a:rPr/@kern`,
 * which ECMA-376 reads as kerning at every size, and LibreOffice kerns (GPOS `kern`) always. A
 * render check showed LibreOffice's line widths track kerned sums, not plain ones (its lines were up
 * to ~1% narrower, mostly in Cyrillic). PowerPoint set to kern only above a size would draw such a
 * line up to that much wider; the fit stage's 3% width safety margin covers it.
 *
 * Characters the face lacks are measured in the script fallback a renderer uses (Hebrew and Arabic
 * in DejaVu Sans, CJK in WenQuanYi Micro Hei: ideographs, kana and hangul 1 em); Arabic letters
 * take the width of the joined form their neighbours give them (arabic-joining.ts); combining
 * marks take none; a face without metrics or file is measured as the widest shipped family plus
 * 10% (font-registry.ts).
 */
export function createMeasurer(options: MeasurerOptions = {}): TextMeasurer {
  const files = familiesFromFaces(options.fontFiles ?? []);
  const familyOf = (face: string): FontFamilyMetrics => files.get(face.trim().toLowerCase()) ?? metricsForFace(face);
  // Cache per (face, style), so a character costs a few array reads.
  const tables = new Map<string, MeasureTable>();
  const tableFor = (face: string, bold: boolean | undefined, italic: boolean | undefined): MeasureTable => {
    const key = `${face}\u0000${bold ? 1 : 0}${italic ? 1 : 0}`;
    let entry = tables.get(key);
    if (!entry) {
      const family = familyOf(face);
      const style = styleOf(bold, italic);
      entry = { family, style, widths: family.widths[style], kerning: family.kerning[style], missing: MISSING_GLYPH_EM * family.unitsPerEm };
      tables.set(key, entry);
    }
    return entry;
  };
  /** Width in font units of the code point at `text[at]` beyond the fast path: fallbacks, Arabic joining. */
  const slowUnits = (table: MeasureTable, cp: number, text: string, at: number, own: number): number => {
    if (own === PENDING_GLYPH) own = table.family.pending?.[table.style](cp) ?? NO_GLYPH;
    const w = own === NO_GLYPH ? fallbackUnits(table, cp) : own;
    if (cp >= ARABIC_FIRST && cp < ARABIC_END) {
      const joining = joiningOf(table);
      if (joining !== undefined) return joinedAdvance(joining, text, at) ?? w;
    }
    return w;
  };
  /** Width in font units of the code point at `text[at]`: one array read for the face's own glyphs below Arabic. */
  const units = (table: MeasureTable, cp: number, text: string, at: number): number => {
    const w = cp < table.widths.length ? (table.widths[cp] as number) : NO_GLYPH;
    return w >= 0 && cp < ARABIC_FIRST ? w : slowUnits(table, cp, text, at, w);
  };

  return {
    width(text: string, font: FontSpec): number {
      const table = tableFor(font.face, font.bold, font.italic);
      const { family, kerning } = table;
      let sum = 0;
      // Kerning inlined for speed: the previous character's row (-1: it starts no pair) is kept, so
      // most characters cost one more array read.
      const rows = kerning?.rows;
      let row = -1;
      for (let i = 0; i < text.length; i++) {
        let cp = text.charCodeAt(i);
        const at = i;
        if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) i++, (cp = 0x10000);
        sum += units(table, cp, text, at);
        if (rows === undefined) continue;
        if (row >= 0 && kerning !== undefined && cp < kerning.columns.length) {
          const column = kerning.columns[cp] as number;
          if (column >= 0) sum += kerning.values[row * kerning.width + column] as number;
        }
        row = cp < rows.length ? (rows[cp] as number) : -1;
      }
      return (sum * font.sizePt) / family.unitsPerEm;
    },

    wrap(runs: readonly Run[], maxWidthPt: number, style: TextStyle): WrappedLine[] {
      // The tables of the run seen last: runs are wrapped code point by code point, in order.
      let lastRun: Run | undefined;
      let entry: MeasureTable | undefined;
      return wrapRuns(runs, maxWidthPt, (cp, run, next, at) => {
        if (run !== lastRun || entry === undefined) {
          lastRun = run;
          entry = tableFor(run.code ? style.monoFace : style.face, style.bold || run.bold, style.italic || run.italic);
        }
        return ((units(entry, cp, run.text, at) + kernUnits(entry.kerning, cp, next)) * style.sizePt) / entry.family.unitsPerEm;
      });
    },

    lineHeight(font: FontSpec): number {
      const m = familyOf(font.face);
      const own = (m.ascent + m.descent + m.lineGap) / m.unitsPerEm;
      return Math.max(LINE_HEIGHT_FACTOR, own) * font.sizePt;
    },

    knowsFace: (face: string): boolean => files.has(face.trim().toLowerCase()) || isKnownFace(face),

    hasGlyph(char: string, font: FontSpec): boolean {
      const table = tableFor(font.face, font.bold, font.italic);
      const cp = char.codePointAt(0) ?? 0;
      return (cp < table.widths.length && table.widths[cp] !== NO_GLYPH) || fallbackUnits(table, cp, true) !== NO_GLYPH;
    },
  };
}

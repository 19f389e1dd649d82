import type { Run } from '../deck/types.js';
import { NO_GLYPH, kernUnits, type FontStyle, type KernTable } from './font-metrics.js';
import { isKnownFace, metricsForFace, type FontFamilyMetrics } from './font-registry.js';
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

/**
 * Creates the measurer backed by the shipped metrics. Widths are sums of advance widths plus the
 * font's pair kerning between neighbouring characters of one run: the writer omits `a:rPr/@kern`,
 * which ECMA-376 reads as kerning at every size, and LibreOffice kerns (GPOS `kern`) always. A
 * render check showed LibreOffice's line widths track kerned sums, not plain ones (its lines were up
 * to ~1% narrower, mostly in Cyrillic). PowerPoint set to kern only above a size would draw such a
 * line up to that much wider; the fit stage's 3% width safety margin covers it.
 */
export function createMeasurer(): TextMeasurer {
  // Cache per (face, style): the dense width and kerning tables, so a character costs a few array reads.
  const tables = new Map<string, { family: FontFamilyMetrics; widths: Float64Array; kerning: KernTable | undefined; missing: number }>();
  const tableFor = (face: string, bold: boolean | undefined, italic: boolean | undefined) => {
    const key = `${face}\u0000${bold ? 1 : 0}${italic ? 1 : 0}`;
    let entry = tables.get(key);
    if (!entry) {
      const family = metricsForFace(face);
      const style = styleOf(bold, italic);
      entry = { family, widths: family.widths[style], kerning: family.kerning[style], missing: MISSING_GLYPH_EM * family.unitsPerEm };
      tables.set(key, entry);
    }
    return entry;
  };
  const units = (widths: Float64Array, missing: number, cp: number): number => {
    const w = cp < widths.length ? (widths[cp] ?? NO_GLYPH) : NO_GLYPH;
    return w === NO_GLYPH ? missing : w;
  };

  return {
    width(text: string, font: FontSpec): number {
      const { family, widths, kerning, missing } = tableFor(font.face, font.bold, font.italic);
      let sum = 0;
      // Kerning inlined for speed: the previous character's row (-1: it starts no pair) is kept, so
      // most characters cost one more array read.
      const rows = kerning?.rows;
      let row = -1;
      for (let i = 0; i < text.length; i++) {
        let cp = text.charCodeAt(i);
        // Surrogate pairs are outside the shipped blocks; count the pair once, as one missing glyph.
        if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) i++, (cp = 0x10000);
        sum += units(widths, missing, cp);
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
      let entry: ReturnType<typeof tableFor> | undefined;
      return wrapRuns(runs, maxWidthPt, (cp, run, next) => {
        if (run !== lastRun || entry === undefined) {
          lastRun = run;
          entry = tableFor(run.code ? style.monoFace : style.face, style.bold || run.bold, style.italic || run.italic);
        }
        const { family, widths, kerning, missing } = entry;
        return ((units(widths, missing, cp) + kernUnits(kerning, cp, next)) * style.sizePt) / family.unitsPerEm;
      });
    },

    lineHeight(font: FontSpec): number {
      const m = metricsForFace(font.face);
      const own = (m.ascent + m.descent + m.lineGap) / m.unitsPerEm;
      return Math.max(LINE_HEIGHT_FACTOR, own) * font.sizePt;
    },

    knowsFace: isKnownFace,

    hasGlyph(char: string, font: FontSpec): boolean {
      const { widths } = tableFor(font.face, font.bold, font.italic);
      const cp = char.codePointAt(0) ?? 0;
      return cp < widths.length && widths[cp] !== NO_GLYPH;
    },
  };
}

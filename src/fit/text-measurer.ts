import type { Run } from '../deck/types.js';

/** A font to measure with: the face name as the theme writes it, size in points, style flags. */
export interface FontSpec {
  face: string;
  sizePt: number;
  bold?: boolean;
  italic?: boolean;
}

/** The base style of a paragraph that runs are laid out in; runs add bold/italic/code on top. */
export interface TextStyle extends FontSpec {
  /** Face used for runs marked `code`. */
  monoFace: string;
}

/** One line produced by wrapping: the slice of the runs shown on it and its visible width. */
export interface WrappedLine {
  runs: Run[];
  /** Width in points without the trailing spaces, which hang past the margin as in PowerPoint. */
  widthPt: number;
}

/**
 * Measures and wraps text the way PowerPoint and LibreOffice lay out a word-wrapped text box.
 * Fitting depends only on this interface, so tests can swap in a different measurer and the fit
 * stage stays pure.
 */
export interface TextMeasurer {
  /** Advance width of `text` in points, pair kerning included (see measurer.ts). */
  width(text: string, font: FontSpec): number;
  /** Greedy line breaking of `runs` into lines no wider than `maxWidthPt`. */
  wrap(runs: readonly Run[], maxWidthPt: number, style: TextStyle): WrappedLine[];
  /** Height of one single-spaced line in points. */
  lineHeight(font: FontSpec): number;
  /** Whether metrics ship for `face` or a font file supplies it; other faces are measured as the widest shipped family plus 10%. */
  knowsFace(face: string): boolean;
  /** Whether the face, or the script fallback a renderer substitutes (DejaVu Sans, WenQuanYi Micro Hei), has a glyph for the single code point `char`. */
  hasGlyph(char: string, font: FontSpec): boolean;
}

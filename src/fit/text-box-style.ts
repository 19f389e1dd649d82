/**
 * Conventions for text boxes that the fit stage measures with and the writer must reproduce
 * exactly; a mismatch here is what makes measured text overflow in the rendered deck.
 */
import type { Insets } from '../deck/laid-out.js';
import { BULLET_INDENT_PT } from '../deck/text-geometry.js';

/** Inner margin of the text boxes briefdeck lays out itself, inches, on all four sides. */
export const TEXT_INSET = 0.08;

/** {@link TEXT_INSET} on every side. */
export const TEXT_INSETS: Readonly<Insets> = Object.freeze({ left: TEXT_INSET, top: TEXT_INSET, right: TEXT_INSET, bottom: TEXT_INSET });

/** Cell margin of every table cell, inches, on all four sides. */
export const CELL_INSET = 0.06;

/**
 * Indent per list level in points, owned by the writer (one value for both stages). A paragraph
 * with a bullet or number at `level` has its text at `(level + 1) × BULLET_INDENT_PT` from the
 * box's inner edge (pptxgenjs writes `marL` that way); a paragraph without one starts at the edge
 * whatever its level (pptxgenjs writes `marL="0"`).
 */
export { BULLET_INDENT_PT };

/** Line spacing multiple of body text boxes. */
export const BODY_LINE_SPACING = 1.0;

/** Line spacing of tables (pptxgenjs writes none, which is 100%). */
export const TABLE_LINE_SPACING = 1.0;

/** Left edge of a paragraph's text relative to the box's inner edge, points. */
export function textIndentPt(level: number, hasBullet: boolean): number {
  return hasBullet ? (level + 1) * BULLET_INDENT_PT : 0;
}

/** Space before a paragraph in points: more between top-level items than nested ones. */
export function paragraphSpacePt(fontSize: number, level: number): number {
  return Math.round(fontSize * (level === 0 ? 0.45 : 0.25));
}

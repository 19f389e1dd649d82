/**
 * Safety margins between what the shipped metrics predict and what a renderer does. Tuned against
 * LibreOffice renders (see the fit report): kerning a renderer leaves out (the measurer kerns, as
 * LibreOffice does; PowerPoint set to kern only above a size does not), hinting and the renderer's
 * own rounding (LibreOffice 7.4 lays text out on a 600 dpi grid, ±0.5% by size) can only make our
 * prediction slightly optimistic, never by more than these.
 */

/** Lines are wrapped as if every advance were this much wider. */
export const WIDTH_SAFETY = 1.03;

/** Measured content may use at most this share of a box's height. */
export const HEIGHT_FILL = 0.95;

/** Height in inches a box needs for `contentPt` points of measured content (insets included). */
export function boxHeightFor(contentPt: number): number {
  return contentPt / 72 / HEIGHT_FILL;
}

/** Measured content height in points that a box of `boxHeightIn` inches may hold. */
export function contentCapacityPt(boxHeightIn: number): number {
  return boxHeightIn * 72 * HEIGHT_FILL;
}

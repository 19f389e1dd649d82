/**
 * Text geometry the writer produces and the fit stage measures against. These are the values the
 * two stages must share; anything not set here is PowerPoint's default for a plain text box.
 */

/** Left indent of a bulleted or numbered paragraph per level, in points (hanging by the same). */
export const BULLET_INDENT_PT = 27;

/** Points per inch, for converting insets (inches in the IR, points in pptxgenjs `margin`). */
export const POINTS_PER_INCH = 72;

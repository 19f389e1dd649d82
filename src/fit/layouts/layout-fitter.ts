import type { Box, Shape } from '../../deck/laid-out.js';
import type { Layout, LayoutKind, Slide } from '../../deck/types.js';
import type { FitContext } from '../fit-context.js';

/** What a layout module gets for one slide. */
export interface LayoutInput {
  ctx: FitContext;
  slide: Slide;
  /**
   * The content area of page `page` (0 = the slide itself, 1+ = continuations): below the title
   * rule for titled layouts, below the top banner otherwise; above the footer either way.
   */
  area(page: number): Box;
}

/**
 * One layout kind's fitting: turns the layout's slots into the content shapes of one or more
 * slides (more than one when the content had to be split). Chrome is added by the caller.
 */
export interface LayoutFitter<K extends LayoutKind> {
  /** Whether the shared chrome draws the slide title and accent rule (the cover and section slides draw their own). */
  titled: boolean;
  fit(layout: Extract<Layout, { kind: K }>, input: LayoutInput): Shape[][];
}

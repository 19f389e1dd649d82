import type { Box, Shape } from '../../deck/laid-out.js';
import type { Layout, LayoutKind, Slide } from '../../deck/types.js';
import type { FitContext } from '../fit-context.js';
import type { RoleFrame } from '../slide-frames.js';

/** What a layout module gets for one slide. */
export interface LayoutInput {
  ctx: FitContext;
  slide: Slide;
  /** The slide layout the slide sits on: its title, body placeholders and content area. */
  frame: RoleFrame;
  /**
   * The content area of page `page` (0 = the slide itself, 1+ = continuations): the layout's body
   * placeholder (or, on a title-only layout, the area under the title), moved down when a long
   * title had to grow.
   */
  area(page: number): Box;
}

/**
 * One layout kind's fitting: turns the layout's slots into the content shapes of one or more
 * slides (more than one when the content had to be split). Chrome is added by the caller.
 */
export interface LayoutFitter<K extends LayoutKind> {
  /** Whether the shared chrome lays the slide title into the title placeholder (the cover and section slides lay their own). */
  titled: boolean;
  fit(layout: Extract<Layout, { kind: K }>, input: LayoutInput): Shape[][];
}

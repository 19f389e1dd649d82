import type { DeckMeta } from '../deck/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Theme } from '../theme/types.js';
import type { SlideFrames } from './slide-frames.js';
import type { TextMeasurer } from './text-measurer.js';

/**
 * What every part of the fit stage needs for one deck. `diagnostics` is the only mutable part: the
 * deck-local list that `fitDeck` returns, so fitting stays pure from the caller's point of view.
 */
export interface FitContext {
  theme: Theme;
  meta: DeckMeta;
  measurer: TextMeasurer;
  /** Where each layout role's title, content and chrome go (the resolved slide layouts). */
  frames: SlideFrames;
  diagnostics: Diagnostic[];
}

/** Font sizes at one shrink step: body text and table text each have their own floor. */
export interface StepSizes {
  body: number;
  table: number;
}

/** Sizes at shrink `step` (0 = the theme's sizes): each role loses one point per step down to its floor. */
export function sizesAt(theme: Theme, step: number): StepSizes {
  return {
    body: Math.max(theme.sizes.body - step, theme.sizes.bodyMin),
    table: Math.max(theme.sizes.table - step, theme.sizes.tableMin),
  };
}

/** The last step that still changes a size: beyond it every role sits at its floor. */
export function maxShrinkStep(theme: Theme): number {
  return Math.max(0, theme.sizes.body - theme.sizes.bodyMin, theme.sizes.table - theme.sizes.tableMin);
}

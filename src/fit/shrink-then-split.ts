import type { Theme } from '../theme/types.js';
import { maxShrinkStep, sizesAt, type StepSizes } from './fit-context.js';

/**
 * Fits by shrinking first, then splitting: tries the theme's sizes and then one point smaller per
 * step until everything fits on one slide or every size is at its floor. If even the floor needs
 * `n` slides, it uses the largest sizes that still need only `n`, so a long list split over three
 * slides is not set smaller than three slides require.
 */
export function shrinkThenSplit<P>(theme: Theme, attempt: (sizes: StepSizes, step: number) => P[]): P[] {
  const last = maxShrinkStep(theme);
  const tried: P[][] = [];
  const at = (step: number): P[] => (tried[step] ??= attempt(sizesAt(theme, step), step));
  for (let step = 0; step <= last; step++) {
    if (at(step).length <= 1) return at(step);
  }
  const needed = at(last).length;
  for (let step = 0; step < last; step++) {
    if (at(step).length <= needed) return at(step);
  }
  return at(last);
}

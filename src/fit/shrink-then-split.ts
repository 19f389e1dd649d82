import type { Theme } from '../theme/types.js';
import { maxShrinkStep, sizesAt, type StepSizes } from './fit-context.js';

/**
 * Fits by shrinking first, then splitting: tries the theme's sizes and then one point smaller per
 * step until everything fits on one slide or every size is at its floor. If even the floor needs
 * `n` slides, it uses the largest sizes that still need only `n`, so a long list split over three
 * slides is not set smaller than three slides require.
 *
 * An attempt in which something could not be placed at all (`faulty`; by default a page with
 * `problems`, as `paginateFlow` reports an item taller than a whole page) never counts as fitting,
 * however few slides it takes: at a smaller size it may fit. Without this, a two-column card whose
 * heading took the whole card at the template's 32 pt dropped its one-word text with a
 * `content-cannot-fit` error instead of shrinking (LibreOffice's Vintage, a newcomer's brief).
 */
export function shrinkThenSplit<P>(theme: Theme, attempt: (sizes: StepSizes, step: number) => P[], faulty: (page: P) => boolean = hasProblems): P[] {
  const last = maxShrinkStep(theme);
  const tried: P[][] = [];
  const at = (step: number): P[] => (tried[step] ??= attempt(sizesAt(theme, step), step));
  const sound = (step: number): boolean => !at(step).some(faulty);
  for (let step = 0; step <= last; step++) {
    if (at(step).length <= 1 && sound(step)) return at(step);
  }
  const needed = at(last).length;
  for (let step = 0; step < last; step++) {
    if (at(step).length <= needed && sound(step)) return at(step);
  }
  return at(last);
}

/** True for a page that reports problems (`FlowPage.problems`). */
function hasProblems(page: unknown): boolean {
  const problems = (page as { problems?: unknown } | null)?.problems;
  return Array.isArray(problems) && problems.length > 0;
}

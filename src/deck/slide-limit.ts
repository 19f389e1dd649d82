import type { Diagnostic } from '../diagnostics/diagnostic.js';

/**
 * Most slides one deck may have, continuation slides included. A real brief has tens; thousands
 * mean a generated or pasted data file, and writing them would take minutes and gigabytes.
 */
export const MAX_SLIDES = 5_000;

/**
 * A `too-many-slides` error when `count` exceeds `MAX_SLIDES`, else nothing. `stage` says what
 * was counted (the template output, or the laid-out deck with its continuation slides).
 */
export function checkSlideCount(count: number, stage: 'markup' | 'layout', file?: string): Diagnostic[] {
  if (count <= MAX_SLIDES) return [];
  return [{
    severity: 'error',
    rule: 'too-many-slides',
    message: stage === 'markup'
      ? `the templates produced ${count.toLocaleString('en')} slides; the limit is ${MAX_SLIDES.toLocaleString('en')}`
      : `the text needs ${count.toLocaleString('en')} slides with continuation slides; the limit is ${MAX_SLIDES.toLocaleString('en')}`,
    expected: `at most ${MAX_SLIDES} slides`,
    found: `${count} slides`,
    hint: 'a brief is read in minutes: shorten the lists in the data file or split it into several briefs',
    ...(file === undefined ? {} : { file }),
  }];
}

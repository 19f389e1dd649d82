import { WIDTH_SAFETY } from '../fit/safety-margins.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { TextMeasurer } from '../fit/text-measurer.js';
import type { TemplateBox } from './types.js';

/** Inner margin of a handling-marking banner, inches, on every side. */
export const MARKING_INSET_IN = 0.04;

/** The smallest size a handling marking is written at, points: below it the marking is not read at a glance. */
export const MARKING_FLOOR_PT = 7;

/**
 * The size to write a handling marking at in a banner `bannerWidthIn` inches wide so it stays on
 * one line: `wantedPt`, else the largest half point down to {@link MARKING_FLOOR_PT} at which it
 * fits, measured bold in `face` with the fit stage's width safety. `fits` is false when even the
 * floor is too wide (the marking then wraps out of its banner; the pipeline reports
 * `marking-too-long`). A marking is a handling instruction: it is never cut short.
 */
export function markingSize(text: string, bannerWidthIn: number, wantedPt: number, face: string, measurer: TextMeasurer): { sizePt: number; fits: boolean } {
  const room = (bannerWidthIn - 2 * MARKING_INSET_IN) * 72;
  const width = (sizePt: number) => measurer.width(text, { face, sizePt, bold: true }) * WIDTH_SAFETY;
  const full = width(wantedPt);
  if (full <= room) return { sizePt: wantedPt, fits: true };
  // Width grows with the size: start from the proportional guess, then step down by half points.
  let size = Math.max(MARKING_FLOOR_PT, Math.min(wantedPt, Math.floor(((wantedPt * room) / full) * 2) / 2));
  while (size > MARKING_FLOOR_PT && width(size) > room) size -= 0.5;
  size = Math.max(size, MARKING_FLOOR_PT);
  return { sizePt: size, fits: width(size) <= room };
}

/**
 * `marking-too-long` (error) when `marking` does not fit on one line, even at {@link
 * MARKING_FLOOR_PT}, in the narrowest banner of the template (`banners`, inches): it would wrap out
 * of its banner on every slide. Unlocated; the pipeline points it at the marking's source.
 */
export function markingTooLong(banners: readonly TemplateBox[], marking: string, face: string, measurer: TextMeasurer): Diagnostic[] {
  if (marking.trim() === '' || banners.length === 0) return [];
  const narrowest = Math.min(...banners.map((b) => b.w));
  if (markingSize(marking, narrowest, MARKING_FLOOR_PT, face, measurer).fits) return [];
  const room = (narrowest - 2 * MARKING_INSET_IN) * 72;
  const length = [...marking].length;
  const perCharacter = (measurer.width(marking, { face, sizePt: MARKING_FLOOR_PT, bold: true }) * WIDTH_SAFETY) / length;
  return [{
    severity: 'error',
    rule: 'marking-too-long',
    message: `the handling marking is too long for its banner: it does not fit on one line even at ${MARKING_FLOOR_PT} pt, so it would run out of the banner on every slide`,
    expected: `about ${Math.floor(room / perCharacter)} characters or fewer`,
    found: `${length} characters`,
    hint: 'shorten the marking to the classification and handling caveat (OFFICIAL-SENSITIVE, NOT FOR ONWARD DISTRIBUTION); put longer handling instructions on the cover or in the notes',
  }];
}

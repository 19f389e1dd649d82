/**
 * The part of a template placeholder's box text may use (issue #11: "never over a placeholder"). A
 * house template may let a body placeholder run under the title; text measured in the whole box
 * would then be drawn over the title. Pure geometry, inches.
 */
import type { Box } from '../deck/laid-out.js';

/** True when the two boxes share some area (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/**
 * The largest of the four bands of `box` clear of `obstacle` (above, below, left or right of it),
 * or `box` itself when they do not overlap. A body placeholder under the title keeps the part
 * below the title, as a reader would expect; one wholly inside the obstacle's box keeps no area.
 */
export function clearOf(box: Box, obstacle: Box): Box {
  if (!boxesOverlap(box, obstacle)) return box;
  const bands: Box[] = [
    { ...box, h: obstacle.y - box.y },
    { ...box, y: obstacle.y + obstacle.h, h: box.y + box.h - (obstacle.y + obstacle.h) },
    { ...box, w: obstacle.x - box.x },
    { ...box, x: obstacle.x + obstacle.w, w: box.x + box.w - (obstacle.x + obstacle.w) },
  ].filter((b) => b.w > 0 && b.h > 0);
  let best: Box = { ...box, h: 0 };
  for (const band of bands) if (band.w * band.h > best.w * best.h) best = band;
  return best;
}

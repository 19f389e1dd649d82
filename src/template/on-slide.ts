/**
 * Placeholders moved onto the slide (issue #11: "text never leaves its box"; text is never placed
 * off the slide). A house template may put a placeholder partly or wholly off the slide: a title
 * dragged up past the top edge, a slide size changed without moving the placeholders (a 16:9
 * layout on a 5 × 10 in slide), LibreOffice's Progress whose body runs 0.3 in past the bottom.
 * Text measured in such a box would be drawn where no one sees it. Pure geometry, inches.
 */
import type { TemplateBox } from './types.js';

/**
 * `box` moved the least distance that brings it onto the slide (`width` × `height` inches), keeping
 * its size, then cut to the slide where it is larger than the slide. A box on the slide is returned
 * as it is (the same object), so the template's own geometry stays exact.
 */
export function placeOnSlide(box: TemplateBox, slide: { width: number; height: number }): TemplateBox {
  if (box.x >= 0 && box.y >= 0 && box.x + box.w <= slide.width && box.y + box.h <= slide.height) return box;
  const w = Math.min(Math.max(box.w, 0), slide.width);
  const h = Math.min(Math.max(box.h, 0), slide.height);
  return { x: Math.min(Math.max(box.x, 0), slide.width - w), y: Math.min(Math.max(box.y, 0), slide.height - h), w, h };
}

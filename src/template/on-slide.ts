/**
 * Placeholders moved onto the slide (issue #11: "text never leaves its box"; text is never placed
 * off the slide). A house template may put a placeholder partly or wholly off the slide: a title
 * dragged up past the top edge, a slide size changed without moving the placeholders (a 16:9
 * layout on a 5 × 10 in slide), LibreOffice's Progress whose body runs 0.3 in past the bottom.
 * Text measured in such a box would be drawn where no one sees it. Pure geometry, inches.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { templateDiagnostic } from './template-diagnostics.js';
import type { TemplateBox, TemplateLayout } from './types.js';

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

const inches = (n: number): string => `${Number(n.toFixed(2))}`;

/**
 * One warning when the template's titles lie off the slide or a placeholder is wider than the slide
 * (a slide size changed without scaling the layouts): briefdeck moves and cuts them, and a title
 * or text that then no longer fits must not look like the brief's fault. Placeholders a little past
 * an edge (LibreOffice's converted templates have bodies and footers so) are moved without a word.
 */
export function offSlideWarning(layouts: readonly TemplateLayout[], slide: { width: number; height: number }, source: string): Diagnostic[] {
  const moved = layouts.flatMap((layout) => layout.placeholders.filter((p) => p.templateBox !== undefined && !p.body.vertical && (p.type === 'title' || p.type === 'ctrTitle' || p.templateBox.w > slide.width)).map((p) => ({ layout, p, b: p.templateBox! })));
  const first = moved[0];
  if (first === undefined) return [];
  const { layout, p, b } = first;
  const others = moved.length > 1 ? ` (and ${moved.length - 1} more)` : '';
  return [templateDiagnostic('warning', 'template-placeholder-off-slide', source, `${source}: the placeholder "${p.name}" of the layout "${layout.name}"${others} lies outside the ${inches(slide.width)} × ${inches(slide.height)} in slide (at ${inches(b.x)}, ${inches(b.y)} in, ${inches(b.w)} × ${inches(b.h)} in); briefdeck moves it onto the slide and cuts it to the slide's size, so text may have less room than the template meant`, {
    hint: 'if the slide size was changed, let PowerPoint scale the layouts (Design → Slide Size → Custom Slide Size → Ensure Fit); otherwise move the placeholder onto the slide in the slide master view',
  })];
}

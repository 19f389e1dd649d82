/**
 * Puts a slide's content text into placeholders (issue #11 §2): text is what PowerPoint's Outline
 * view, the navigation pane and screen readers read only when it sits in a placeholder. The first
 * text over a layout body placeholder fills it; further text boxes (a caption under a table, card
 * labels, a second group of paragraphs) become body placeholders of their own with indices the
 * layout does not use, which PowerPoint shows as placeholders with the master's body style.
 * Rectangles are decorative.
 */
import type { Box, Shape } from '../deck/laid-out.js';
import type { PlaceholderFrame, RoleFrame } from './slide-frames.js';

/** First index of placeholders the layout does not define. */
export const EXTRA_PLACEHOLDER_IDX = 100;

function centreInside(box: Box, frame: PlaceholderFrame): boolean {
  const cx = box.x + box.w / 2;
  const cy = box.y + box.h / 2;
  const f = frame.box;
  return cx >= f.x && cx <= f.x + f.w && cy >= f.y && cy <= f.y + f.h;
}

/** The content shapes with every text box given a placeholder and every rectangle marked decorative. */
export function fillPlaceholders(shapes: readonly Shape[], frame: RoleFrame): Shape[] {
  const free = [...frame.bodies];
  let extra = EXTRA_PLACEHOLDER_IDX;
  return shapes.map((shape): Shape => {
    if (shape.kind === 'rect') return { ...shape, decorative: true };
    if (shape.kind !== 'text' || shape.placeholder) return shape;
    const at = free.findIndex((body) => centreInside(shape.box, body));
    if (at >= 0) {
      const body = free.splice(at, 1)[0] as PlaceholderFrame;
      return { ...shape, placeholder: { type: body.type, idx: body.idx } };
    }
    return { ...shape, placeholder: { type: 'body', idx: extra++ } };
  });
}

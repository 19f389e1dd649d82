import { shapeTree } from '../deck-model.js';
import type { CheckRule } from '../finding.js';
import { at, excerpt } from '../locate.js';
import { listShapes } from '../shapes.js';
import { path, type XmlElement } from '../xml-tree.js';

/**
 * Text lives in placeholders: only placeholder text appears in the Outline view, which is what the
 * HHS checklist asks for ("all text visible in Outline view", DESIGN §10). A text box or a shape
 * with text that is neither a placeholder nor marked decorative is reported.
 */
export const textOutsidePlaceholders: CheckRule = {
  id: 'text-outside-placeholders',
  severity: 'warning',
  reason: 'text outside placeholders is missing from the Outline view and may be read out of order or not at all',
  reference: 'HHS Section 508 PowerPoint checklist: all text in the Outline view; WCAG 2.1 SC 1.3.1',
  fix: 'move the text into a placeholder of the slide layout (View → Outline shows what is covered), or mark a purely decorative shape as decorative (right-click → View Alt Text… → Mark as decorative)',
  check(deck) {
    return deck.slides.flatMap((slide) =>
      listShapes(shapeTree(slide.root))
        .filter((s) => s.kind === 'p:sp' && s.placeholder === undefined && !s.decorative && s.text.trim() !== '')
        .map((s) => ({ ...at(slide, s), message: `the text "${excerpt(s.text)}" is in a free ${isTextBox(s.element) ? 'text box' : 'shape'}, not in a placeholder` })),
    );
  },
};

/** `p:cNvSpPr/@txBox`: the shape was drawn as a text box. */
function isTextBox(sp: XmlElement): boolean {
  const flag = path(sp, 'p:nvSpPr', 'p:cNvSpPr')?.attrs.txBox;
  return flag === '1' || flag === 'true';
}

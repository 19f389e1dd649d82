import { shapeTree } from '../deck-model.js';
import type { CheckRule } from '../finding.js';
import { at } from '../locate.js';
import { listShapes, TITLE_PLACEHOLDERS } from '../shapes.js';

/**
 * Every slide has a title placeholder with text. A title left empty on the slide does not count,
 * even though the layout's prompt text shows while editing: screen readers, the navigation pane
 * and the Outline view read the slide's own title (DESIGN §10).
 */
export const slideTitle: CheckRule = {
  id: 'slide-title',
  severity: 'error',
  reason: 'screen-reader users move between slides by their titles, and a tagged PDF takes its bookmarks from them',
  reference: 'PowerPoint Accessibility Checker: Missing slide title; WCAG 2.1 SC 2.4.2, 2.4.6',
  fix: 'Home → Layout: pick a layout with a title, or Home → Reset, then type the title into the title placeholder',
  check(deck) {
    return deck.slides.flatMap((slide) => {
      const titles = listShapes(shapeTree(slide.root)).filter((s) => s.placeholder !== undefined && TITLE_PLACEHOLDERS.has(s.placeholder));
      if (titles.some((s) => s.text.trim() !== '')) return [];
      const empty = titles[0];
      return [{
        ...at(slide, empty),
        message: empty === undefined ? 'the slide has no title placeholder' : 'the slide\'s title placeholder is empty',
      }];
    });
  },
};

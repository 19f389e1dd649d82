import { shapeTree } from '../deck-model.js';
import type { CheckRule, FindingDraft } from '../finding.js';
import { at, excerpt } from '../locate.js';
import { listShapes, TITLE_PLACEHOLDERS } from '../shapes.js';

/** Slide titles are unique in the deck (compared trimmed, with runs of white space as one space, ignoring case). */
export const duplicateTitle: CheckRule = {
  id: 'duplicate-title',
  severity: 'warning',
  reason: 'two slides with the same title cannot be told apart in the navigation pane, a screen reader\'s slide list or the PDF bookmarks',
  reference: 'PowerPoint Accessibility Checker: Duplicate slide title; WCAG 2.1 SC 2.4.6',
  fix: 'make the title say what differs, e.g. "Positions (cont. 2/3)"; to keep the visible title, View → Outline and change it there is not enough: the title placeholder\'s text must differ',
  check(deck) {
    const first = new Map<string, number>();
    const out: FindingDraft[] = [];
    for (const slide of deck.slides) {
      const title = listShapes(shapeTree(slide.root)).find((s) => s.placeholder !== undefined && TITLE_PLACEHOLDERS.has(s.placeholder) && s.text.trim() !== '');
      if (title === undefined) continue;
      const key = title.text.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
      const earlier = first.get(key);
      if (earlier === undefined) first.set(key, slide.number);
      else out.push({ ...at(slide, title), message: `the title "${excerpt(title.text)}" is also the title of slide ${earlier}` });
    }
    return out;
  },
};

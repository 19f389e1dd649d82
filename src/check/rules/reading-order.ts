import { shapeTree } from '../deck-model.js';
import type { CheckRule, FindingDraft } from '../finding.js';
import { at } from '../locate.js';
import { CHROME_PLACEHOLDERS, listShapes, TITLE_PLACEHOLDERS, type ShapeInfo } from '../shapes.js';

/**
 * The shape tree is the reading order (ECMA-376 Part 1, §19.3.1.45): the title comes first and
 * slide chrome (date, footer, slide number placeholders) after the content. Decorative shapes are
 * skipped by screen readers, so they may sit anywhere.
 */
export const readingOrder: CheckRule = {
  id: 'reading-order',
  severity: 'warning',
  reason: 'screen readers read shapes in shape-tree order, so a title read after the content or a footer read before it confuses',
  reference: 'PowerPoint Accessibility Checker: Check reading order; WCAG 2.1 SC 1.3.2',
  fix: 'Home → Arrange → Selection Pane (or Review → Check Accessibility → Reading Order pane): drag the title to be read first and footers, date and slide number last',
  check(deck) {
    return deck.slides.flatMap((slide) => {
      const shapes = listShapes(shapeTree(slide.root)).filter((s) => !s.decorative);
      const out: FindingDraft[] = [];
      const titleIndex = shapes.findIndex((s) => s.placeholder !== undefined && TITLE_PLACEHOLDERS.has(s.placeholder));
      const title = shapes[titleIndex];
      if (title !== undefined && titleIndex > 0) {
        const before = shapes.slice(0, titleIndex).filter((s) => s.kind !== 'p:grpSp');
        if (before.length > 0) out.push({ ...at(slide, title), message: `the title is read after ${describe(before)}` });
      }
      const isChrome = (s: ShapeInfo) => s.placeholder !== undefined && CHROME_PLACEHOLDERS.has(s.placeholder);
      const lastContent = shapes.map((s) => !isChrome(s) && s.kind !== 'p:grpSp').lastIndexOf(true);
      for (const [index, shape] of shapes.entries()) {
        if (isChrome(shape) && index < lastContent) out.push({ ...at(slide, shape), message: `the ${shape.placeholder} placeholder is read before content ("${shapes[lastContent]?.name}")` });
      }
      return out;
    });
  },
};

function describe(shapes: ShapeInfo[]): string {
  const names = shapes.slice(0, 3).map((s) => `"${s.name}"`).join(', ');
  return shapes.length > 3 ? `${names} and ${shapes.length - 3} more shapes` : names;
}

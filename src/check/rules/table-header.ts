import { shapeTree } from '../deck-model.js';
import type { CheckRule } from '../finding.js';
import { at } from '../locate.js';
import { listShapes } from '../shapes.js';
import { path } from '../xml-tree.js';

/** Tables flag their header row (`a:tblPr/@firstRow`, ECMA-376 Part 1, §21.1.3.15). */
export const tableHeader: CheckRule = {
  id: 'table-header',
  severity: 'error',
  reason: 'without a header row a screen reader reads cells without the column they belong to',
  reference: 'PowerPoint Accessibility Checker: No header row specified; WCAG 2.1 SC 1.3.1',
  fix: 'select the table → Table Design → tick "Header Row" (and put the column names in the first row)',
  check(deck) {
    return deck.slides.flatMap((slide) =>
      listShapes(shapeTree(slide.root))
        .filter((s) => s.graphic === 'table')
        .filter((s) => {
          const flag = path(s.element, 'a:graphic', 'a:graphicData', 'a:tbl', 'a:tblPr')?.attrs.firstRow;
          return flag !== '1' && flag !== 'true';
        })
        .map((s) => ({ ...at(slide, s), message: 'the table does not flag a header row' })),
    );
  },
};

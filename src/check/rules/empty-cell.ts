import { shapeTree } from '../deck-model.js';
import type { CheckRule } from '../finding.js';
import { at } from '../locate.js';
import { listShapes } from '../shapes.js';
import { childrenNamed, path, textOf } from '../xml-tree.js';

/** Table cells are never empty; cells covered by a merge (`hMerge`, `vMerge`) are not cells of their own. */
export const emptyCell: CheckRule = {
  id: 'empty-cell',
  severity: 'warning',
  reason: 'a screen reader announces an empty cell as "blank", which reads as missing data rather than "none"',
  reference: 'PowerPoint Accessibility Checker: Blank table rows or columns; WCAG 2.1 SC 1.3.1',
  fix: 'type what the empty cell means, e.g. "—" or "none", into each empty cell',
  check(deck) {
    return deck.slides.flatMap((slide) =>
      listShapes(shapeTree(slide.root))
        .filter((s) => s.graphic === 'table')
        .flatMap((s) => {
          const empty: string[] = [];
          const rows = childrenNamed(path(s.element, 'a:graphic', 'a:graphicData', 'a:tbl'), 'a:tr');
          rows.forEach((row, r) =>
            childrenNamed(row, 'a:tc').forEach((cell, c) => {
              const merged = ['hMerge', 'vMerge'].some((k) => cell.attrs[k] === '1' || cell.attrs[k] === 'true');
              if (!merged && textOf(cell).trim() === '') empty.push(`row ${r + 1} column ${c + 1}`);
            }),
          );
          if (empty.length === 0) return [];
          const list = empty.length > 4 ? `${empty.slice(0, 4).join(', ')} and ${empty.length - 4} more` : empty.join(', ');
          return [{ ...at(slide, s), message: `the table has ${empty.length} empty cell${empty.length === 1 ? '' : 's'}: ${list}` }];
        }),
    );
  },
};

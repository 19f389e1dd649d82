import { describe, expect, it } from 'vitest';
import type { Box, Shape } from '../../src/deck/laid-out.js';
import { flowPageHeight, MIN_SPLIT_LINES, paginateFlow, splitCounts, type BlockItem, type FlowItem, type FlowPage, type ParaItem } from '../../src/fit/flow.js';
import { HEIGHT_FILL } from '../../src/fit/safety-margins.js';
import { TEXT_INSET, TEXT_INSETS } from '../../src/fit/text-box-style.js';
import type { Insets } from '../../src/deck/laid-out.js';

/** Line height of the synthetic paragraphs, points. */
const LINE = 20;

/** Height in inches of a text box holding `lines` lines of the synthetic paragraphs (no space before). */
const linesHeight = (lines: number): number => (2 * TEXT_INSET * 72 + lines * LINE) / 72 / HEIGHT_FILL;

/** A page exactly ten lines high. */
const PAGE = linesHeight(10) + 1e-6;

/** A paragraph of `lines` lines whose runs name it and its line numbers, so parts can be traced. */
function para(name: string, lines: number, keepWithNext = false, insets: Insets = TEXT_INSETS): ParaItem {
  const wrapped = Array.from({ length: lines }, (_, i) => ({ runs: [{ text: `${name}${i + 1} ` }], widthPt: 10 }));
  return {
    kind: 'para',
    keepWithNext,
    insets,
    measured: { para: { runs: wrapped.flatMap((l) => l.runs), level: 0, bullet: { kind: 'bullet' }, fontSize: 16, spaceBefore: 0 }, lines: wrapped, linePt: LINE },
  };
}

/** Lines per placed paragraph part on each page, e.g. [['a7'], ['b7']]. */
function layout(pages: FlowPage[]): string[][] {
  return pages.map((page) =>
    page.placements.flatMap((p) => (p.kind === 'text' ? p.paras.map((m) => `${(m.para.runs[0]?.text ?? '').replace(/\d+ $/, '')}${m.lines.length}`) : [p.kind])),
  );
}

describe('paginateFlow', () => {
  it('moves an item whole to the next page when it fits there (no 4 + 3 split of a 7-line point)', () => {
    const pages = paginateFlow([para('a', 5), para('b', 7)], () => PAGE);
    expect(layout(pages)).toEqual([['a5'], ['b7']]);
  });

  it('splits only an item taller than a page, filling the rest of the page, at least two lines each side', () => {
    const pages = paginateFlow([para('a', 5), para('b', 23)], () => PAGE);
    expect(layout(pages)).toEqual([['a5', 'b5'], ['b10'], ['b8']]);
    for (const page of pages) expect(flowPageHeight(page)).toBeLessThanOrEqual(PAGE);
    // The parts join up to the whole paragraph, in order.
    const text = pages.flatMap((p) => p.placements.flatMap((pl) => (pl.kind === 'text' ? pl.paras.flatMap((m) => m.lines.map((l) => l.runs[0]?.text)) : [])));
    expect(text.filter((t) => t?.startsWith('b'))).toEqual(Array.from({ length: 23 }, (_, i) => `b${i + 1} `));
  });

  it('leaves no single line of a split paragraph at the bottom or the top of a page', () => {
    // Nine lines used: a split here would leave one line (an orphan); the long paragraph starts on the next page.
    const orphan = paginateFlow([para('a', 9), para('b', 14)], () => PAGE);
    expect(layout(orphan)).toEqual([['a9'], ['b10'], ['b4']]);
    // Eleven lines on an empty page: ten fit, but one would be a widow, so nine stay and two go.
    expect(layout(paginateFlow([para('c', 11)], () => PAGE))).toEqual([['c9'], ['c2']]);
    expect(splitCounts(11)).toEqual([9, 8, 7, 6, 5, 4, 3, 2]);
    expect(Math.min(...splitCounts(11))).toBe(MIN_SPLIT_LINES);
  });

  it('never ends a page with a heading', () => {
    const pages = paginateFlow([para('a', 8), para('h', 1, true), para('b', 3)], () => PAGE);
    expect(layout(pages)).toEqual([['a8'], ['h1', 'b3']]);
    // A heading followed by a paragraph taller than a page stays when two of its lines can follow it.
    expect(layout(paginateFlow([para('a', 6), para('h', 1, true), para('b', 14)], () => PAGE))).toEqual([['a6', 'h1', 'b3'], ['b9'], ['b2']]);
    // With room for the heading and one line only, the heading goes with its paragraph.
    expect(layout(paginateFlow([para('a', 8), para('h', 1, true), para('b', 14)], () => PAGE))).toEqual([['a8'], ['h1', 'b9'], ['b5']]);
  });

  it('splits a block taller than a page through its own split and moves a smaller one whole', () => {
    const block = (name: string, height: number): BlockItem => ({
      kind: 'block',
      height,
      keepWithNext: false,
      label: name,
      render: (box: Box): Shape[] => [{ kind: 'rect', box, fill: name }],
      split: (room) => (room < 0.3 ? undefined : { head: block(`${name}-head`, room), tail: block(`${name}-tail`, height - room) }),
    });
    const pages = paginateFlow([block('small', 1), block('tall', 2.5), block('huge', 6)], () => 3);
    const names = pages.map((p) => p.placements.map((pl) => (pl.kind === 'block' ? pl.item.label : pl.kind)));
    expect(names).toEqual([['small'], ['tall', 'huge-head'], ['huge-tail-head'], ['huge-tail-tail']]);
    for (const page of pages) expect(flowPageHeight(page)).toBeLessThanOrEqual(3 + 1e-9);
    expect(pages.flatMap((p) => p.problems)).toEqual([]);
  });

  it('reports an item that cannot be placed even alone on a page as an error and draws nothing of it', () => {
    const giant: FlowItem = { kind: 'block', height: 5, keepWithNext: false, label: 'key figure `472`', render: () => [] };
    const pages = paginateFlow([para('a', 2), giant, para('b', 2)], () => PAGE);
    const problems = pages.flatMap((p) => p.problems);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'error', rule: 'content-cannot-fit' });
    expect(problems[0]?.message).toContain('key figure `472`');
    for (const page of pages) expect(flowPageHeight(page)).toBeLessThanOrEqual(PAGE);
    expect(problems.some((d) => /overflow/.test(d.message))).toBe(false);
  });

  it('measures a text box with the insets its paragraphs were measured for (a placeholder\'s own, issue #11)', () => {
    const none: Insets = { left: 0, top: 0, right: 0, bottom: 0 };
    // A page exactly ten lines high with no insets: ten lines fit there only in a box without insets.
    const bare = (10 * LINE) / 72 / HEIGHT_FILL + 1e-6;
    expect(layout(paginateFlow([para('a', 10, false, none)], () => bare))).toEqual([['a10']]);
    expect(layout(paginateFlow([para('a', 10)], () => bare))).not.toEqual([['a10']]);
    const [page] = paginateFlow([para('a', 2, false, none), para('b', 2), para('c', 2)], () => PAGE);
    // Paragraphs with other insets go into a text box of their own; the same insets share one.
    const boxes = page?.placements.map((p) => (p.kind === 'text' ? p.paras.length : 0));
    expect(boxes).toEqual([1, 2]);
  });
});

import type { Box, Insets, LaidCell, Shape, TextShape } from '../deck/laid-out.js';
import type { Slide } from '../deck/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Theme } from '../theme/types.js';
import type { FitContext } from './fit-context.js';
import { paragraphHeightPt, type MeasuredParagraph } from './measure-paragraph.js';
import type { MeasuredTable } from './measure-table.js';
import { HEIGHT_FILL } from './safety-margins.js';
import { locateOnSlide } from './slide-location.js';
import { CELL_INSET } from './text-box-style.js';

/**
 * A paragraph of text; consecutive paragraphs with the same insets share one text box. Splits
 * between lines if taller than a page.
 */
export interface ParaItem {
  kind: 'para';
  measured: MeasuredParagraph;
  keepWithNext: boolean;
  /** Insets of the text box it goes into, inches: what its width was measured with. */
  insets: Insets;
}

/**
 * One body row of a measured table, or part of one: consecutive rows share one table shape, whose
 * header repeats on each page. A row taller than a page splits between lines (`splitRow`).
 */
export interface RowItem {
  kind: 'row';
  table: MeasuredTable;
  /** 0-based body row in the table block, for messages. */
  row: number;
  cells: LaidCell[];
  /** Height of this row (or part), inches. */
  height: number;
  /** The row's first and rest parts when its head must be at most `room` inches tall; undefined when no line fits. */
  split?(room: number): { head: RowItem; tail: RowItem } | undefined;
}

/**
 * A block of fixed height that draws itself (a row of key-figure cards, a timeline entry). It moves
 * to the next page whole; only one taller than a whole page splits, through `split`.
 */
export interface BlockItem {
  kind: 'block';
  height: number;
  keepWithNext: boolean;
  render(box: Box): Shape[];
  /** What the block shows, for the message when it cannot be placed at all (e.g. "key figure `472`"). */
  label?: string;
  /** A head at most `room` inches tall and the rest; undefined when not even the smallest head fits. */
  split?(room: number): { head: BlockItem; tail: BlockItem } | undefined;
}

/** A chart or picture: takes between `minHeight` and `maxHeight` inches, as much as the page has left. */
export interface FigureItem {
  kind: 'figure';
  minHeight: number;
  maxHeight: number;
  render(box: Box): Shape[];
  /** Problems reported once, where the figure is drawn (a chart with more series than the palette). */
  problems?: Diagnostic[];
}

/** Anything a vertical flow holds. */
export type FlowItem = ParaItem | RowItem | BlockItem | FigureItem;

/** How text boxes of a flow are drawn. */
export interface FlowStyle {
  fontFace: string;
  color: string;
  lineSpacing: number;
  /** Stretch a text box that ends a page down to the page bottom (room to edit; anchored at the top). */
  stretchLastText: boolean;
}

/**
 * A paragraph (or table row) taller than a page splits so that at least this many of its lines stay
 * on the page and at least this many go to the next: no orphan line at the bottom of a slide and no
 * widow line at the top of the next (when the paragraph has that many lines at all).
 */
export const MIN_SPLIT_LINES = 2;

/** Space between consecutive groups (text box, table, block), inches. */
export const GROUP_GAP = 0.14;

type Placement =
  | { kind: 'text'; paras: MeasuredParagraph[]; insets: Insets }
  | { kind: 'table'; table: MeasuredTable; rows: RowItem[] }
  | { kind: 'block'; item: BlockItem }
  | { kind: 'figure'; item: FigureItem; height: number };

/** A page of a flow: placements in order, drawn by `renderFlowPage`. */
export interface FlowPage {
  placements: Placement[];
  /** Problems found while paginating, reported only when this page is drawn (shrink steps that were not chosen stay silent). */
  problems: Diagnostic[];
}

function textHeightIn(paras: readonly MeasuredParagraph[], insets: Insets): number {
  let pt = (insets.top + insets.bottom) * 72;
  paras.forEach((p, i) => (pt += paragraphHeightPt(p, i === 0)));
  return pt / 72 / HEIGHT_FILL;
}

function sameInsets(a: Insets, b: Insets): boolean {
  return a.left === b.left && a.top === b.top && a.right === b.right && a.bottom === b.bottom;
}

function placementHeight(p: Placement): number {
  switch (p.kind) {
    case 'text':
      return textHeightIn(p.paras, p.insets);
    case 'table':
      return p.table.headerHeight + p.rows.reduce((s, r) => s + r.height, 0);
    case 'block':
      return p.item.height;
    case 'figure':
      return p.height;
  }
}

/** Height of a paginated page's content, inches. */
export function flowPageHeight(page: FlowPage): number {
  return pageHeight(page.placements);
}

function pageHeight(placements: readonly Placement[]): number {
  return placements.reduce((s, p, i) => s + placementHeight(p) + (i > 0 ? GROUP_GAP : 0), 0);
}

/**
 * The rest of a paragraph split between lines: it continues without a bullet (it is not a new
 * item) but keeps the item's indent, so its lines keep the width they were wrapped at.
 */
export function tailOf(m: MeasuredParagraph, from: number): MeasuredParagraph {
  return {
    ...m,
    lines: m.lines.slice(from),
    para: {
      ...m.para,
      runs: m.lines.slice(from).flatMap((l) => l.runs),
      bullet: m.para.bullet.kind === 'none' ? { kind: 'none' } : { kind: 'continued' },
      spaceBefore: 0,
    },
  };
}

/** The first `count` lines of a paragraph. */
export function headOf(m: MeasuredParagraph, count: number): MeasuredParagraph {
  return { ...m, lines: m.lines.slice(0, count), para: { ...m.para, runs: m.lines.slice(0, count).flatMap((l) => l.runs) } };
}

/**
 * Line counts at which a paragraph of `lines` lines may split, most kept first: every count leaves
 * at least `MIN_SPLIT_LINES` on each side; a paragraph too short for that may split anywhere (only
 * a paragraph taller than a page is ever split, and it must go somewhere).
 */
export function splitCounts(lines: number): number[] {
  const out: number[] = [];
  const lo = lines >= 2 * MIN_SPLIT_LINES ? MIN_SPLIT_LINES : 1;
  const hi = lines >= 2 * MIN_SPLIT_LINES ? lines - MIN_SPLIT_LINES : lines - 1;
  for (let k = hi; k >= lo; k--) out.push(k);
  return out;
}

/** Height of one item alone in its group (a row with its table's header), inches. */
function itemHeight(item: FlowItem): number {
  switch (item.kind) {
    case 'para':
      return textHeightIn([{ ...item.measured, para: { ...item.measured.para, spaceBefore: 0 } }], item.insets);
    case 'row':
      return item.table.headerHeight + item.height;
    case 'block':
      return item.height;
    case 'figure':
      return item.minHeight;
  }
}

/** The words an item starts with, for a message that lets the reader find it. */
/** The plain text of a paragraph or table row, '' for blocks and figures. */
function itemText(item: FlowItem): string {
  if (item.kind === 'para') return item.measured.para.runs.map((r) => r.text).join('');
  if (item.kind === 'row') return item.cells.map((c) => c.runs.map((r) => r.text).join('')).join(' | ');
  return '';
}

function describeItem(item: FlowItem): string {
  const clip = (text: string): string => {
    const t = text.replace(/\s+/g, ' ').trim();
    return t.length > 60 ? `${t.slice(0, 57)}…` : t;
  };
  switch (item.kind) {
    case 'para':
      return `the paragraph "${clip(item.measured.para.runs.map((r) => r.text).join(''))}"`;
    case 'row':
      return `table row ${item.row + 1} ("${clip(item.cells.map((c) => c.runs.map((r) => r.text).join('')).join(' | '))}")`;
    case 'block':
      return item.label ?? 'a block';
    case 'figure':
      return 'a figure';
  }
}

/**
 * Paginates `items` greedily onto pages of height `pageHeightIn(pageIndex)`, inches. Keep-together
 * rules (issue #13): an item that does not fit in the rest of a page but fits on an empty one moves
 * there whole; only an item taller than a whole page splits — a paragraph between lines with at least
 * `MIN_SPLIT_LINES` on each side, a table row between lines (header repeated, the rest marked as
 * continued), a block through its own `split` — and it then fills the rest of the current page. A
 * heading (`keepWithNext`) never ends a page: it moves with the part of its follower that stays.
 * An item that cannot be placed even alone on an empty page (a single line taller than the page) is
 * an error problem on that page naming the item; the flow never produces an overflowing page.
 */
export function paginateFlow(items: readonly FlowItem[], pageHeightIn: (page: number) => number): FlowPage[] {
  const pages: FlowPage[] = [];
  let current: Placement[] = [];
  let problems: Diagnostic[] = [];
  const queue = [...items];
  const newPage = (): void => {
    pages.push({ placements: current, problems });
    current = [];
    problems = [];
  };
  // The placement list the current page would have with `item` added at its end.
  const withItem = (on: Placement[], item: FlowItem): Placement[] => {
    const last = on[on.length - 1];
    switch (item.kind) {
      case 'para':
        if (last?.kind === 'text' && sameInsets(last.insets, item.insets)) return [...on.slice(0, -1), { ...last, paras: [...last.paras, item.measured] }];
        return [...on, { kind: 'text', paras: [item.measured], insets: item.insets }];
      case 'row':
        if (last?.kind === 'table' && last.table === item.table) return [...on.slice(0, -1), { ...last, rows: [...last.rows, item] }];
        return [...on, { kind: 'table', table: item.table, rows: [item] }];
      case 'block':
        return [...on, { kind: 'block', item }];
      case 'figure': {
        const gap = on.length > 0 ? GROUP_GAP : 0;
        const room = pageHeightIn(pages.length) - pageHeight(on) - gap;
        // Alone on a page lower than the figure's least height, it takes the page rather than overflow.
        const least = on.length === 0 ? Math.min(item.minHeight, room) : item.minHeight;
        return [...on, { kind: 'figure', item, height: Math.min(item.maxHeight, Math.max(least, room)) }];
      }
    }
  };
  const limit = (): number => pageHeightIn(pages.length) + 1e-9;
  const fits = (placements: Placement[]): boolean => pageHeight(placements) <= limit();
  // Whether `item` fits whole on the page after the current one, where it would move.
  const fitsNextPage = (item: FlowItem): boolean => itemHeight(item) <= pageHeightIn(pages.length + 1) + 1e-9;

  // The largest head of `item` that fits in the rest of the current page, and the rest.
  const splitHere = (item: FlowItem): { head: FlowItem; tail: FlowItem } | undefined => {
    switch (item.kind) {
      case 'para': {
        const m = item.measured;
        for (const k of splitCounts(m.lines.length)) {
          const head = { ...item, measured: headOf(m, k) };
          if (fits(withItem(current, head))) return { head, tail: { ...item, measured: tailOf(m, k) } };
        }
        return undefined;
      }
      case 'row':
      case 'block': {
        // Room for the item itself: what the page has left after the group it joins (a new table's header, the gap).
        const overhead = pageHeight(withItem(current, item)) - item.height;
        const room = limit() - overhead;
        return room > 0 ? item.split?.(room) : undefined;
      }
      case 'figure':
        return undefined;
    }
  };
  // What of `follower` would stay on the current page: all of it if it fits on a page, else its least head.
  const leastPart = (follower: FlowItem): FlowItem => {
    if (follower.kind !== 'para' || fitsNextPage(follower)) return follower;
    const k = splitCounts(follower.measured.lines.length).at(-1) ?? follower.measured.lines.length;
    return { ...follower, measured: headOf(follower.measured, k) };
  };

  while (queue.length > 0) {
    const item = queue.shift() as FlowItem;
    const next = withItem(current, item);
    const follower = queue[0];
    if (fits(next) && 'keepWithNext' in item && item.keepWithNext && follower && current.length > 0) {
      // A heading stays only if what follows it can start on this page too.
      if (!fits(withItem(next, leastPart(follower)))) {
        newPage();
        queue.unshift(item);
        continue;
      }
    }
    if (fits(next)) {
      current = next;
      continue;
    }
    // Keep together: an item that fits on a page of its own moves there whole.
    if (current.length > 0 && fitsNextPage(item)) {
      newPage();
      queue.unshift(item);
      continue;
    }
    // Taller than a page: it splits, filling the rest of this page first.
    const parts = splitHere(item);
    if (parts) {
      current = withItem(current, parts.head);
      newPage();
      queue.unshift(parts.tail);
      continue;
    }
    // Not even alone: try the next page when it is roomier (a first page below an intro, a cover).
    if (current.length > 0 || pageHeightIn(pages.length + 1) > pageHeightIn(pages.length) + 1e-9) {
      newPage();
      queue.unshift(item);
      continue;
    }
    // Alone on an empty page, nothing of it fits: it cannot be shown, so it is not drawn at all.
    problems.push({
      severity: 'error',
      rule: 'content-cannot-fit',
      message: `${describeItem(item)} cannot be placed even alone on a slide at the smallest text size`,
      // The item's text, by which the build finds the data field it came from (src/data/locate-text.ts).
      ...(itemText(item) !== '' ? { found: itemText(item) } : {}),
      hint: 'shorten the text, or use a template with a larger content area',
    });
    newPage();
  }
  if (current.length > 0 || pages.length === 0) newPage();
  return pages;
}

/**
 * Draws one page of a flow into `area` (only its x, y and w are used; height comes from the content).
 * The page's problems are reported at `slide`'s origin (its template and markup line) when given.
 */
export function renderFlowPage(ctx: FitContext, page: FlowPage, area: Box, style: FlowStyle, slide?: Slide): Shape[] {
  const theme: Theme = ctx.theme;
  const shapes: Shape[] = [];
  ctx.diagnostics.push(...page.problems.map((d) => (slide ? locateOnSlide(d, slide) : d)));
  let y = area.y;
  page.placements.forEach((p, i) => {
    if (i > 0) y += GROUP_GAP;
    let h = placementHeight(p);
    const box: Box = { x: area.x, y, w: area.w, h };
    switch (p.kind) {
      case 'text': {
        if (style.stretchLastText && i === page.placements.length - 1) box.h = h = Math.max(h, area.y + area.h - y);
        const text: TextShape = {
          kind: 'text',
          box,
          paragraphs: p.paras.map((m, k) => (k === 0 ? { ...m.para, spaceBefore: 0 } : m.para)),
          fontFace: style.fontFace,
          color: style.color,
          valign: 'top',
          insets: { ...p.insets },
          lineSpacing: style.lineSpacing,
        };
        shapes.push(text);
        break;
      }
      case 'table':
        shapes.push({
          kind: 'table',
          box,
          colWidths: p.table.colWidths,
          header: p.table.header,
          rows: p.rows.map((r) => r.cells),
          rowHeights: [p.table.headerHeight, ...p.rows.map((r) => r.height)],
          fontSize: p.table.fontSize,
          fontFace: theme.fonts.body,
          color: theme.colors.text,
          headerFill: theme.colors.tableHeaderFill,
          headerColor: theme.colors.tableHeaderText,
          stripeFill: theme.colors.tableStripe,
          ...(theme.colors.tableFill !== undefined ? { plainFill: theme.colors.tableFill } : {}),
          borderColor: theme.colors.tableBorder,
          cellInset: CELL_INSET,
        });
        break;
      case 'block':
        shapes.push(...p.item.render(box));
        break;
      case 'figure':
        ctx.diagnostics.push(...(p.item.problems ?? []).map((d) => (slide ? locateOnSlide(d, slide) : d)));
        shapes.push(...p.item.render(box));
        break;
    }
    y += h;
  });
  return shapes;
}

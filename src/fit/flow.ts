import type { Box, Shape, TextShape } from '../deck/laid-out.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Theme } from '../theme/types.js';
import type { FitContext } from './fit-context.js';
import { paragraphHeightPt, type MeasuredParagraph } from './measure-paragraph.js';
import type { MeasuredTable } from './measure-table.js';
import { HEIGHT_FILL } from './safety-margins.js';
import { CELL_INSET, TEXT_INSET } from './text-box-style.js';

/** A paragraph of text; consecutive paragraphs share one text box. Splits between lines if taller than a page. */
export interface ParaItem {
  kind: 'para';
  measured: MeasuredParagraph;
  keepWithNext: boolean;
}

/** One body row of a measured table; consecutive rows share one table shape, whose header repeats on each page. */
export interface RowItem {
  kind: 'row';
  table: MeasuredTable;
  row: number;
}

/** An unbreakable block of fixed height that draws itself (a row of key-figure cards, a timeline entry). */
export interface BlockItem {
  kind: 'block';
  height: number;
  keepWithNext: boolean;
  render(box: Box): Shape[];
}

/** A chart or picture: takes between `minHeight` and `maxHeight` inches, as much as the page has left. */
export interface FigureItem {
  kind: 'figure';
  minHeight: number;
  maxHeight: number;
  render(box: Box): Shape[];
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
 * A paragraph that does not fit in the rest of a page splits there when at least this many of its
 * lines stay on the page and at least this many go to the next (no orphan or widow lines); moving
 * whole 8-line bullets left half of every continuation page empty.
 */
const MIN_SPLIT_LINES = 2;

/** Space between consecutive groups (text box, table, block), inches. */
export const GROUP_GAP = 0.14;

type Placement =
  | { kind: 'text'; paras: MeasuredParagraph[] }
  | { kind: 'table'; table: MeasuredTable; rows: number[] }
  | { kind: 'block'; item: BlockItem }
  | { kind: 'figure'; item: FigureItem; height: number };

/** A page of a flow: placements in order, drawn by `renderFlowPage`. */
export interface FlowPage {
  placements: Placement[];
  /** Problems found while paginating, reported only when this page is drawn (shrink steps that were not chosen stay silent). */
  problems: Diagnostic[];
}

const insetPt = TEXT_INSET * 72;

function textHeightIn(paras: readonly MeasuredParagraph[]): number {
  let pt = 2 * insetPt;
  paras.forEach((p, i) => (pt += paragraphHeightPt(p, i === 0)));
  return pt / 72 / HEIGHT_FILL;
}

function placementHeight(p: Placement): number {
  switch (p.kind) {
    case 'text':
      return textHeightIn(p.paras);
    case 'table':
      return p.table.headerHeight + p.rows.reduce((s, r) => s + (p.table.rowHeights[r] ?? 0), 0);
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
function tailOf(m: MeasuredParagraph, from: number): MeasuredParagraph {
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

function headOf(m: MeasuredParagraph, count: number): MeasuredParagraph {
  return { ...m, lines: m.lines.slice(0, count), para: { ...m.para, runs: m.lines.slice(0, count).flatMap((l) => l.runs) } };
}

/**
 * Paginates `items` greedily onto pages of height `pageHeightIn(pageIndex)`: text splits between
 * paragraphs (and between lines when one paragraph is taller than a page), tables between whole
 * rows with the header repeated, blocks never. A heading is kept with what follows it.
 * Problems (a table row taller than a page) travel with the page they occur on.
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
  // Height the next item adds to the current page, and the placement list it would produce.
  const tryAdd = (item: FlowItem): Placement[] => {
    const last = current[current.length - 1];
    switch (item.kind) {
      case 'para':
        if (last?.kind === 'text') return [...current.slice(0, -1), { kind: 'text', paras: [...last.paras, item.measured] }];
        return [...current, { kind: 'text', paras: [item.measured] }];
      case 'row':
        if (last?.kind === 'table' && last.table === item.table) return [...current.slice(0, -1), { ...last, rows: [...last.rows, item.row] }];
        return [...current, { kind: 'table', table: item.table, rows: [item.row] }];
      case 'block':
        return [...current, { kind: 'block', item }];
      case 'figure': {
        const gap = current.length > 0 ? GROUP_GAP : 0;
        const height = Math.min(item.maxHeight, Math.max(item.minHeight, pageHeightIn(pages.length) - pageHeight(current) - gap));
        return [...current, { kind: 'figure', item, height }];
      }
    }
  };
  const fits = (placements: Placement[]): boolean => pageHeight(placements) <= pageHeightIn(pages.length) + 1e-9;

  while (queue.length > 0) {
    const item = queue.shift() as FlowItem;
    let next = tryAdd(item);
    // Keep a heading with the first line of what follows it.
    const follower = queue[0];
    if (fits(next) && 'keepWithNext' in item && item.keepWithNext && follower) {
      const saved = current;
      current = next;
      const probe = follower.kind === 'para' ? { ...follower, measured: headOf(follower.measured, 1) } : follower;
      const withFollower = tryAdd(probe);
      current = saved;
      if (!fits(withFollower) && current.length > 0) {
        newPage();
        next = tryAdd(item);
      }
    }
    if (fits(next)) {
      current = next;
      continue;
    }
    if (item.kind === 'para' && !item.keepWithNext && current.length > 0) {
      const m = item.measured;
      let count = 0;
      for (let k = m.lines.length - MIN_SPLIT_LINES; k >= MIN_SPLIT_LINES && count === 0; k--) {
        if (fits(tryAdd({ ...item, measured: headOf(m, k) }))) count = k;
      }
      if (count > 0) {
        current = tryAdd({ ...item, measured: headOf(m, count) });
        newPage();
        queue.unshift({ ...item, measured: tailOf(m, count) });
        continue;
      }
    }
    if (current.length > 0) {
      newPage();
      queue.unshift(item);
      continue;
    }
    // Alone on an empty page and still too tall.
    if (item.kind === 'para' && item.measured.lines.length > 1) {
      const m = item.measured;
      const available = pageHeightIn(pages.length) * 72 * HEIGHT_FILL - 2 * insetPt;
      const count = Math.max(1, Math.min(m.lines.length - 1, Math.floor(available / m.linePt)));
      current = [{ kind: 'text', paras: [headOf(m, count)] }];
      newPage();
      queue.unshift({ ...item, measured: tailOf(m, count) });
      continue;
    }
    if (item.kind === 'row') {
      problems.push({
        severity: 'warning',
        rule: 'table-row-too-tall',
        message: `table row ${item.row + 1} is taller than a whole slide even at the smallest table size; it will overflow`,
      });
    } else if (item.kind !== 'figure') {
      problems.push({ severity: 'warning', rule: 'content-too-tall', message: 'a block is taller than a whole slide; it will overflow' });
    }
    current = next;
    newPage();
  }
  if (current.length > 0 || pages.length === 0) newPage();
  return pages;
}

/** Draws one page of a flow into `area` (only its x, y and w are used; height comes from the content). */
export function renderFlowPage(ctx: FitContext, page: FlowPage, area: Box, style: FlowStyle): Shape[] {
  const theme: Theme = ctx.theme;
  const shapes: Shape[] = [];
  ctx.diagnostics.push(...page.problems);
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
          inset: TEXT_INSET,
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
          rows: p.rows.map((r) => p.table.rows[r] ?? []),
          rowHeights: [p.table.headerHeight, ...p.rows.map((r) => p.table.rowHeights[r] ?? 0)],
          fontSize: p.table.fontSize,
          fontFace: theme.fonts.body,
          color: theme.colors.text,
          headerFill: theme.colors.tableHeaderFill,
          headerColor: theme.colors.tableHeaderText,
          stripeFill: theme.colors.tableStripe,
          borderColor: theme.colors.tableBorder,
          cellInset: CELL_INSET,
        });
        break;
      case 'block':
      case 'figure':
        shapes.push(...p.item.render(box));
        break;
    }
    y += h;
  });
  return shapes;
}

import type { LaidCell } from '../deck/laid-out.js';
import type { Run, TableBlock, TableCell } from '../deck/types.js';
import type { FitContext } from './fit-context.js';
import type { WrappedLine } from './text-measurer.js';
import { WIDTH_SAFETY, HEIGHT_FILL } from './safety-margins.js';
import { CELL_INSET, TABLE_LINE_SPACING } from './text-box-style.js';

/** A table measured at one width and size: column widths and the height of every row, inches. */
export interface MeasuredTable {
  block: TableBlock;
  colWidths: number[];
  header: LaidCell[];
  rows: LaidCell[][];
  headerHeight: number;
  rowHeights: number[];
  fontSize: number;
}

/** No column narrower than this, inches: narrower columns read as a mistake. */
const MIN_COLUMN_WIDTH = 0.7;

/** A single long word (a URL) may claim at most this share of the table as its minimum width. */
const MAX_WORD_SHARE = 0.4;

function cellText(cell: TableCell | undefined): Run[] {
  return cell?.runs ?? [];
}

/**
 * Measures `table` for a box `widthIn` wide at `fontSize`. Columns get widths proportional to
 * their content: each column's natural width (its widest cell on one line) when everything fits,
 * otherwise its longest word plus a share of the rest in proportion to how much more it wants —
 * the automatic table layout of HTML, which readers are used to — unless giving the columns that
 * want least their whole natural width makes the table lower (see `columnWidthCandidates`).
 */
export function measureTable(ctx: FitContext, table: TableBlock, widthIn: number, fontSize: number): MeasuredTable {
  const face = ctx.theme.fonts.body;
  const mono = ctx.theme.fonts.mono;
  const cols = Math.max(table.header.length, ...table.rows.map((r) => r.length), 1);
  const insetPt = CELL_INSET * 72;
  const natural = new Array<number>(cols).fill(0);
  const minimum = new Array<number>(cols).fill(0);
  const measureCell = (runs: Run[], c: number, bold: boolean): void => {
    let line = 0;
    for (const run of runs) {
      const font = { face: run.code ? mono : face, sizePt: fontSize, bold: bold || run.bold, italic: run.italic };
      for (const word of run.text.split(/\s+/)) {
        minimum[c] = Math.max(minimum[c] ?? 0, ctx.measurer.width(word, font));
      }
      line += ctx.measurer.width(run.text, font);
      if (run.breakAfter) (natural[c] = Math.max(natural[c] ?? 0, line)), (line = 0);
    }
    natural[c] = Math.max(natural[c] ?? 0, line);
  };
  for (let c = 0; c < cols; c++) {
    measureCell(cellText(table.header[c]), c, true);
    for (const row of table.rows) measureCell(cellText(row[c]), c, false);
  }
  const toIn = (pt: number): number => (pt * WIDTH_SAFETY + 2 * insetPt) / 72 + 0.02;
  const nat = natural.map(toIn);
  const min = minimum.map((m) => Math.max(MIN_COLUMN_WIDTH, Math.min(toIn(m), widthIn * MAX_WORD_SHARE)));
  const lineHeight = (bold: boolean): number => ctx.measurer.lineHeight({ face, sizePt: fontSize, bold }) * TABLE_LINE_SPACING;
  const rowHeight = (cells: TableCell[], bold: boolean, colWidths: readonly number[]): number => {
    let tallest = 1;
    for (let c = 0; c < cols; c++) {
      const inner = Math.max(1, (colWidths[c] ?? 0) * 72 - 2 * insetPt) / WIDTH_SAFETY;
      const lines = ctx.measurer.wrap(cellText(cells[c]), inner, { face, monoFace: mono, sizePt: fontSize, bold }).length;
      tallest = Math.max(tallest, lines);
    }
    return (tallest * lineHeight(bold) + 2 * insetPt) / 72 / HEIGHT_FILL;
  };
  const heightsAt = (colWidths: readonly number[]): { header: number; rows: number[]; total: number } => {
    const header = rowHeight(table.header, true, colWidths);
    const rows = table.rows.map((r) => rowHeight(r, false, colWidths));
    return { header, rows, total: rows.reduce((a, b) => a + b, header) };
  };

  // The allocation candidates, best first on a tie; the one giving the lowest table wins.
  let best: { colWidths: number[]; heights: ReturnType<typeof heightsAt> } | undefined;
  for (const colWidths of columnWidthCandidates(nat, min, widthIn)) {
    const heights = heightsAt(colWidths);
    if (best === undefined || heights.total < best.heights.total - 1e-9) best = { colWidths, heights };
  }
  const { colWidths, heights } = best ?? { colWidths: nat, heights: heightsAt(nat) };
  const laid = (cells: TableCell[]): LaidCell[] =>
    Array.from({ length: cols }, (_, c) => ({ runs: cellText(cells[c]), align: table.align[c] ?? 'left' }));
  return {
    block: table,
    colWidths,
    header: laid(table.header),
    rows: table.rows.map(laid),
    headerHeight: heights.header,
    rowHeights: heights.rows,
    fontSize,
  };
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

/**
 * Column widths, inches, that share `widthIn` between columns wanting `nat` (their widest cell on
 * one line, width margin and insets included) and needing at least `min`. When every column gets
 * its natural width, the slack is shared in proportion. When not even the minimums fit, they
 * shrink in proportion. Otherwise the first candidate is HTML's automatic layout — each column its
 * minimum plus a share of the spare width in proportion to how much more it wants — which leaves
 * every column a little short of its natural width, so a cell that fits on one line at its true
 * width wraps once the width margin is applied and its row is planned a line taller than drawn.
 * The further candidates therefore give the columns wanting least their full natural width (one
 * more each time, while the rest still get their minimums) and share what is left the same way;
 * the caller keeps whichever gives the lowest table.
 */
/** Height in points of one line of body cells of `table`, line spacing included. */
export function tableLinePt(ctx: FitContext, table: MeasuredTable): number {
  return ctx.measurer.lineHeight({ face: ctx.theme.fonts.body, sizePt: table.fontSize }) * TABLE_LINE_SPACING;
}

/** The wrapped lines of each body cell of a row of `table`, at its column widths (the same wrap `measureTable` plans with). */
export function wrapRowCells(ctx: FitContext, table: MeasuredTable, cells: readonly LaidCell[]): WrappedLine[][] {
  const insetPt = CELL_INSET * 72;
  const style = { face: ctx.theme.fonts.body, monoFace: ctx.theme.fonts.mono, sizePt: table.fontSize, bold: false };
  return table.colWidths.map((w, c) => ctx.measurer.wrap(cells[c]?.runs ?? [], Math.max(1, w * 72 - 2 * insetPt) / WIDTH_SAFETY, style));
}

/** Height in inches of a body row `lines` lines tall (insets and height margin included). */
export function rowHeightFor(ctx: FitContext, table: MeasuredTable, lines: number): number {
  return (Math.max(1, lines) * tableLinePt(ctx, table) + 2 * CELL_INSET * 72) / 72 / HEIGHT_FILL;
}

export function columnWidthCandidates(nat: readonly number[], min: readonly number[], widthIn: number): number[][] {
  const natFloor = nat.map((n, c) => Math.max(n, min[c] ?? 0));
  if (sum(natFloor) <= widthIn) return [natFloor.map((n) => (n * widthIn) / sum(natFloor))];
  if (sum(min) >= widthIn) return [min.map((m) => (m * widthIn) / sum(min))];
  const want = natFloor.map((n, c) => n - (min[c] ?? 0));
  // Columns in the order they are satisfied: the ones wanting least first, ties left to right.
  const order = want.map((w, c) => ({ w, c })).sort((a, b) => a.w - b.w || a.c - b.c).map((x) => x.c);
  const candidates: number[][] = [];
  for (let k = 0; k < order.length; k++) {
    const full = new Set(order.slice(0, k));
    const fixed = sum([...full].map((c) => natFloor[c] ?? 0));
    const restMin = sum(min.filter((_, c) => !full.has(c)));
    const spare = widthIn - fixed - restMin;
    if (spare < 0) break;
    const restWant = sum(want.filter((_, c) => !full.has(c)));
    if (restWant <= 0) break;
    candidates.push(natFloor.map((n, c) => (full.has(c) ? n : (min[c] ?? 0) + (spare * (want[c] ?? 0)) / restWant)));
  }
  return candidates;
}

import type { LaidCell } from '../deck/laid-out.js';
import type { Run, TableBlock, TableCell } from '../deck/types.js';
import type { FitContext } from './fit-context.js';
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
 * the automatic table layout of HTML, which readers are used to.
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
  const natFloor = nat.map((n, c) => Math.max(n, min[c] ?? 0));
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
  let colWidths: number[];
  if (sum(natFloor) <= widthIn) {
    colWidths = natFloor.map((n) => (n * widthIn) / sum(natFloor));
  } else if (sum(min) >= widthIn) {
    colWidths = min.map((m) => (m * widthIn) / sum(min));
  } else {
    const want = natFloor.map((n, c) => n - (min[c] ?? 0));
    const spare = widthIn - sum(min);
    colWidths = min.map((m, c) => m + (spare * (want[c] ?? 0)) / sum(want));
  }

  const lineHeight = (bold: boolean): number => ctx.measurer.lineHeight({ face, sizePt: fontSize, bold }) * TABLE_LINE_SPACING;
  const rowHeight = (cells: TableCell[], bold: boolean): number => {
    let tallest = 1;
    for (let c = 0; c < cols; c++) {
      const inner = Math.max(1, (colWidths[c] ?? 0) * 72 - 2 * insetPt) / WIDTH_SAFETY;
      const lines = ctx.measurer.wrap(cellText(cells[c]), inner, { face, monoFace: mono, sizePt: fontSize, bold }).length;
      tallest = Math.max(tallest, lines);
    }
    return (tallest * lineHeight(bold) + 2 * insetPt) / 72 / HEIGHT_FILL;
  };
  const laid = (cells: TableCell[]): LaidCell[] =>
    Array.from({ length: cols }, (_, c) => ({ runs: cellText(cells[c]), align: table.align[c] ?? 'left' }));
  return {
    block: table,
    colWidths,
    header: laid(table.header),
    rows: table.rows.map(laid),
    headerHeight: rowHeight(table.header, true),
    rowHeights: table.rows.map((r) => rowHeight(r, false)),
    fontSize,
  };
}

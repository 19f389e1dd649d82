import type { LaidCell } from '../deck/laid-out.js';
import type { Run } from '../deck/types.js';
import type { FitContext } from './fit-context.js';
import { splitCounts, type RowItem } from './flow.js';
import { rowHeightFor, tableLinePt, wrapRowCells, type MeasuredTable } from './measure-table.js';
import type { WrappedLine } from './text-measurer.js';
import { CELL_INSET } from './text-box-style.js';
import { HEIGHT_FILL } from './safety-margins.js';

/**
 * A first cell this many lines long or shorter is repeated on a continued row part with the
 * continued label after it ("Volodymyr Medinsky (cont.)"), so the reader knows whose row goes on;
 * a longer one continues with its own remaining lines under the label.
 */
const REPEAT_FIRST_CELL_LINES = 2;

/** Runs showing exactly `lines`: a forced break after each line but the last, so the part is drawn as it was measured. */
function linesToRuns(lines: readonly WrappedLine[]): Run[] {
  return lines.flatMap((line, i) => {
    const runs = line.runs.map((r) => ({ ...r }));
    if (i < lines.length - 1) {
      if (runs.length === 0) runs.push({ text: '' });
      (runs[runs.length - 1] as Run).breakAfter = true;
    }
    return runs;
  });
}

/** The flow items of a measured table's body rows: each can split between lines when taller than a page. */
export function tableRowItems(ctx: FitContext, table: MeasuredTable): RowItem[] {
  return table.rows.map((cells, row) => rowItem(ctx, table, row, cells, false, table.rowHeights[row] ?? 0));
}

/**
 * A row part showing `content` (the lines of each cell still to show); a continued part shows the
 * continued label in its first cell: after the row's own first cell when that is short (it was
 * shown whole on the first part), otherwise before the rest of that cell.
 */
function rowItem(ctx: FitContext, table: MeasuredTable, row: number, content: LaidCell[], continued: boolean, height: number): RowItem {
  const cells = continued ? withMarker(ctx, table, row, content) : content;
  return { kind: 'row', table, row, cells, height, split: (room) => splitRow(ctx, table, row, content, continued, room) };
}

/** The continued label for row `row`'s first cell, as its own line(s). */
function marker(ctx: FitContext, table: MeasuredTable, row: number): Run[] {
  const own = table.rows[row]?.[0];
  const label: Run = { text: ctx.meta.continuedLabel, italic: true };
  const short = own !== undefined && (wrapRowCells(ctx, table, [own])[0]?.length ?? 0) <= REPEAT_FIRST_CELL_LINES;
  return short ? [...own.runs.map((r) => ({ ...r, breakAfter: false })), { text: ' ' }, label] : [label];
}

function withMarker(ctx: FitContext, table: MeasuredTable, row: number, content: LaidCell[]): LaidCell[] {
  const [first, ...rest] = content;
  const lead = marker(ctx, table, row);
  const runs = first && first.runs.length > 0 ? [...lead.slice(0, -1), { ...(lead[lead.length - 1] as Run), breakAfter: true }, ...first.runs] : lead;
  return [{ align: first?.align ?? 'left', runs }, ...rest];
}

/**
 * Splits a body row (part) between lines (issue #13): every cell keeps its first `k` lines in the
 * head part, which is at most `room` inches tall, and the rest go to the tail part. The tallest
 * cell keeps `MIN_SPLIT_LINES` on each side when it can. Undefined when not even one line fits.
 */
function splitRow(ctx: FitContext, table: MeasuredTable, row: number, content: LaidCell[], continued: boolean, room: number): { head: RowItem; tail: RowItem } | undefined {
  const shown = continued ? withMarker(ctx, table, row, content) : content;
  const wrapped = wrapRowCells(ctx, table, shown);
  const tallest = Math.max(1, ...wrapped.map((l) => l.length));
  const fitting = Math.floor((room * 72 * HEIGHT_FILL - 2 * CELL_INSET * 72) / tableLinePt(ctx, table) + 1e-9);
  const k = splitCounts(tallest).find((n) => n <= fitting);
  if (k === undefined) return undefined;
  const cellsOf = (lines: WrappedLine[][], from: number, to: number): LaidCell[] =>
    shown.map((cell, c) => ({ ...cell, runs: linesToRuns((lines[c] ?? []).slice(from, to)) }));
  const head = cellsOf(wrapped, 0, k);
  // The first cell's own content continues after the lines the marker took.
  const markerAlone = wrapRowCells(ctx, table, [{ align: 'left', runs: marker(ctx, table, row) }])[0]?.length ?? 1;
  const markerLines = continued ? markerAlone : 0;
  const tail = cellsOf(wrapped, k, tallest);
  const firstContent = wrapRowCells(ctx, table, [content[0] ?? { align: 'left', runs: [] }])[0] ?? [];
  tail[0] = { ...(content[0] ?? { align: 'left' }), runs: linesToRuns(firstContent.slice(Math.max(0, k - markerLines))) };
  // The tail's height from the lines already wrapped (forced breaks keep them as they are): the
  // other cells' remaining lines, and the first cell's marker above what is left of its content.
  const firstLeft = Math.max(0, firstContent.length - Math.max(0, k - markerLines));
  const tailLines = Math.max(1, markerAlone + firstLeft, ...wrapped.slice(1).map((l) => l.length - k));
  return {
    head: { kind: 'row', table, row, cells: head, height: rowHeightFor(ctx, table, k) },
    tail: rowItem(ctx, table, row, tail, true, rowHeightFor(ctx, table, tailLines)),
  };
}

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
  return table.rows.map((cells, row) => rowItem(ctx, table, row, cells, table.rowHeights[row] ?? 0));
}

function rowItem(ctx: FitContext, table: MeasuredTable, row: number, cells: LaidCell[], height: number): RowItem {
  return { kind: 'row', table, row, cells, height, split: (room) => splitRow(ctx, table, row, cells, room) };
}

/** The row's own first cell as the table has it, without any continued label a part added. */
function ownFirstCell(table: MeasuredTable, row: number): LaidCell | undefined {
  return table.rows[row]?.[0];
}

/**
 * Splits a body row between lines (issue #13): every cell keeps its first `k` lines in the head
 * part, which is at most `room` inches tall, and the rest go to the tail part, whose first cell
 * carries the continued label. The tallest cell keeps `MIN_SPLIT_LINES` on each side when it can.
 * Undefined when not even one line fits in `room`.
 */
function splitRow(ctx: FitContext, table: MeasuredTable, row: number, cells: LaidCell[], room: number): { head: RowItem; tail: RowItem } | undefined {
  const wrapped = wrapRowCells(ctx, table, cells);
  const tallest = Math.max(1, ...wrapped.map((l) => l.length));
  const fitting = Math.floor((room * 72 * HEIGHT_FILL - 2 * CELL_INSET * 72) / tableLinePt(ctx, table) + 1e-9);
  const k = splitCounts(tallest).find((n) => n <= fitting);
  if (k === undefined) return undefined;
  const part = (from: number, to: number): LaidCell[] => cells.map((cell, c) => ({ ...cell, runs: linesToRuns((wrapped[c] ?? []).slice(from, to)) }));
  const headCells = part(0, k);
  const tailCells = part(k, tallest);
  const label = ctx.meta.continuedLabel;
  const first = wrapped[0] ?? [];
  const firstCell = cells[0];
  const own = ownFirstCell(table, row);
  if (firstCell && own) {
    const labelRun: Run = { text: label, italic: true };
    tailCells[0] = {
      ...firstCell,
      runs:
        first.length <= k && first.length <= REPEAT_FIRST_CELL_LINES
          ? [...firstCell.runs.map((r) => ({ ...r, breakAfter: false })), { text: ' ' }, labelRun]
          : [{ ...labelRun, breakAfter: true }, ...(tailCells[0]?.runs ?? [])],
    };
  }
  const tailLines = Math.max(1, ...wrapRowCells(ctx, table, tailCells).map((l) => l.length));
  return {
    head: { kind: 'row', table, row, cells: headCells, height: rowHeightFor(ctx, table, k) },
    tail: rowItem(ctx, table, row, tailCells, rowHeightFor(ctx, table, tailLines)),
  };
}

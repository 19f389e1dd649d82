import { describe, expect, it } from 'vitest';
import type { TableBlock, TableCell } from '../../src/deck/types.js';
import type { FitContext } from '../../src/fit/fit-context.js';
import { columnWidthCandidates, measureTable } from '../../src/fit/measure-table.js';
import { createMeasurer } from '../../src/fit/measurer.js';
import { WIDTH_SAFETY } from '../../src/fit/safety-margins.js';
import { CELL_INSET } from '../../src/fit/text-box-style.js';
import { defaultTheme, sampleDeck } from './fit-helpers.js';
import { bundledFor } from '../support/bundled-frames.js';

const theme = defaultTheme();
const measurer = createMeasurer();
const ctx: FitContext = { theme, meta: sampleDeck().meta, measurer, frames: bundledFor(theme, sampleDeck().meta).frames, diagnostics: [] };

const cell = (text: string, bold = false): TableCell => ({ runs: [{ text, bold }] });

/** The reference brief's Russian delegation: a table a little too wide for every cell on one line. */
const delegation: TableBlock = {
  kind: 'table',
  header: [cell('Name'), cell('Title or role'), cell('Organisation')],
  align: ['left', 'left', 'left'],
  rows: [
    [cell('Vladimir Medinsky', true), cell('Head of delegation: Assistant to the Russian President; Kremlin chief negotiator'), cell('Office of the President of Russia')],
    [cell('Mikhail Galuzin'), cell('Deputy Foreign Minister'), cell('Ministry of Foreign Affairs')],
    [cell('Alexander Fomin'), cell('Deputy Defence Minister'), cell('Ministry of Defence')],
    [cell('Igor Kostyukov'), cell('Chief'), cell('Main Intelligence Directorate (GRU)')],
  ],
};
/** Width of the reference deck's content box, inches. */
const WIDTH = 11094415 / 914400;

/** Lines the fit stage plans for each cell of `row` at the measured column widths. */
function plannedLines(colWidths: number[], row: TableCell[], size: number, bold = false): number[] {
  return row.map((c, i) => {
    const inner = ((colWidths[i] ?? 0) - 2 * CELL_INSET) * 72;
    return measurer.wrap(c.runs, inner / WIDTH_SAFETY, { face: theme.fonts.body, monoFace: theme.fonts.mono, sizePt: size, bold }).length;
  });
}

describe('measureTable', () => {
  it('gives a cell that fits on one line with the width margin the room for it, when the others can spare it', () => {
    const size = theme.sizes.table;
    const table = measureTable(ctx, delegation, WIDTH, size);
    expect(table.colWidths.reduce((a, b) => a + b, 0)).toBeCloseTo(WIDTH, 9);
    // Only the long role wraps: the name and organisation columns get their widest cell × the margin.
    expect(table.rows.map((r) => Math.max(...plannedLines(table.colWidths, r.map((c) => ({ runs: c.runs })), size)))).toEqual([2, 1, 1, 1]);
    const single = table.rowHeights[1]!;
    expect(table.rowHeights[3]).toBeCloseTo(single, 9);
    expect(table.rowHeights[0]).toBeGreaterThan(single);
    // Every cell's text at its true width fits the width the writer gives it (column − insets).
    delegation.rows[3]!.forEach((c, i) => {
      const w = measurer.width(c.runs[0]!.text, { face: theme.fonts.body, sizePt: size });
      expect(w * WIDTH_SAFETY).toBeLessThanOrEqual((table.colWidths[i]! - 2 * CELL_INSET) * 72);
    });
  });
});

describe('columnWidthCandidates', () => {
  it('shares slack in proportion when every column fits, and shrinks minimums in proportion when none do', () => {
    expect(columnWidthCandidates([1, 3], [0.7, 0.7], 8)).toEqual([[2, 6]]);
    expect(columnWidthCandidates([2, 2], [1, 3], 2)).toEqual([[0.5, 1.5]]);
  });

  it('starts with the proportional allocation, then satisfies the columns wanting least, one more each time', () => {
    const candidates = columnWidthCandidates([2, 8, 3], [1, 1, 1], 12);
    // want 1, 7, 2: spare 9 over 10 wanted.
    [1.9, 7.3, 2.8].forEach((w, i) => expect(candidates[0]?.[i]).toBeCloseTo(w, 9));
    expect(candidates[1]?.[0]).toBe(2);
    expect(candidates[2]?.[0]).toBe(2);
    expect(candidates[2]?.[2]).toBe(3);
    expect(candidates[2]?.[1]).toBeCloseTo(7, 9);
    for (const c of candidates) expect(c.reduce((a, b) => a + b, 0)).toBeCloseTo(12, 9);
    // A column is only satisfied while the others still get their minimums.
    expect(columnWidthCandidates([5, 5, 5], [1, 1, 1], 7)).toHaveLength(2);
  });
});

import type { Slide, TableCell, TableCellProps, TextProps } from '../pptxgen-types.js';
import { fontFaceAttr } from '../clean-text.js';
import type { LaidCell, TableShape } from '../../deck/laid-out.js';
import type { Run } from '../../deck/types.js';
import type { WriteContext } from './context.js';
import { runOptions, runText, type RunBase } from './runs.js';

/**
 * What an empty cell says instead of nothing: a screen reader announces an empty cell as "blank",
 * which reads as missing data (issue #12). The dash is one narrow glyph, so it fits any cell the fit
 * stage measured as one line.
 */
export const EMPTY_CELL_TEXT = '—';

/** Width of the cell borders in points. */
const BORDER_PT = 0.75;

/**
 * Adds a native table with the column widths and row heights the fit stage measured. Paging is
 * the fit stage's job: pptxgenjs' `autoPage` miscounts wrapped lines (DESIGN §3), so it stays off.
 * The header row is always written first, which the `tableAccessibility` fix relies on when it
 * flags it as the header row (pptxgenjs cannot, DESIGN §10).
 */
export function addTableShape(slide: Slide, shape: TableShape, ctx: WriteContext): void {
  const header = shape.header.map((cell) =>
    tableCell(cell, shape, ctx, { fill: shape.headerFill, color: shape.headerColor, bold: true }),
  );
  const body = shape.rows.map((row, index) =>
    row.map((cell) =>
      // Every second body row is striped; the first body row sits on the plain background (or its fill).
      tableCell(cell, shape, ctx, { fill: index % 2 === 1 ? shape.stripeFill : shape.plainFill, color: shape.color }),
    ),
  );
  const rows = shape.header.length > 0 ? [header, ...body] : body;
  slide.addTable(rows, {
    x: shape.box.x,
    y: shape.box.y,
    w: shape.colWidths.reduce((sum, width) => sum + width, 0),
    colW: [...shape.colWidths],
    rowH: [...shape.rowHeights],
    fontFace: fontFaceAttr(ctx.refs.font(shape.fontFace)),
    fontSize: shape.fontSize,
    color: ctx.refs.colour(shape.color),
    autoPage: false,
  });
}

/** Style of one cell that depends on its row. */
interface CellStyle {
  fill: string | undefined;
  color: string;
  bold?: boolean;
}

/** One table cell: its runs, fill, borders and inset (inches: pptxgenjs reads values < 1 as inches). */
function tableCell(cell: LaidCell, shape: TableShape, ctx: WriteContext, style: CellStyle): TableCell {
  const base: RunBase = { fontFace: shape.fontFace, fontSize: shape.fontSize, color: style.color, bold: style.bold };
  const runs: Run[] = cell.runs.some((run) => run.text.trim() !== '') ? cell.runs : [{ text: EMPTY_CELL_TEXT }];
  const text: TextProps[] = runs.map((run, index) => {
    const options = runOptions(run, base, ctx);
    if (index > 0 && runs[index - 1]?.breakAfter === true) options.softBreakBefore = true;
    return { text: runText(run), options };
  });
  const inset = shape.cellInset;
  const border = { type: 'solid' as const, pt: BORDER_PT, color: shape.borderColor };
  const options: TableCellProps = {
    align: cell.align,
    ...(cell.rtl === true ? { rtlMode: true } : {}),
    valign: 'top',
    fontFace: fontFaceAttr(ctx.refs.font(shape.fontFace)),
    fontSize: shape.fontSize,
    color: ctx.refs.colour(style.color),
    margin: [inset, inset, inset, inset],
    // Four distinct objects: pptxgenjs mutates option objects, so none may be shared.
    border: [{ ...border }, { ...border }, { ...border }, { ...border }],
  };
  if (style.fill !== undefined) options.fill = { color: ctx.refs.colour(style.fill) };
  if (style.bold === true) options.bold = true;
  return { text, options };
}

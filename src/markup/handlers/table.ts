import type { Tokens } from 'marked';
import type { BlockHandler } from './context.js';
import { inlineTokensToRuns } from '../inline.js';

/** A GFM table becomes a table block with its header row and column alignment. */
export const table: BlockHandler = (token, context) => {
  const t = token as Tokens.Table;
  const cell = (c: Tokens.TableCell) => ({ runs: inlineTokensToRuns(c.tokens, {}, context) });
  const width = t.header.length;
  return [{
    kind: 'table',
    header: t.header.map(cell),
    // GFM pads short rows; cut long ones so every row has the header's width.
    rows: t.rows.map((row) => row.slice(0, width).map(cell)),
    align: t.align.map((a) => a ?? 'left'),
  }];
};

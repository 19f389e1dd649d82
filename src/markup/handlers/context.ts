import type { Token } from 'marked';
import type { Block } from '../../deck/types.js';
import type { InlineContext } from '../inline.js';

/** Converts one marked block token to IR blocks; `convert` handles nested block tokens. */
export type BlockHandler = (token: Token, context: BlockContext) => Block[];

/** What block handlers share: where to report, and a way to convert nested tokens. */
export interface BlockContext extends InlineContext {
  convert(tokens: Token[]): Block[];
}

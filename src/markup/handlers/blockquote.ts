import type { Tokens } from 'marked';
import type { Block, HeadingBlock, ListBlock, ParagraphBlock } from '../../deck/types.js';
import type { BlockHandler } from './context.js';

type QuoteChild = ParagraphBlock | ListBlock | HeadingBlock;

/** A block quote becomes a quote block holding its paragraphs, lists and headings. */
export const blockquote: BlockHandler = (token, context) => {
  const inner = context.convert((token as Tokens.Blockquote).tokens);
  const blocks = inner.filter((b: Block): b is QuoteChild => b.kind === 'paragraph' || b.kind === 'list' || b.kind === 'heading');
  return [{ kind: 'quote', blocks }];
};

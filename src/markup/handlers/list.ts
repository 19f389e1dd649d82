import type { Token, Tokens } from 'marked';
import type { ListBlock, ListItem, Run } from '../../deck/types.js';
import type { BlockContext, BlockHandler } from './context.js';
import { inlineTokensToRuns } from '../inline.js';

function toListItem(item: Tokens.ListItem, context: BlockContext): ListItem {
  const runs: Run[] = [];
  let children: ListBlock | undefined;
  for (const child of item.tokens as Token[]) {
    if (child.type === 'list') {
      const nested = toList(child as Tokens.List, context);
      // Two nested lists in one item (rare) are joined so no item is lost.
      children = children ? { ...children, items: [...children.items, ...nested.items] } : nested;
    } else if (child.type === 'text' || child.type === 'paragraph') {
      const inline = (child as Tokens.Text).tokens ?? [{ type: 'text', raw: child.raw, text: (child as Tokens.Text).text } as Token];
      if (runs.length) runs.push({ text: '', breakAfter: true });
      runs.push(...inlineTokensToRuns(inline, {}, context));
    } else if (child.type !== 'space') {
      // Tables, code and quotes inside list items have no native equivalent: keep their text.
      if (runs.length) runs.push({ text: '', breakAfter: true });
      runs.push({ text: child.raw.trim() });
    }
  }
  // A trailing forced break would add an empty line.
  const last = runs[runs.length - 1];
  if (last && last.breakAfter && last.text === '') runs.pop();
  return children ? { runs, children } : { runs };
}

function toList(token: Tokens.List, context: BlockContext): ListBlock {
  const start = typeof token.start === 'number' ? token.start : 1;
  return { kind: 'list', ordered: token.ordered, start, items: token.items.map((item) => toListItem(item, context)) };
}

/** A markdown list (with nested lists) becomes a list block. */
export const list: BlockHandler = (token, context) => [toList(token as Tokens.List, context)];

import type { Token, Tokens } from 'marked';
import type { ListBlock, ListItem, Run } from '../../deck/types.js';
import type { BlockContext, BlockHandler } from './context.js';
import { inlineTokensToRuns } from '../inline.js';

/**
 * Deepest list level a slide can hold: DrawingML numbers paragraph levels 0–8
 * (`a:pPr/@lvl`, ST_TextIndentLevelType, ECMA-376 Part 1, 21.1.3.13; issue #14).
 */
export const MAX_LIST_LEVEL = 8;

/** Range of an auto-numbered list's first number (`a:buAutoNum/@startAt`, ST_TextBulletStartAtNum, 21.1.2.4.1). */
export const LIST_START_MIN = 1;
export const LIST_START_MAX = 32767;

function toListItem(item: Tokens.ListItem, level: number, context: BlockContext): ListItem {
  const runs: Run[] = [];
  let children: ListBlock | undefined;
  for (const child of item.tokens as Token[]) {
    if (child.type === 'list') {
      const nested = toList(child as Tokens.List, level + 1, context);
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

/**
 * Items of a list at the deepest level keep no nested lists: the nested items follow their parent
 * as siblings, in reading order, so nothing is lost and no level beyond {@link MAX_LIST_LEVEL} is made.
 */
function flattened(items: ListItem[]): ListItem[] {
  return items.flatMap((item) => (item.children ? [{ runs: item.runs }, ...flattened(item.children.items)] : [item]));
}

function toList(token: Tokens.List, level: number, context: BlockContext): ListBlock {
  const written = typeof token.start === 'number' ? token.start : 1;
  let items = token.items.map((item) => toListItem(item, level, context));
  if (level === MAX_LIST_LEVEL && items.some((item) => item.children)) {
    items = flattened(items);
    context.diagnostics.push({
      severity: 'warning', rule: 'list-too-deep', file: context.file, line: context.line,
      message: `a list is nested more than ${MAX_LIST_LEVEL + 1} levels deep; the deeper items are shown at level ${MAX_LIST_LEVEL + 1}`,
      expected: `at most ${MAX_LIST_LEVEL + 1} list levels (the most PowerPoint has)`,
    });
  }
  // The last item's number must fit too, because PowerPoint counts on from the first.
  const start = Math.min(Math.max(written, LIST_START_MIN), LIST_START_MAX - Math.max(0, items.length - 1));
  if (token.ordered && start !== written) {
    context.diagnostics.push({
      severity: 'warning', rule: 'list-number', file: context.file, line: context.line,
      message: `a numbered list starts at ${written}, which PowerPoint cannot number; it starts at ${start}`,
      expected: `a first number from ${LIST_START_MIN} to ${LIST_START_MAX}`, found: String(written),
    });
  }
  return { kind: 'list', ordered: token.ordered, start, items };
}

/** A markdown list (with nested lists) becomes a list block. */
export const list: BlockHandler = (token, context) => [toList(token as Tokens.List, 0, context)];

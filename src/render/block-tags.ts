/**
 * Handlebars block tags read from a template's text, to say where a block was left open. Handlebars
 * reports "if doesn't match each" at a line that is neither the open block nor the close that
 * does not match it; the user needs both (a newcomer was sent to a correctly closed inner
 * `{{/each}}`).
 */

/** A block tag's name and where it is, 1-based. */
export interface BlockTag {
  name: string;
  line: number;
  column: number;
}

/** `{{#name`, `{{^name`, `{{#> name`, `{{#*inline`, and `{{/name`, with whitespace control. */
const TAG = /\{\{~?\s*([#^/])\s*[>*]?\s*([^\s}~]+)/g;

/** Comments, kept in place as spaces so positions stay true: `{{!-- … --}}` and `{{! … }}`. */
const COMMENT = /\{\{~?!--[\s\S]*?--~?\}\}|\{\{~?![\s\S]*?\}\}/g;

/**
 * The first closing tag that does not close the innermost open block, with that block; undefined
 * when every close matches (or the template has no blocks).
 */
export function firstUnmatchedClose(text: string): { close: BlockTag; open: BlockTag } | undefined {
  const plain = text.replace(COMMENT, (comment) => comment.replace(/[^\n]/g, ' '));
  const open: BlockTag[] = [];
  for (const match of plain.matchAll(TAG)) {
    const tag = { name: match[2] ?? '', ...position(plain, match.index ?? 0) };
    if (match[1] !== '/') {
      open.push(tag);
      continue;
    }
    const innermost = open.pop();
    if (innermost === undefined || innermost.name === tag.name) continue;
    return { close: tag, open: innermost };
  }
  return undefined;
}

/** Line and column (1-based) of an index. */
function position(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - before.lastIndexOf('\n') };
}

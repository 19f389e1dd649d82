import type { BlockHandler } from './context.js';
import { blockquote } from './blockquote.js';
import { code } from './code.js';
import { heading } from './heading.js';
import { html } from './html.js';
import { list } from './list.js';
import { paragraph } from './paragraph.js';
import { table } from './table.js';

const nothing: BlockHandler = () => [];

/**
 * The block handlers, one per marked token type. Types not listed (`def`) produce nothing;
 * `hr` cannot occur because `---` lines start a new slide.
 */
export const BLOCK_HANDLERS: Record<string, BlockHandler> = {
  paragraph,
  heading,
  list,
  table,
  blockquote,
  html,
  code,
  text: paragraph,
  space: nothing,
  hr: nothing,
  def: nothing,
};

import type { Tokens } from 'marked';
import type { BlockHandler } from './context.js';

/** Raw HTML blocks are shown as literal text: templates and data cannot smuggle in markup. */
export const html: BlockHandler = (token) => {
  const text = (token as Tokens.HTML).raw.trim();
  return text ? [{ kind: 'paragraph', runs: [{ text }] }] : [];
};

import type { Tokens } from 'marked';
import type { BlockHandler } from './context.js';
import { inlineTokensToRuns } from '../inline.js';

/** A markdown heading inside a slide body becomes a heading block (a bold lead-in line). */
export const heading: BlockHandler = (token, context) => {
  const t = token as Tokens.Heading;
  return [{ kind: 'heading', level: t.depth, runs: inlineTokensToRuns(t.tokens, {}, context) }];
};

import type { Tokens } from 'marked';
import type { BlockHandler } from './context.js';
import { inlineTokensToRuns } from '../inline.js';

/** A markdown paragraph becomes a paragraph block; a paragraph that is only an image becomes an image block. */
export const paragraph: BlockHandler = (token, context) => {
  const t = token as Tokens.Paragraph;
  const only = t.tokens?.length === 1 ? t.tokens[0] : undefined;
  if (only && only.type === 'image') {
    const image = only as Tokens.Image;
    return [{ kind: 'image', path: image.href, alt: image.text }];
  }
  const runs = inlineTokensToRuns(t.tokens ?? [{ type: "text", raw: t.text, text: t.text }], {}, context);
  return runs.length ? [{ kind: 'paragraph', runs }] : [];
};

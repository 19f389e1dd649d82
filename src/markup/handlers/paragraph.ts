import type { Tokens } from 'marked';
import type { BlockHandler } from './context.js';
import { inlineTokensToRuns } from '../inline.js';

/** A markdown paragraph becomes a paragraph block; a paragraph that is only an image becomes an image block. */
export const paragraph: BlockHandler = (token, context) => {
  const t = token as Tokens.Paragraph;
  const only = t.tokens?.length === 1 ? t.tokens[0] : undefined;
  if (only && only.type === 'image') {
    const image = only as Tokens.Image;
    if (image.text.trim() === '') {
      // A picture without alt text is silent to screen readers (WCAG 2.1 SC 1.1.1, issue #12).
      context.diagnostics.push({
        severity: 'error', rule: 'image-alt-missing', file: context.file, line: context.line,
        message: `the image ${JSON.stringify(image.href.slice(0, 80))} has no alt text`,
        hint: `say what it shows: ![a map of the venue](${image.href.slice(0, 80)})`,
      });
    }
    return [{ kind: 'image', path: image.href, alt: image.text }];
  }
  const runs = inlineTokensToRuns(t.tokens ?? [{ type: "text", raw: t.text, text: t.text }], {}, context);
  return runs.length ? [{ kind: 'paragraph', runs }] : [];
};

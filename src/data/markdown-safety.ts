/**
 * Checks of what markdown fields contain, reported at the field's data path (the markup stage
 * can only name the template line a value was printed on). Links must use an allowed scheme and
 * images must stay inside the data folder, or the build fails; raw HTML is shown as text, with a
 * warning because the author probably wanted formatting.
 */
import type { Token, Tokens } from 'marked';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { createBlockLexer } from '../markup/block-lexer.js';
import { imagePathProblem } from '../markup/image-path-policy.js';
import { toLinkTarget } from '../markup/link-policy.js';
import type { DataPath } from './data-path.js';
import { locationOf } from './locate.js';
import type { MarkdownText } from './markdown-text.js';
import type { ParsedData } from './parse-data.js';

// The same dialect as the markup stage (GFM), so both see the same links, images and HTML.
const markdown = createBlockLexer();

/** Whatever a link, image, tag or autolink needs at least one of (see `checkMarkdownFields`). */
const MAY_HOLD_LINK_IMAGE_OR_TAG = /[<[@]|:\/\/|www\./i;

/** Longest piece of a found value quoted in a message. */
const QUOTE_LIMIT = 80;

function quote(text: string): string {
  const short = text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT)}…` : text;
  return `\`${short.replace(/`/g, "'")}\``;
}

/**
 * Checks every markdown field: `link-scheme` (error) for a link that is not http, https, mailto
 * or `#slide-id`; `image-path` (error) for an image path that is absolute, a URL or leaves the
 * folder; `raw-html` (warning, once per field) for HTML tags, which are shown as literal text.
 */
export function checkMarkdownFields(fields: ReadonlyArray<{ text: MarkdownText; path: DataPath }>, parsed?: ParsedData): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const { text, path } of fields) {
    // Lexing every field is the costliest part of loading a brief in a fresh process, and most
    // fields are plain prose. A link, image or reference definition needs `[`, a tag or `<…>`
    // autolink needs `<`, and a GFM autolink needs `://`, `www.` or an e-mail's `@`; text with none
    // of them cannot hold anything this check reports.
    if (!MAY_HOLD_LINK_IMAGE_OR_TAG.test(text.source)) continue;
    let sawHtml: string | undefined;
    const report = (rule: string, severity: Diagnostic['severity'], message: string, extra: Partial<Diagnostic>) =>
      diagnostics.push({ severity, rule, message, ...extra, ...locationOf(parsed, path) });
    // Text marked cannot read is shown as plain text by the markup stage, so it holds no link or image.
    markdown.walkTokens(markdown.lexOrPlain(text.source).tokens, (token: Token) => {
      if (token.type === 'link') {
        const href = (token as Tokens.Link).href;
        if (toLinkTarget(href) === undefined) {
          report('link-scheme', 'error', `the link to ${quote(href)} is not allowed`, {
            expected: 'an http:, https: or mailto: address, or #slide-id',
            found: quote(href),
            hint: 'links open from the deck, so only web and mail links are allowed; remove the link or fix the address',
          });
        }
      } else if (token.type === 'image') {
        const href = (token as Tokens.Image).href;
        const problem = imagePathProblem(href);
        if (problem !== undefined) {
          report('image-path', 'error', `the image ${quote(href)} cannot be used: ${problem}`, {
            expected: 'a relative path to an image inside the data file\'s folder',
            found: quote(href),
          });
        }
      } else if (token.type === 'html' && sawHtml === undefined) {
        sawHtml = (token as Tokens.HTML).raw.trim();
      }
    });
    if (sawHtml !== undefined) {
      report('raw-html', 'warning', `HTML such as ${quote(sawHtml)} is shown as text, not interpreted`, {
        found: quote(sawHtml),
        hint: 'use markdown instead: **bold**, *italic*, [text](https://…)',
      });
    }
  }
  return diagnostics;
}

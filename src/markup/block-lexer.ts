import { Marked, type Token } from 'marked';

/**
 * Block rules of marked that can only match text holding a certain character, with the test for
 * it. A rule's nested texts (list items, block quotes) are the text with line prefixes removed
 * (indentation, `>`), never with characters added, so what the whole text lacks no nested text has.
 */
const RULE_NEEDS = {
  // A setext heading's underline: a line that ends in `=` or `-` (spaces after it allowed; a lone
  // carriage return ends a line too, as marked reads it).
  lheading: (text: string) => /[=-][ \t]*(?:[\r\n]|$)/.test(text),
  // An HTML block starts with `<`.
  html: (text: string) => text.includes('<'),
  // A GFM table's header and delimiter rows hold `|`.
  table: (text: string) => text.includes('|'),
} as const;

type GatedRule = keyof typeof RULE_NEEDS;

/** A GFM block lexer. */
export interface BlockLexer {
  /** marked's tokens of `text`; throws where marked does. */
  lex: (text: string) => Token[];
  /**
   * marked's tokens of `text`, or, where marked itself fails on it, `plain: true` and the tokens
   * of each paragraph (blank-line separated), the paragraphs marked fails on as plain text.
   * marked 18 throws a TypeError on some nestings of a block quote in a list item
   * (`- item\n   >  -\ntext`), which a data field can hold; a brief must still build.
   */
  lexOrPlain: (text: string) => { tokens: Token[]; plain: boolean };
  walkTokens: Marked['walkTokens'];
}

/** ASCII punctuation, already escaped or not (CommonMark lets a backslash escape any of it). */
const PUNCTUATION = /\\[!-/:-@[-`{-~]|[!-/:-@[-`{-~]/g;

/**
 * A paragraph of `text` as literal markdown: each line trimmed (so nothing is indented code) and
 * its punctuation escaped (so nothing is a list, quote, heading or emphasis), keeping the escapes
 * already there (a template's escaped data values read as before).
 */
export function literalMarkdown(text: string): string {
  return text
    .split(/\r\n|[\n\r]/)
    .map((line) => line.trim().replace(PUNCTUATION, (found) => (found.length === 2 ? found : `\\${found}`)))
    .join('\n');
}

/**
 * A marked instance (GFM, no `breaks`) whose setext-heading, HTML-block and table rules are
 * skipped for a text that cannot hold them. The tokens are exactly marked's. Why: V8 compiles a
 * regular expression on its first use, and these three are marked's largest (the setext rule
 * repeats the HTML tag list twice); a fresh process lexing the reference brief spent ~48 ms in
 * marked, ~35 ms with the three skipped where the text cannot hold them (measured 2026-11-29, issue #11
 * throughput). Briefs rarely need them, so most processes never compile them.
 */
export function createBlockLexer(): BlockLexer {
  const markdown = new Marked({ gfm: true, breaks: false });
  let present: Record<GatedRule, boolean> = { lheading: true, html: true, table: true };
  // `undefined` is "no match here"; `false` hands over to marked's own rule.
  const gate = (rule: GatedRule) => () => (present[rule] ? false : undefined);
  markdown.use({ tokenizer: { lheading: gate('lheading'), html: gate('html'), table: gate('table') } });
  const lex = (text: string): Token[] => {
    // Set per text and read only while marked lexes it: lexing is synchronous and never re-entered.
    present = { lheading: RULE_NEEDS.lheading(text), html: RULE_NEEDS.html(text), table: RULE_NEEDS.table(text) };
    return markdown.lexer(text);
  };
  const lexOrPlain = (text: string): { tokens: Token[]; plain: boolean } => {
    try {
      return { tokens: lex(text), plain: false };
    } catch {
      // Paragraph by paragraph, so only what marked fails on loses its formatting.
      const tokens = text.split(/\r?\n[ \t]*\r?\n/).flatMap((paragraph) => {
        try {
          return lex(paragraph);
        } catch {
          return lex(literalMarkdown(paragraph));
        }
      });
      return { tokens, plain: true };
    }
  };
  return { lex, lexOrPlain, walkTokens: markdown.walkTokens.bind(markdown) };
}

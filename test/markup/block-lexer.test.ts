import fc from 'fast-check';
import { Marked, type Token, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { createBlockLexer } from '../../src/markup/block-lexer.js';

const stock = new Marked({ gfm: true, breaks: false });
const lexer = createBlockLexer();

/** Lines built from the pieces block rules look for, so setext headings, tables and HTML blocks do occur. */
const piece = fc.constantFrom('text', 'Title', '===', '---', '- item', '1. one', '  ', '    ', '\t', '> ', '| a | b |', '|---|---|', '<div>', '</div>', '<!-- c -->', '```', '~~~', '**b**', '[x](#y)', '=', '-', '|', '<', '\r', '');
const line = fc.array(piece, { maxLength: 5 }).map((parts) => parts.join(' '));
const text = fc.array(line, { maxLength: 12 }).map((lines) => lines.join('\n'));

/** The tokens, or the error marked throws (it has faults of its own on some nestings; both must agree). */
function outcome(lex: (source: string) => unknown, source: string): unknown {
  try {
    return lex(source);
  } catch (error) {
    return `throws ${String(error)}`;
  }
}

describe('createBlockLexer', () => {
  it('gives exactly the tokens of a stock GFM marked for any text (rules skipped only where they cannot match)', () => {
    fc.assert(fc.property(text, (source) => {
      expect(outcome(lexer.lex, source)).toEqual(outcome((s) => stock.lexer(s), source));
    }), { numRuns: 3000, seed: 20261129 });
  });

  it('still finds setext headings, tables and HTML blocks, also nested in lists and quotes', () => {
    for (const source of ['Title\n===\n', 'Sub\n---', '| a | b |\n|---|---|\n| 1 | 2 |', '<div>\nx\n</div>', '- item\n\n  Inner\n  ---\n', '> Quoted\n> ===', '- | a |\n  |---|\n  | 1 |']) {
      const tokens = lexer.lex(source);
      expect(tokens).toEqual(stock.lexer(source));
    }
    expect(lexer.lex('Title\n===').map((t) => t.type)).toEqual(['heading']);
    expect(lexer.lex('| a |\n|---|').map((t) => t.type)).toEqual(['table']);
    expect(lexer.lex('<div>x</div>').map((t) => t.type)).toEqual(['html']);
  });
});

/** The text a paragraph token shows (escapes resolved). */
const shown = (token: Token | undefined) => (token as Tokens.Paragraph).tokens.map((t) => ('text' in t ? t.text : '')).join('');

describe('createBlockLexer().lexOrPlain', () => {
  const failing = '- item\n   >  -\ntext';

  it('gives marked\'s tokens where marked reads the text', () => {
    expect(lexer.lexOrPlain('- a\n- b')).toEqual({ tokens: stock.lexer('- a\n- b'), plain: false });
  });

  it('shows a paragraph marked fails on as written, and keeps the others\' formatting', () => {
    expect(() => stock.lexer(failing)).toThrow(TypeError);
    const { tokens, plain } = lexer.lexOrPlain(`**Bold** start\n\n${failing}\n\n- one\n- two`);
    expect(plain).toBe(true);
    expect(tokens.map((t) => t.type)).toEqual(['paragraph', 'paragraph', 'list']);
    expect(tokens[0]).toMatchObject({ tokens: [{ type: 'strong', text: 'Bold' }, { type: 'text', text: ' start' }] });
    expect(shown(tokens[1])).toBe('- item\n>  -\ntext');
  });

  it('keeps escapes already in the text (a template\'s escaped data values)', () => {
    const { tokens } = lexer.lexOrPlain(`${failing}\nFormat\\: x \\[1\\]`);
    expect(shown(tokens[0])).toBe('- item\n>  -\ntext\nFormat: x [1]');
  });
});

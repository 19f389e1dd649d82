import { Marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/render/escape-markdown.js';

describe('escapeMarkdown', () => {
  it('round-trips through the markdown lexer as the same plain text', () => {
    const lexer = new Marked({ gfm: true });
    for (const value of ['*bold* _x_ [a](javascript:alert(1))', '1. not a list', '# not a heading', '<script>x</script>', 'a & b | c', 'Çırağan — İbrahim Kalın']) {
      const tokens = lexer.Lexer.lexInline(escapeMarkdown(value));
      const text = tokens.map((t) => ('text' in t ? t.text : t.raw)).join('');
      expect(text.replace(/&amp;/g, '&')).toBe(value);
      expect(tokens.every((t) => t.type === 'text' || t.type === 'escape')).toBe(true);
    }
  });

  it('turns line breaks into spaces so a value cannot start a slide or section', () => {
    expect(escapeMarkdown('a\n---\nb')).toBe('a \\-\\-\\- b');
  });

  it('turns every Unicode line break into a space, not only CR and LF (issue #14)', () => {
    expect(escapeMarkdown('a\u2028b\u2029c\u0085d\ve\ff\r\ng')).toBe('a b c d e f g');
  });
});

import { Marked } from 'marked';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { inlineTokensToRuns } from '../../src/markup/inline.js';

function runs(markdown: string) {
  const diagnostics: Diagnostic[] = [];
  return inlineTokensToRuns(new Marked().Lexer.lexInline(markdown), {}, { file: 'deck.hbs', line: 1, diagnostics });
}

describe('inlineTokensToRuns', () => {
  it('keeps entity and numeric references literal inside code spans, as CommonMark does (issue #14)', () => {
    expect(runs('use `&amp;` or `&#38;` and `&lt;b&gt;`')).toEqual([
      { text: 'use ' },
      { text: '&amp;', code: true },
      { text: ' or ' },
      { text: '&#38;', code: true },
      { text: ' and ' },
      { text: '&lt;b&gt;', code: true },
    ]);
  });

  it('still decodes references in ordinary text', () => {
    expect(runs('Tom &amp; Jerry &#8211; &copy;')).toEqual([{ text: 'Tom & Jerry – ©' }]);
  });
});

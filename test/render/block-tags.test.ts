import { describe, expect, it } from 'vitest';
import { firstUnmatchedClose } from '../../src/render/block-tags.js';

describe('firstUnmatchedClose', () => {
  it('finds nothing when every block is closed: each, if, inverse, partial and inline blocks, whitespace control', () => {
    expect(firstUnmatchedClose('{{#each a}}{{~#if b~}}x{{~/if~}}{{/each}}{{^c}}y{{/c}}{{#> layout}}z{{/layout}}{{#*inline "p"}}q{{/inline}}')).toBeUndefined();
    expect(firstUnmatchedClose('plain text')).toBeUndefined();
  });

  it('names the close that does not match and the block left open, skipping comments', () => {
    expect(firstUnmatchedClose('{{#each a}}\n  {{#if b}}\n{{! {{/if}} }}\n{{/each}}')).toEqual({
      close: { name: 'each', line: 4, column: 1 },
      open: { name: 'if', line: 2, column: 3 },
    });
  });
});

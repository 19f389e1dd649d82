import { describe, expect, it } from 'vitest';
import type { DeckMeta } from '../../../src/deck/types.js';
import { parseMarkup } from '../../../src/markup/parse-markup.js';

const meta: DeckMeta = {
  title: 'T', language: 'en', marking: 'OFFICIAL', dateLabel: '2 June 2025', footer: '', author: '',
  continuedLabel: '(cont.)', createdIso: '2025-06-02T00:00:00Z',
};

function chart(values: string) {
  const markup = `---\nlayout: chart\ntitle: Figures\n---\n\`\`\`chart\n{"type": "bar", "title": "x", "categories": ["a", "b"], "series": [{"name": "s", "values": ${values}}]}\n\`\`\`\n`;
  return parseMarkup(markup, meta, 'deck.hbs');
}

describe('chart blocks (issue #14, item 7)', () => {
  it.each([['[1.7e308, 1]', 'value 1 of series 1 (1.7e+308)'], ['[1, 1e999]', 'value 2 of series 1 (Infinity)'], ['[-2e15, 1]', 'value 1 of series 1 (-2000000000000000)']])('refuses %s with its location', (values, shown) => {
    // The chart slide then also lacks its chart (markup-layout); the cause is the first error.
    const diagnostics = chart(values).diagnostics.filter((d) => d.rule === 'markup-chart');
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'error', rule: 'markup-chart', file: 'deck.hbs', line: 5 })]);
    expect(diagnostics[0]!.message).toContain(shown);
  });

  it('accepts values below ±10^15 (15 significant digits), and zero', () => {
    expect(chart('[999999999999999, -999999999999999]').diagnostics).toEqual([]);
    expect(chart('[1e15, 1]').diagnostics.filter((d) => d.rule === 'markup-chart')).toHaveLength(1);
    expect(chart('[0, 0]').diagnostics).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import type { TableShape } from '../../src/deck/laid-out.js';
import type { TableBlock } from '../../src/deck/types.js';
import { fitDeck } from '../../src/fit/fit-deck.js';
import { createMeasurer } from '../../src/fit/measurer.js';
import { deckOf, defaultTheme, runs, slide, numberedWords } from './fit-helpers.js';

const theme = defaultTheme();
const measurer = createMeasurer();

const words = numberedWords;
const text = (cell: { runs: Array<{ text: string }> } | undefined): string => (cell?.runs ?? []).map((r) => r.text).join('');

describe('table rows taller than a slide', () => {
  const table: TableBlock = {
    kind: 'table',
    header: [{ runs: runs('Name') }, { runs: runs('Title or role') }, { runs: runs('Organisation') }],
    align: ['left', 'left', 'left'],
    rows: [
      [{ runs: runs('Rustem Umerov') }, { runs: runs('Defence Minister') }, { runs: runs('Ministry of Defence') }],
      [{ runs: runs('Oleksandr Dovhorol') }, { runs: runs(words(1800, 'w')) }, { runs: runs('Ministry of Foreign Affairs') }],
      [{ runs: runs('Serhii Kyslytsia') }, { runs: runs('First Deputy Minister') }, { runs: runs('Ministry of Foreign Affairs') }],
    ],
  };
  const result = fitDeck(deckOf(slide('members', { kind: 'table', title: 'Delegation', intro: [], table, caption: [] })), theme, measurer);
  const slides = result.value?.slides ?? [];
  const tables = slides.flatMap((s) => s.shapes.filter((sh): sh is TableShape => sh.kind === 'table'));

  it('splits the row between lines over continuation slides, with no overflow warning', () => {
    expect(slides.length).toBeGreaterThan(2); // the role alone takes more than two slides
    expect(result.diagnostics).toEqual([]);
    for (const t of tables) {
      expect(t.header.map(text)).toEqual(['Name', 'Title or role', 'Organisation']);
      expect(t.box.h).toBeCloseTo(t.rowHeights.reduce((a, b) => a + b, 0), 9);
      // Above the footer line and the bottom marking banner.
      expect(t.box.y + t.box.h).toBeLessThanOrEqual(theme.slide.height - 0.6);
    }
  });

  it('loses no word and keeps the order; the continued parts say so in their first cell', () => {
    const roleWords = tables.flatMap((t) => t.rows.flatMap((r) => text(r[1]).split(/\s+/).filter((w) => /^w\d+$/.test(w))));
    expect(roleWords).toEqual(words(1800, 'w').split(' '));
    const firstCells = tables.flatMap((t) => t.rows.map((r) => text(r[0])));
    const parts = firstCells.filter((c) => c.startsWith('Oleksandr Dovhorol'));
    expect(parts[0]).toBe('Oleksandr Dovhorol');
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts.slice(1)) expect(part).toBe('Oleksandr Dovhorol (cont.)');
    expect(firstCells.filter((c) => !c.startsWith('Oleksandr'))).toEqual(['Rustem Umerov', 'Serhii Kyslytsia']);
  });

  it('gives every part at least two lines of the long cell', () => {
    const lineH = (measurer.lineHeight({ face: theme.fonts.body, sizePt: theme.sizes.tableMin }) + 2 * 0.06 * 72) / 72;
    for (const t of tables) t.rowHeights.slice(1).forEach((h) => expect(h).toBeGreaterThan(lineH));
  });
});

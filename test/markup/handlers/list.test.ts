import { describe, expect, it } from 'vitest';
import type { ListBlock } from '../../../src/deck/types.js';
import type { DeckMeta } from '../../../src/deck/types.js';
import { LIST_START_MAX, MAX_LIST_LEVEL } from '../../../src/markup/handlers/list.js';
import { parseMarkup } from '../../../src/markup/parse-markup.js';

const meta: DeckMeta = {
  title: 'T', language: 'en', marking: 'OFFICIAL', dateLabel: '2 June 2025', footer: '', author: '',
  continuedLabel: '(cont.)', createdIso: '2025-06-02T00:00:00Z',
};

/** The list of a one-slide bullets deck, and the diagnostics. */
function listOf(body: string) {
  const { value, diagnostics } = parseMarkup(`---\nlayout: bullets\ntitle: Points\n---\n${body}\n`, meta, 'deck.hbs');
  const layout = value!.slides[0]!.layout;
  if (layout.kind !== 'bullets') throw new Error('not a bullets slide');
  return { list: layout.body[0] as ListBlock, diagnostics };
}

/** Item texts with their level, depth first. */
function levels(list: ListBlock, level = 0): string[] {
  return list.items.flatMap((item) => [`${level}:${item.runs.map((r) => r.text).join('')}`, ...(item.children ? levels(item.children, level + 1) : [])]);
}

describe('list handler (issue #14, item 1)', () => {
  it('keeps a list nested 11 levels deep within the 9 levels DrawingML has, in reading order, with a located warning', () => {
    const body = Array.from({ length: 11 }, (_, depth) => `${'  '.repeat(depth)}- level ${depth + 1}`).join('\n');
    const { list, diagnostics } = listOf(body);
    expect(levels(list)).toEqual([
      ...Array.from({ length: MAX_LIST_LEVEL + 1 }, (_, depth) => `${depth}:level ${depth + 1}`),
      `${MAX_LIST_LEVEL}:level 10`,
      `${MAX_LIST_LEVEL}:level 11`,
    ]);
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'warning', rule: 'list-too-deep', file: 'deck.hbs', line: 5 })]);
  });

  it('leaves a list of exactly 9 levels alone', () => {
    const body = Array.from({ length: 9 }, (_, depth) => `${'  '.repeat(depth)}- level ${depth + 1}`).join('\n');
    const { list, diagnostics } = listOf(body);
    expect(levels(list).at(-1)).toBe(`${MAX_LIST_LEVEL}:level 9`);
    expect(diagnostics).toEqual([]);
  });

  it.each([
    ['0. zero\n1. one', 1],
    ['99999. big\n100000. bigger', LIST_START_MAX - 1],
    ['32767. last', LIST_START_MAX],
  ])('starts a numbered list where PowerPoint can number it: %j', (body, start) => {
    const { list, diagnostics } = listOf(body);
    expect(list.start).toBe(start);
    const clamped = !body.startsWith('32767');
    expect(diagnostics.map((d) => d.rule)).toEqual(clamped ? ['list-number'] : []);
  });
});

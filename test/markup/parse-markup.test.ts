import { describe, expect, it } from 'vitest';
import type { DeckMeta } from '../../src/deck/types.js';
import { runsToText } from '../../src/markup/inline.js';
import { parseMarkup } from '../../src/markup/parse-markup.js';

const meta: DeckMeta = {
  title: 'T', language: 'en', marking: 'OFFICIAL', dateLabel: '2 June 2025', footer: '', author: '',
  continuedLabel: '(cont.)', createdIso: '2025-06-02T00:00:00Z',
};

function parse(markup: string) {
  return parseMarkup(markup, meta, 'deck.hbs');
}

describe('parseMarkup', () => {
  it('turns markdown runs into native runs: bold, italic, code, links and nested bullets', () => {
    const { value, diagnostics } = parse(`---
layout: bullets
title: Bottom line: sequencing
---
- **Bold** and *italic* and \`code\` with [a link](https://example.org/x)
  - nested *item*
- second

::: notes
Say **this**.
:::
`);
    expect(diagnostics).toEqual([]);
    const slide = value!.slides[0]!;
    expect(slide.id).toBe('bottom-line-sequencing');
    expect(slide.layout.kind).toBe('bullets');
    if (slide.layout.kind !== 'bullets') throw new Error('layout');
    expect(slide.layout.title).toBe('Bottom line: sequencing');
    const list = slide.layout.body[0]!;
    if (list.kind !== 'list') throw new Error('list');
    expect(list.items[0]!.runs).toEqual([
      { text: 'Bold', bold: true },
      { text: ' and ' },
      { text: 'italic', italic: true },
      { text: ' and ' },
      { text: 'code', code: true },
      { text: ' with ' },
      { text: 'a link', link: { kind: 'url', url: 'https://example.org/x' } },
    ]);
    expect(list.items[0]!.children!.items[0]!.runs).toEqual([{ text: 'nested ' }, { text: 'item', italic: true }]);
    expect(slide.notes).toEqual([{ kind: 'paragraph', runs: [{ text: 'Say ' }, { text: 'this', bold: true }, { text: '.' }] }]);
  });

  it('shows raw HTML as literal text and drops links with unsafe schemes', () => {
    const { value, diagnostics } = parse(`---
layout: bullets
title: Safety
---
<script>alert(1)</script>

A [click](javascript:alert(1)) and <b>bold</b> &amp; more.
`);
    const body = value!.slides[0]!.layout;
    if (body.kind !== 'bullets') throw new Error('layout');
    expect(body.body[0]).toEqual({ kind: 'paragraph', runs: [{ text: '<script>alert(1)</script>' }] });
    expect(body.body[1]).toEqual({ kind: 'paragraph', runs: [{ text: 'A click and <b>bold</b> & more.' }] });
    expect(diagnostics.map((d) => d.rule)).toEqual(['link-scheme']);
  });

  it('fills typed slots: columns, table, key figures, timeline and chart', () => {
    const { value, diagnostics } = parse(`---
layout: two-column
title: Positions
---
::: column
### Ukraine
- Ceasefire first
:::
::: column
### Russia
- Talks first
:::
---
layout: table
title: Delegation
---
| Name | Role |
|:--|--:|
| **A** | B |

Sources: [\\[1\\]](#sources)
---
layout: key-figures
title: Figures
---
- **472** drones launched
- **1,000 for 1,000** — exchange
---
layout: timeline
title: Timeline
---
- **16 May 2025** First round.
---
layout: chart
title: Chart
---
\`\`\`chart
{"type":"bar","title":"X","unit":"prisoners","categories":["a","b"],"series":[{"name":"n","values":[1,2]}]}
\`\`\`
---
layout: sources
id: sources
title: Sources
---
1. One
`);
    expect(diagnostics).toEqual([]);
    const [columns, table, figures, timeline, chart] = value!.slides.map((s) => s.layout);
    expect(columns).toMatchObject({ kind: 'two-column', columns: [{ heading: [{ text: 'Ukraine' }] }, { heading: [{ text: 'Russia' }] }] });
    expect(table).toMatchObject({ kind: 'table', table: { align: ['left', 'right'], rows: [[{ runs: [{ text: 'A', bold: true }] }, { runs: [{ text: 'B' }] }]] } });
    if (table?.kind !== 'table') throw new Error('table');
    expect(table.caption[0]).toMatchObject({ runs: [{ text: 'Sources: ' }, { text: '[1]', link: { kind: 'slide', slideId: 'sources' } }] });
    expect(figures).toMatchObject({ kind: 'key-figures', figures: [{ value: '472', label: [{ text: 'drones launched' }] }, { value: '1,000 for 1,000', label: [{ text: 'exchange' }] }] });
    expect(timeline).toMatchObject({ kind: 'timeline', entries: [{ when: '16 May 2025', text: [{ text: 'First round.' }] }] });
    expect(chart).toMatchObject({ kind: 'chart', chart: { chartType: 'bar', unit: 'prisoners', categories: ['a', 'b'], series: [{ name: 'n', values: [1, 2] }] } });
  });

  it('reports every markup problem at once with a suggestion', () => {
    const { value, diagnostics } = parse(`---
layout: bulets
title: One
---
text
---
layout: table
title: Two
tilte: x
---
no table here
`);
    expect(value).toBeUndefined();
    expect(diagnostics.map((d) => [d.rule, d.line, d.hint])).toEqual([
      ['markup-layout', 2, 'did you mean `bullets`?'],
      ['markup-front-matter', 9, 'did you mean `title`?'],
      ['markup-layout', 6, undefined],
    ]);
  });

  it('takes a single column, so a brief with the positions of one party still builds', () => {
    const { value, diagnostics } = parse('---\nlayout: two-column\ntitle: Positions\n---\n::: column\n### Ukraine\n- Ceasefire first\n:::\n');
    expect(diagnostics).toEqual([]);
    expect(value!.slides[0]!.layout).toMatchObject({ kind: 'two-column', columns: [{ heading: [{ text: 'Ukraine' }] }] });
  });

  it('names the template a slide came from through origin markers', () => {
    const { value } = parse('\u001eslides/cover.hbs\u001f---\nlayout: bullets\ntitle: A\n---\nx\n\u001edeck.hbs\u001f');
    expect(value!.slides[0]!.origin.template).toBe('slides/cover.hbs');
  });

  it('keeps a link to a missing slide as text with a warning', () => {
    const { value, diagnostics } = parse('---\nlayout: bullets\ntitle: A\n---\nsee [here](#nowhere)\n');
    expect(diagnostics[0]).toMatchObject({ rule: 'markup-slide-link', severity: 'warning' });
    const layout = value!.slides[0]!.layout;
    if (layout.kind !== 'bullets') throw new Error('layout');
    const paragraph = layout.body[0]!;
    if (paragraph.kind !== 'paragraph') throw new Error('paragraph');
    expect(runsToText(paragraph.runs)).toBe('see here');
    expect(paragraph.runs.some((r) => r.link)).toBe(false);
  });

  it('reports a picture without alt text where it is, and keeps the alt text of one that has it (issue #12)', () => {
    const { diagnostics } = parse(`---
layout: image
title: Venue
---
![](venue.png)
`);
    expect(diagnostics).toMatchObject([{ severity: 'error', rule: 'image-alt-missing', file: 'deck.hbs', line: expect.any(Number), message: 'the image "venue.png" has no alt text' }]);
    const described = parse(`---
layout: image
title: Venue
---
![The palace seen from the Bosphorus](venue.png)
`);
    expect(described.diagnostics).toEqual([]);
    const layout = described.value!.slides[0]!.layout;
    expect(layout.kind === 'image' ? layout.image.alt : undefined).toBe('The palace seen from the Bosphorus');
  });

  it('tags label words with the labels\' language and the rest with the brief\'s when they differ (issue #12)', () => {
    const { value, diagnostics } = parseMarkup(`---
layout: bullets
title: \u001cДелегація: \u001dRussia
---
- \u001cДжерела\\:\u001d see **the \u001cзвіт\u001d** here

\`\`\`
code \u001cмітка\u001d
\`\`\`
`, { ...meta, language: 'uk', contentLanguage: 'en-GB' }, 'deck.hbs');
    expect(diagnostics).toEqual([]);
    const slide = value!.slides[0]!;
    if (slide.layout.kind !== 'bullets') throw new Error('layout');
    expect(slide.layout.title).toBe('Делегація: Russia');
    const [list, code] = slide.layout.body;
    if (list?.kind !== 'list' || code?.kind !== 'paragraph') throw new Error('blocks');
    expect(list.items[0]!.runs).toEqual([
      { text: 'Джерела:', lang: 'uk' },
      { text: ' see ', lang: 'en-GB' },
      { text: 'the ', bold: true, lang: 'en-GB' },
      { text: 'звіт', bold: true, lang: 'uk' },
      { text: ' here', lang: 'en-GB' },
    ]);
    expect(code.runs).toEqual([{ text: 'code мітка', code: true }]);
    // Without a second language runs carry none.
    const plain = parse('---\nlayout: bullets\ntitle: T\n---\n- one\n');
    const first = plain.value!.slides[0]!.layout;
    expect(first.kind === 'bullets' && first.body[0]?.kind === 'list' ? first.body[0].items[0]!.runs : undefined).toEqual([{ text: 'one' }]);
  });
});

import { describe, expect, it } from 'vitest';
import { ORIGIN_END, ORIGIN_START } from '../../src/markup/split-slides.js';
import { matchTemplateLine, traceMarkupDiagnostics } from '../../src/markup/trace-lines.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { TemplateSet } from '../../src/render/template-set.js';

const LOOP = '{{#each parties}}\n---\nlayout: bulets\nid: p-{{id}}\ntitle: {{name}}\n---\n- {{role}}\n{{/each}}\n';

function set(bundled: boolean): TemplateSet {
  return {
    name: 'test', dir: '/tmp/x',
    deck: { path: 'deck.hbs', text: '{{> parties}}\n', ...(bundled ? { bundled } : {}) },
    partials: new Map([['parties', { path: 'slides/parties.hbs', text: LOOP, ...(bundled ? { bundled } : {}) }]]),
    theme: { path: 'theme.json', value: {} },
    labels: new Map(),
  };
}

/** What the loop renders for three parties, with the origin markers the render stage writes. */
const rendered = `${ORIGIN_START}deck.hbs${ORIGIN_END}${ORIGIN_START}slides/parties.hbs${ORIGIN_END}` +
  ['Ukraine', 'Russia', 'Türkiye'].map((name, i) => `---\nlayout: bulets\nid: p-${i}\ntitle: ${name}\n---\n- role ${i}\n`).join('') +
  `${ORIGIN_START}deck.hbs${ORIGIN_END}\n`;
const source = { path: 'brief.yaml', text: 'parties:\n  - name: Ukraine\n  - name: Russia\n  - name: Türkiye\n' };
const onThirdSlide: Diagnostic = { severity: 'error', rule: 'markup-layout', file: 'slides/parties.hbs', line: 14, column: 1, message: 'unknown layout `bulets`' };

describe('matchTemplateLine', () => {
  it('finds the line whose text and expressions make the rendered line, and what each expression printed', () => {
    expect(matchTemplateLine('title: Türkiye', LOOP)).toEqual({ line: 5, holes: ['Türkiye'] });
    expect(matchTemplateLine('layout: bulets', LOOP)).toEqual({ line: 3, holes: [] });
    expect(matchTemplateLine('- a b', '- {{x}} {{y}}')).toEqual({ line: 1, holes: ['a b', 'a', 'b'] });
    expect(matchTemplateLine('nothing like it', 'title: {{x}}\n{{#if y}}\n')).toBeUndefined();
  });
});

describe('traceMarkupDiagnostics (issue #14, item 9)', () => {
  it("puts a diagnostic on a user template's output at the template line that made it, never past its end", () => {
    const [traced] = traceMarkupDiagnostics([onThirdSlide], rendered, set(false), source);
    expect(traced).toMatchObject({ file: 'slides/parties.hbs', line: 3, column: 1 });
    expect(traced!.line!).toBeLessThanOrEqual(LOOP.split('\n').length);
  });

  it('drops a line it cannot trace instead of keeping a wrong one', () => {
    const [traced] = traceMarkupDiagnostics([{ ...onThirdSlide, line: 40 }], rendered, set(false), source);
    expect(traced!.file).toBe('slides/parties.hbs');
    expect(traced!.line).toBeUndefined();
  });

  it('blames the data, at the value printed, for a problem in what a bundled template made of it', () => {
    const title: Diagnostic = { ...onThirdSlide, rule: 'markup-front-matter', line: 16, message: 'something in the title' };
    const [traced] = traceMarkupDiagnostics([title], rendered, set(true), source);
    expect(traced).toMatchObject({ file: 'brief.yaml', line: 4, column: 11 });
    expect(traced!.message).toBe('something in the title (in what slides/parties.hbs made of this data)');
  });
});

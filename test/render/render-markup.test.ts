import { describe, expect, it } from 'vitest';
import { renderMarkup } from '../../src/render/render-markup.js';
import type { TemplateSet } from '../../src/render/template-set.js';
import type { Theme } from '../../src/theme/types.js';
import defaultTheme from '../../templates/default/theme.json' with { type: 'json' };
import { minimalBrief } from '../fixtures/minimal-brief.js';

function templateSet(deck: string, partials: Record<string, string> = {}, labels: Record<string, Record<string, string>> = {}): TemplateSet {
  return {
    name: 'test',
    dir: '/tmp/test-templates',
    deck: { path: 'deck.hbs', text: deck },
    partials: new Map(Object.entries(partials).map(([name, text]) => [name, { path: `slides/${name}.hbs`, text }])),
    theme: { path: 'theme.json', value: {} },
    labels: new Map(Object.entries({ en: { continued: '(cont.)', hello: 'Hello {name}' }, ...labels }).map(([lang, value]) => [lang, { path: `labels/${lang}.json`, value }])),
  };
}

const theme = defaultTheme as Theme;
const strip = (markup: string) => markup.replace(/\u001e[^\u001f]*\u001f/g, '');
const unescape = (markup: string) => markup.replace(/\\(.)/g, '$1');

describe('renderMarkup', () => {
  it('escapes plain fields for markdown and passes markdown fields through', () => {
    const { value, diagnostics } = renderMarkup(minimalBrief(), templateSet('{{title}}|{{#each bottomLine}}{{text}}{{/each}}|{{parties.1.delegation.members.0.role}}'), theme);
    expect(diagnostics).toEqual([]);
    expect(strip(value!.markup)).toBe('Talks \\*in\\* Istanbul|They meet **today**.|Assistant \\[to\\] the President');
  });

  it('formats dates in the brief language and the event time zone', () => {
    const set = templateSet('{{formatDate event.start "weekday"}} {{formatTime event.start}}');
    expect(unescape(strip(renderMarkup(minimalBrief(), set, theme).value!.markup))).toBe('Monday, 2 June 2025 13:00 GMT+3');
    expect(unescape(strip(renderMarkup(minimalBrief(), set, theme, { language: 'uk' }).value!.markup))).toMatch(/^понеділок, 2 червня 2025/);
  });

  it('fills labels, cites sources as links to the sources slide and reads notes', () => {
    const set = templateSet('{{t "hello" name="Ada"}} {{#each bottomLine}}{{cite sources}}{{/each}} {{note "bottomLine"}}{{note "missing"}}');
    expect(strip(renderMarkup(minimalBrief(), set, theme).value!.markup)).toBe('Hello Ada [\\[1\\]](#sources) Lead with *sequencing*.');
  });

  it('reports a misspelled field with the template path, line, column and a suggestion', () => {
    const set = templateSet('{{> cover}}', { cover: '---\nlayout: title\ntitle: {{titel}}\n---\n' });
    const { value, diagnostics } = renderMarkup(minimalBrief(), set, theme);
    expect(value).toBeUndefined();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ rule: 'template-unknown-field', file: 'slides/cover.hbs', line: 3, column: 10, hint: 'did you mean `title`?' });
  });

  it('reports Handlebars syntax errors and missing partials', () => {
    const syntax = renderMarkup(minimalBrief(), templateSet('{{#if title}}\nx\n{{/iff}}'), theme);
    expect(syntax.diagnostics[0]).toMatchObject({ rule: 'template', file: 'deck.hbs', line: 3, column: 1, hint: 'did you mean `{{/if}}`?' });
    const partial = renderMarkup(minimalBrief(), templateSet('{{> nosuch}}'), theme);
    expect(partial.diagnostics[0]).toMatchObject({ rule: 'template-missing-partial', file: 'deck.hbs' });
  });

  it('marks where each partial begins so slides can name their template', () => {
    const { value } = renderMarkup(minimalBrief(), templateSet('{{> a}}', { a: 'A' }), theme);
    expect(value!.markup).toBe('\u001edeck.hbs\u001f\u001eslides/a.hbs\u001fA\u001edeck.hbs\u001f');
  });

  it('builds the deck meta from the brief', () => {
    const { value } = renderMarkup(minimalBrief(), templateSet('x'), theme);
    expect(value!.meta).toMatchObject({ dateLabel: '2 June 2025', marking: 'OFFICIAL', continuedLabel: '(cont.)', createdIso: '2025-06-01T00:00:00Z' });
  });
});

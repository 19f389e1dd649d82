import { describe, expect, it } from 'vitest';
import { MarkdownText } from '../../src/data/markdown-text.js';
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
    const set = templateSet('{{formatDate event.date "weekday"}} {{formatTime event.date event.time}}');
    expect(unescape(strip(renderMarkup(minimalBrief(), set, theme).value!.markup))).toBe('Monday, 2 June 2025 13:00 GMT+3');
    // In another language than the brief's, dates are fixed words, marked as such (issue #12).
    expect(unescape(strip(renderMarkup(minimalBrief(), set, theme, { language: 'uk' }).value!.markup))).toMatch(/^\u001cпонеділок, 2 червня 2025/);
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

  it('names a dotted key looked up as a path and suggests the [key] form (issue #14)', () => {
    const brief = minimalBrief({ clashes: [{ topic: 'Sequencing', views: { 'ru.gov': new MarkdownText('Talks first.') }, sources: [], notes: null }] });
    const set = templateSet('{{> clashes}}', { clashes: '{{#each clashes}}\n- {{topic}}: {{views.ru.gov}}\n{{/each}}\n' });
    const { value, diagnostics } = renderMarkup(brief, set, theme);
    expect(value).toBeUndefined();
    expect(diagnostics).toEqual([expect.objectContaining({
      rule: 'template-unknown-field', file: 'slides/clashes.hbs', line: 2, column: 16,
      found: '`views.ru.gov`', hint: 'write `{{views.[ru.gov]}}` to look up the key `ru.gov`',
    })]);
    expect(diagnostics[0]!.message).toContain('`ru.gov` is one key');
    const fixed = templateSet('{{> clashes}}', { clashes: '{{#each clashes}}\n- {{topic}}: {{views.[ru.gov]}}\n{{/each}}\n' });
    expect(strip(renderMarkup(brief, fixed, theme).value!.markup)).toBe('- Sequencing: Talks first.\n');
  });

  it('reports Handlebars syntax errors and missing partials', () => {
    const syntax = renderMarkup(minimalBrief(), templateSet('{{#if title}}\nx\n{{/iff}}'), theme);
    expect(syntax.diagnostics[0]).toMatchObject({
      rule: 'template', file: 'deck.hbs', line: 3, column: 1,
      message: 'could not render template: `{{/iff}}` closes `{{#if}}`, opened at line 1, column 1',
    });
    // A block left open inside another is named where it was opened, and the close that exposes it
    // is the outer one, not a correctly closed inner block (a newcomer's watch.hbs).
    const open = renderMarkup(minimalBrief(), templateSet('{{#each watch}}{{#if text}}\n- {{text}}\n- {{#each sources}}{{this}}{{/each}}\n{{!-- {{/if}} in a comment --}}\n{{/each}}\n'), theme);
    expect(open.diagnostics[0]).toMatchObject({
      rule: 'template', line: 5, column: 1,
      message: 'could not render template: `{{/each}}` closes `{{#if}}`, opened at line 1, column 16',
      hint: 'close `{{#if}}` with `{{/if}}` before this line, or write `{{/if}}` here if that is what you meant',
    });
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

  it('suggests a misspelled field at depth from the keys of the current context', () => {
    const partial = '---\nlayout: bullets\n---\n{{#each parties}}\n- {{#each delegation.members}}{{name}}{{/each}} of {{nmae}}\n{{/each}}\n';
    const { value, diagnostics } = renderMarkup(minimalBrief(), templateSet('{{> people}}', { people: partial }), theme);
    expect(value).toBeUndefined();
    expect(diagnostics).toEqual([expect.objectContaining({
      rule: 'template-unknown-field', file: 'slides/people.hbs', line: 5, column: 54,
      hint: 'did you mean `name`?', expected: 'one of: id, name, roles, isParty, description, delegation, sources, notes',
    })]);
    expect(diagnostics[0]!.frame).toContain('{{nmae}}');
  });

  it('suggests from the object a dotted path reached, not from elsewhere in the brief', () => {
    const { diagnostics } = renderMarkup(minimalBrief(), templateSet('{{event.venu}}'), theme);
    expect(diagnostics[0]).toMatchObject({ rule: 'template-unknown-field', line: 1, column: 3, hint: 'did you mean `venue`?', expected: expect.stringContaining('venue') });
  });

  it('points a helper misuse at the helper call in its template', () => {
    const partial = '---\nlayout: bullets\n---\n- when: {{formatDate event.date "weekly"}}\n';
    const { diagnostics } = renderMarkup(minimalBrief(), templateSet('{{> when}}', { when: partial }), theme);
    expect(diagnostics).toEqual([expect.objectContaining({ rule: 'template-helper', file: 'slides/when.hbs', line: 4, column: 9, hint: 'did you mean `weekday`?' })]);
    expect(diagnostics[0]!.message).toContain('no style `weekly`');
  });

  it('reports an unknown helper with its location and a suggestion', () => {
    const { diagnostics } = renderMarkup(minimalBrief(), templateSet('x\n{{formatDat event.date "long"}}'), theme);
    expect(diagnostics).toEqual([expect.objectContaining({ rule: 'template-unknown-helper', file: 'deck.hbs', line: 2, column: 3, hint: 'did you mean `formatDate`?' })]);
  });

  it('locates a missing partial and suggests an existing one', () => {
    const { diagnostics } = renderMarkup(minimalBrief(), templateSet('{{> cover}}\n  {{> bottom-lien}}', { cover: '---\nlayout: title\n---\n', 'bottom-line': 'x' }), theme);
    expect(diagnostics).toEqual([expect.objectContaining({ rule: 'template-missing-partial', file: 'deck.hbs', line: 2, column: 3, hint: 'did you mean `{{> bottom-line}}`?' })]);
  });

  it('reports a Handlebars syntax error in a partial with line, column and what was expected', () => {
    const { diagnostics } = renderMarkup(minimalBrief(), templateSet('{{> a}}', { a: 'ok\n{{title}}}\n' }), theme);
    expect(diagnostics).toEqual([expect.objectContaining({ rule: 'template', file: 'slides/a.hbs', line: 2, column: 8, found: '`}}}`' })]);
  });

  it('uses the language option for labels, dates and plural rules', () => {
    const labels = { uk: { 'm.one': '{count} особа', 'm.few': '{count} особи', 'm.many': '{count} осіб', 'm.other': '{count} особи', hello: 'Привіт' } };
    const set = templateSet('{{t "hello"}} {{formatDate event.date "day-month"}} {{plural 5 "m"}} {{formatNumber 1500}}', {}, labels);
    const { value } = renderMarkup(minimalBrief(), set, theme, { language: 'uk' });
    expect(unescape(strip(value!.markup)).replace(/[\u001c\u001d]/g, '')).toBe('Привіт 2 червня 5 осіб 1\u00a0500');
    expect(value!.meta).toMatchObject({ language: 'uk', contentLanguage: 'en-GB', dateLabel: '2 червня 2025 р.' });
  });

  it('marks fixed words, not the brief\'s values filled into them, when --lang differs from the brief (issue #12)', () => {
    const labels = { uk: { hello: 'Привіт, {name}!' } };
    const set = templateSet('{{t "hello" name=title}} {{formatDate event.date "day-month"}}', {}, labels);
    const { value } = renderMarkup(minimalBrief(), set, theme, { language: 'uk' });
    expect(unescape(strip(value!.markup))).toBe('\u001cПривіт, \u001dTalks *in* Istanbul\u001c!\u001d \u001c2 червня\u001d');
    // In the brief's own language nothing is marked and the meta has no second language.
    const same = renderMarkup(minimalBrief(), templateSet('{{t "hello" name=title}}'), theme);
    expect(strip(same.value!.markup)).not.toMatch(/[\u001c\u001d]/);
    expect(same.value!.meta.contentLanguage).toBeUndefined();
  });

  it('refuses a language option that is not a language tag', () => {
    const { value, diagnostics } = renderMarkup(minimalBrief(), templateSet('x'), theme, { language: 'en_GB!' });
    expect(value).toBeUndefined();
    expect(diagnostics[0]).toMatchObject({ rule: 'language', found: '"en_GB!"' });
  });
});

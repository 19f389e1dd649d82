import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBrief } from '../src/build-brief.js';
import { BriefInputError } from '../src/diagnostics/errors.js';
import { initTemplateSet } from '../src/io/init-template-set.js';
import { loadDefaultThemeValue, loadTemplateSet } from '../src/io/load-template-set.js';
import { readSourceFile } from '../src/io/read-source.js';
import { layOutBrief } from '../src/pipeline.js';
import type { Theme } from '../src/theme/types.js';
import { slideText } from './support/deck-text.js';
import { validatePptx } from './support/ooxml-tools.js';

const DATA = 'data/istanbul-2025-06-02.yaml';
let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'briefdeck-custom-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function layOut(templates: string, language?: string) {
  const source = (await readSourceFile(DATA)).value!;
  const loaded = await loadTemplateSet(templates);
  expect(loaded.diagnostics).toEqual([]);
  const defaultTheme = (await loadDefaultThemeValue()) as Theme;
  return layOutBrief({ source, templates: loaded.value!, defaultTheme, ...(language ? { language } : {}) });
}

describe('a template set made with init', () => {
  it('builds the same bytes as the bundled default', async () => {
    const dir = join(work, 'same');
    expect((await initTemplateSet(dir)).diagnostics).toEqual([]);
    const own = await buildBrief({ data: DATA, templates: dir });
    const bundled = await buildBrief({ data: DATA });
    expect(Buffer.compare(Buffer.from(own.bytes), Buffer.from(bundled.bytes))).toBe(0);
  });

  it('shows an edited partial and edited theme colours, and nothing else changes', async () => {
    const dir = join(work, 'edited');
    await initTemplateSet(dir);
    const watch = join(dir, 'slides', 'watch.hbs');
    await writeFile(watch, (await readFile(watch, 'utf8')).replace('title: {{t "watch.title"}}', 'title: Next steps'));
    const themePath = join(dir, 'theme.json');
    const theme = JSON.parse(await readFile(themePath, 'utf8')) as Theme;
    const oldPrimary = theme.colors.primary;
    theme.colors.primary = '0B6E4F';
    await writeFile(themePath, JSON.stringify(theme, null, 2));

    const edited = await layOut(dir);
    const bundled = await layOut('default');
    const editedSlides = edited.laidOut!.slides;
    const bundledSlides = bundled.laidOut!.slides;
    expect(editedSlides.map((s) => s.title)).toEqual(bundledSlides.map((s) => (s.title === 'What to watch next' ? 'Next steps' : s.title)));
    expect(JSON.stringify(edited.laidOut)).toContain('"0B6E4F"');
    // Undo both edits in the laid-out deck: what is left must be identical, shape by shape. The
    // template differs only in the theme file it names (its parts are checked by the bytes test).
    const withoutSource = (deck: typeof edited.laidOut) => JSON.stringify({ ...deck, template: { ...deck!.template, source: '' } });
    const undone = withoutSource(edited.laidOut).replaceAll('"0B6E4F"', `"${oldPrimary}"`).replaceAll('Next steps', 'What to watch next');
    expect(JSON.parse(undone)).toEqual(JSON.parse(withoutSource(bundled.laidOut)));
  });
});

describe('a user-added slide kind', () => {
  it('appears in the deck with the layouts the markup offers, without code changes', async () => {
    const dir = join(work, 'added');
    await mkdir(join(dir, 'slides'), { recursive: true });
    const deck = await readFile('templates/default/deck.hbs', 'utf8');
    await writeFile(join(dir, 'deck.hbs'), deck.replace('{{> watch}}', '{{> ask}}\n{{> watch}}\n{{> chapter}}'));
    await writeFile(join(dir, 'slides', 'ask.hbs'), [
      '---', 'layout: quote', 'id: ask', 'title: {{t "ask.title"}}', '---',
      '> {{#each watch}}{{#if @first}}{{text}}{{/if}}{{/each}}', '', '— {{prepared.by}}, {{formatDate prepared.date "day-month"}}', '',
      '::: notes', '{{note "watch"}}', ':::', '',
    ].join('\n'));
    await writeFile(join(dir, 'slides', 'chapter.hbs'), '---\nlayout: section\ntitle: {{t "chapter.title"}}\n---\n{{count parties}} parties, {{count sources}} sources\n');
    await mkdir(join(dir, 'labels'));
    await writeFile(join(dir, 'labels', 'en.json'), '{"ask.title": "The ask", "chapter.title": "Annex"}');

    const result = await layOut(dir);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const slides = result.laidOut!.slides;
    const ask = slides.find((s) => s.title === 'The ask')!;
    expect(ask.layout).toBe('quote');
    expect(slideText(ask)).toContain('briefdeck reference brief, 1 June');
    const chapter = slides.find((s) => s.title === 'Annex')!;
    expect(chapter.layout).toBe('section');
    expect(slideText(chapter)).toMatch(/2 parties, \d+ sources/);
    const titles = slides.map((s) => s.title);
    expect(titles.indexOf('The ask')).toBe(titles.indexOf('What to watch next') - 1);
  });
});

describe('strict user templates', () => {
  it('fails on a misspelled data field with the template path, line, column and the right name', async () => {
    const dir = join(work, 'typo');
    await initTemplateSet(dir);
    const partial = join(dir, 'slides', 'delegations.hbs');
    const text = (await readFile(partial, 'utf8')).replace('{{#if organisation}}{{organisation}}', '{{#if organisation}}{{organisaton}}');
    await writeFile(partial, text);
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('{{organisaton}}')) + 1;
    const column = lines[line - 1]!.indexOf('{{organisaton}}') + 3;
    const error = await buildBrief({ data: DATA, templates: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BriefInputError);
    const diagnostics = (error as BriefInputError).diagnostics;
    expect(diagnostics).toEqual([expect.objectContaining({
      rule: 'template-unknown-field', file: expect.stringMatching(/typo\/slides\/delegations\.hbs$/), line, column,
      hint: 'did you mean `organisation`?',
    })]);
  });
});

describe('languages', () => {
  it.each([
    ['uk', 'Головні висновки', 'червня 2025', 'Голова делегації'],
    ['tr', 'Ana sonuçlar', 'Haziran 2025', 'Heyet başkanı'],
  ])('--lang %s gives fixed words and dates in that language and a valid deck', async (language, bottomLine, date, head) => {
    const built = await buildBrief({ data: DATA, language });
    const text = built.deck.slides.map((s) => `${s.title}\n${slideText(s)}\n${s.notes}`).join('\n');
    expect(text).toContain(bottomLine);
    expect(text).toContain(date);
    expect(text).toContain(head);
    expect(text).not.toContain('Bottom line up front');
    expect(text).not.toContain('Monday, 2 June 2025');
    const out = join(work, `lang-${language}.pptx`);
    await writeFile(out, built.bytes);
    const validation = await validatePptx([out]);
    if (validation) expect(validation.code, validation.output).toBe(0);
  });
});

describe('the compact template set', () => {
  it('is a different, shorter deck: merged participants, positions with clashes, one context slide and its chart', async () => {
    const compact = (await layOut('compact')).laidOut!;
    const bundled = (await layOut('default')).laidOut!;
    expect(compact.slides.length).toBeLessThan(bundled.slides.length);
    expect(compact.slides.map((s) => s.title)).toEqual([
      'Russia–Ukraine talks in Istanbul, second round', 'Bottom line up front', 'What to watch next',
      'Positions and where they clash', 'Participants', 'Military context', 'Prisoners released under the 16 May exchange',
      'Prior rounds', 'Sources',
    ]);
    const participants = slideText(compact.slides[4]!);
    expect(participants).toContain('| Participant | Name |');
    expect(participants).toContain('Türkiye (mediator, host and chair)');
    // The cover's fill is its layout's background.
    expect(compact.slides[0]!.background).toBe('FFFFFF');
  });
});

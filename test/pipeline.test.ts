import { describe, expect, it } from 'vitest';
import { loadDefaultThemeValue, loadTemplateSet } from '../src/io/load-template-set.js';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { layOutBrief, runPipeline } from '../src/pipeline.js';
import type { Theme } from '../src/theme/types.js';
import { slideText } from './support/deck-text.js';
import { validatePptx } from './support/ooxml-tools.js';
import { testFolder } from './support/test-folder.js';
import { houseTemplates } from './support/house-templates.js';
import { readTemplate } from '../src/template/read-template.js';

/** The pipeline's input for an in-memory brief with the bundled default templates. */
async function input(text: string, path = 'brief.yaml') {
  const templates = (await loadTemplateSet('default')).value!;
  const defaultTheme = (await loadDefaultThemeValue()) as Theme;
  return { source: { path, text }, templates, defaultTheme };
}

/** Lays out an in-memory brief with the bundled default templates. */
async function layOut(text: string, path = 'brief.yaml') {
  return layOutBrief(await input(text, path));
}

/** Builds an in-memory brief into a deck and checks it with the validator and pptx-lint. */
async function build(text: string, name: string) {
  const result = await runPipeline(await input(text));
  if (result.bytes) {
    const path = join(testFolder(), `${name}.pptx`);
    writeFileSync(path, result.bytes);
    const validation = await validatePptx([path]);
    if (validation) expect(validation.code, validation.output).toBe(0);
  }
  return result;
}

const brief = (title: string, venue = 'Çırağan Palace') =>
  `version: 2\ntitle: ${JSON.stringify(title)}\nevent:\n  date: 2025-06-02\n  time: "13:00"\n  timeZone: Europe/Istanbul\n  venue: ${JSON.stringify(venue)}\n  city: Istanbul\n`;

describe('one-line fields (issue #14, item 4)', () => {
  it.each([
    ['LINE SEPARATOR', '\u2028'], ['PARAGRAPH SEPARATOR', '\u2029'], ['NEXT LINE', '\u0085'], ['CR', '\r'], ['LF', '\n'], ['CR LF', '\r\n'],
  ])('a %s in the title and the venue becomes a space', async (_name, separator) => {
    const result = await layOut(brief(`Talks${separator}in Istanbul`, `Çırağan${separator}Palace`));
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const cover = slideText(result.laidOut!.slides[0]!);
    expect(cover).toContain('Talks in Istanbul');
    expect(cover).toContain('Çırağan Palace');
  });
});

describe('list depth (issue #14, item 1)', () => {
  it('builds a bottom-line point with a list nested ten levels deep into a valid deck, with a warning', async () => {
    const deep = ['Deep point', ...Array.from({ length: 10 }, (_, i) => `${'  '.repeat(i + 1)}- level ${i + 2}`)].join('\n');
    const result = await build(`${brief('Deep')}bottomLine:\n  - ${JSON.stringify(deep)}\n`, 'deep-list');
    // Located at the data value, not in the bundled template that printed it (issue #14, item 9).
    expect(result.diagnostics.filter((d) => d.rule !== 'no-marking')).toEqual([expect.objectContaining({ severity: 'warning', rule: 'list-too-deep', file: 'brief.yaml', line: 10, column: 6 })]);
    const slide = strFromU8(unzipSync(result.bytes!)['ppt/slides/slide2.xml']!);
    const levels = [...slide.matchAll(/<a:pPr\b[^>]*\blvl="(\d+)"/g)].map((m) => Number(m[1]));
    expect(Math.max(...levels)).toBe(8);
    expect(slide).toContain('level 11');
  });
});

describe('markdown the parser fails on', () => {
  it('builds speaker notes marked 18 throws on, shown as written, with a warning at the data value', async () => {
    // marked throws a TypeError on this block quote in a list item (see block-lexer.ts).
    const result = await build(`${brief('Quote')}notes:\n  cover: "- item\\n   >  -\\ntext"\n`, 'unreadable-markdown');
    expect(result.diagnostics.filter((d) => d.rule !== 'no-marking')).toEqual([expect.objectContaining({ severity: 'warning', rule: 'markup-unreadable', file: 'brief.yaml', line: 10 })]);
    const notes = strFromU8(unzipSync(result.bytes!)['ppt/notesSlides/notesSlide1.xml']!);
    expect(notes).toContain('<a:t>- item &gt;  - text</a:t>');
  });
});

describe('a long handling marking', () => {
  const marking = (n: number) => 'OFFICIAL-SENSITIVE NOT FOR ONWARD DISTRIBUTION '.repeat(20).slice(0, n).trim();

  it('when missing is a warning naming the brief, so a batch says which one', async () => {
    const result = await layOut(brief('No marking'), 'briefs/geneva.yaml');
    expect(result.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', rule: 'no-marking', file: 'briefs/geneva.yaml' })]);
  });

  it('is written smaller, to stay on one line in its banner', async () => {
    const result = await build(`${brief('Marking')}marking: ${JSON.stringify(marking(200))}\n`, 'long-marking');
    expect(result.diagnostics).toEqual([]);
    const master = strFromU8(unzipSync(result.bytes!)['ppt/slideMasters/slideMaster1.xml']!);
    const sizes = [...master.matchAll(/<a:rPr lang="[^"]*" sz="(\d+)" b="1">(?:(?!<\/a:rPr>).)*<\/a:rPr><a:t>OFFICIAL-SENSITIVE/g)].map((m) => Number(m[1]));
    expect(sizes.length).toBeGreaterThan(0);
    for (const size of sizes) {
      expect(size).toBeLessThan(1000);
      expect(size).toBeGreaterThanOrEqual(700);
    }
  });

  it('that cannot fit even at 7 pt is an error at the brief\'s marking, and nothing is built', async () => {
    const result = await build(`${brief('Marking')}marking: ${JSON.stringify(marking(400))}\n`, 'too-long-marking');
    expect(result.bytes).toBeUndefined();
    expect(result.diagnostics).toEqual([expect.objectContaining({ severity: 'error', rule: 'marking-too-long', file: 'brief.yaml', line: 9, column: 10, found: '400 characters' })]);
  });

  it('set as the template set\'s default is reported at the theme\'s marking.default', async () => {
    const folder = join(testFolder(), 'long-default-marking');
    cpSync('templates/default', folder, { recursive: true });
    const themePath = join(folder, 'theme.json');
    const theme = JSON.parse(readFileSync(themePath, 'utf8')) as { marking: Record<string, unknown> };
    theme.marking.default = marking(400);
    writeFileSync(themePath, `${JSON.stringify(theme, null, 2)}\n`);
    const templates = (await loadTemplateSet(folder)).value!;
    const defaultTheme = (await loadDefaultThemeValue()) as Theme;
    const result = layOutBrief({ source: { path: 'brief.yaml', text: brief('Marking') }, templates, defaultTheme });
    expect(result.diagnostics).toEqual([expect.objectContaining({ rule: 'marking-too-long', dataPath: 'marking.default' })]);
    const [problem] = result.diagnostics;
    // The template set names its theme relative to the working folder.
    expect(resolve(problem!.file!)).toBe(themePath);
    expect(readFileSync(themePath, 'utf8').split('\n')[problem!.line! - 1]).toContain('"default"');
  });
});

describe('layout fallbacks of a house template', () => {
  it('are reported only for the roles the deck has slides of', async () => {
    const focus = (await houseTemplates()).libreoffice.Focus;
    const reference = readTemplate(readFileSync(focus), focus).value!;
    const base = await input(`${brief('Roles')}marking: OFFICIAL\n`);
    // Focus has no section header layout; the default deck has no section slides.
    const without = layOutBrief({ ...base, reference });
    expect(without.laidOut).toBeDefined();
    expect(without.diagnostics.filter((d) => d.rule === 'template-layout-fallback')).toEqual([]);
    const deck = { ...base.templates.deck, text: '---\nlayout: section\ntitle: Part one\n---\n\n---\nlayout: bullets\ntitle: Points\n---\n- one\n' };
    const withSection = layOutBrief({ ...base, templates: { ...base.templates, deck }, reference });
    expect(withSection.diagnostics.filter((d) => d.rule === 'template-layout-fallback').map((d) => d.message)).toEqual([expect.stringContaining('section slides use the layout "Title Slide"')]);
  });
});

describe('two-column cards on a house template with small content boxes', () => {
  it('shrink a long heading rather than dropping the card\'s text (a newcomer\'s brief on Portfolio)', async () => {
    const portfolio = (await houseTemplates()).libreoffice.Portfolio;
    const reference = readTemplate(readFileSync(portfolio), portfolio).value!;
    const long = 'The United Kingdom of Great Britain and Northern Ireland and the United States of America together';
    const text = `${brief('Cards')}marking: OFFICIAL\nparticipants:\n  - {id: us, name: "${long}", roles: [party]}\n  - {id: ua, name: Ukraine, roles: [party]}\npositions:\n  - {by: us, summary: "Yes."}\n  - {by: ua, summary: "No."}\n`;
    const result = layOutBrief({ ...(await input(text)), reference });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const cards = result.laidOut!.slides.find((slide) => slide.shapes.some((shape) => shape.kind === 'text' && shape.paragraphs.some((p) => p.runs.some((r) => r.text === 'Yes.'))));
    expect(cards).toBeDefined();
    const texts = cards!.shapes.flatMap((shape) => (shape.kind === 'text' ? shape.paragraphs.map((p) => p.runs.map((r) => r.text).join('')) : []));
    expect(texts).toEqual(expect.arrayContaining([long, 'Yes.', 'Ukraine', 'No.']));
  });
});

describe('numbers that change form (issue #14, item 5)', () => {
  it('shows unquoted key-figure values as written in the file', async () => {
    const written = ['007', '3.50', '1e3', '0x1F', '12345678901234567890'];
    const figures = written.map((value, i) => `      - value: ${value}\n        label: figure ${i + 1}\n`).join('');
    const result = await layOut(`${brief('Numbers')}context:\n  - kind: military\n    keyFigures:\n${figures}`);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const slide = result.laidOut!.slides.map(slideText).find((text) => text.includes('figure 1'))!;
    for (const value of written) expect(slide.split('\n')).toContain(value);
  });

  it('says how a number in a text field was written and read', async () => {
    const result = await layOut(brief('T').replace('venue: "Çırağan Palace"', 'venue: 0x1F'));
    expect(result.diagnostics.filter((d) => d.rule !== 'no-marking')).toEqual([expect.objectContaining({
      rule: 'schema-type', dataPath: 'event.venue', found: '`0x1F`, which YAML reads as the number 31', hint: 'put the value in quotes to keep it as text',
    })]);
  });
});

describe('shape extents (issue #14, item 1; found by the fuzz test)', () => {
  // The fuzz test found negative card and bar heights when a title filled the slide. Since slides
  // sit on layouts, a title that needs more than half the content area is an error before any
  // shape is placed; every length up to that one must give extents of zero or more.
  it.each([30, 60, 100, 140, 300])('are never negative with titles of %i words', async (words) => {
    const long = Array.from({ length: words }, (_, i) => `word${i}`).join(' ');
    const text = `${brief('T')}participants:\n  - id: ua\n    name: ${JSON.stringify(long)}\n    roles: [party]\n  - id: ru\n    name: x\n    roles: [party]\n` +
      `  - id: tr\n    name: ${JSON.stringify(long)}\n    roles: [mediator]\n` +
      `priorRounds:\n  - title: ${JSON.stringify(long)}\n    date: 2024-02-29\n    outcomes: [a]\n    unresolved: [b]\n`;
    const result = await build(text, `long-titles-${words}`);
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.every((d) => d.rule === 'title-cannot-fit'), JSON.stringify(errors.map((d) => d.rule))).toBe(true);
    const negative = (result.laidOut?.slides ?? []).flatMap((slide) => slide.shapes.filter((shape) => shape.box.w < 0 || shape.box.h < 0).map((shape) => `${slide.id} ${shape.kind}`));
    expect(negative).toEqual([]);
    if (errors.length === 0) expect(result.bytes).toBeDefined();
  });
});

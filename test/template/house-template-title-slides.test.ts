import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBrief, type BuiltBrief } from '../../src/build-brief.js';
import type { Box, LaidOutSlide, TextShape } from '../../src/deck/laid-out.js';
import { BriefInputError } from '../../src/diagnostics/errors.js';
import { initTemplateSet } from '../../src/io/init-template-set.js';
import { houseTemplates, LIBREOFFICE_TEMPLATES } from '../support/house-templates.js';
import { validatePptx } from '../support/ooxml-tools.js';
import { testFolder } from '../support/test-folder.js';
import { hiddenText, overlappingLines, wordsOutsidePage, wordsOutsideShapes } from '../render-check/page-checks.js';
import { readPdfWords, type PdfPage } from '../render-check/pdf-words.js';
import { convertToPdf, findSoffice } from '../render-check/soffice.js';

/**
 * Title-like slides on house templates stay one slide (issue #11, a reviewer's note): on pandoc's
 * PowerPoint-made reference document, whose subtitle placeholder is 7 × 1.44 in, the reference
 * brief's cover continued on a "(cont.)" cover, and a section header's text was drawn over its
 * title. A brief whose cover fields are all long (title, subtitle, venue, description, prepared
 * by), with a short and a long section slide, is built on pandoc's reference (16:9 and 4:3) and
 * four LibreOffice templates, checked by the package checkers and rendered.
 */

const work = testFolder();
const soffice = await findSoffice();

/** The reference brief with every cover field lengthened. */
async function longCoverBrief(description: string): Promise<string> {
  const text = (await readFile('data/istanbul-2025-06-02.yaml', 'utf8'))
    .replace('title: Russia–Ukraine talks in Istanbul, second round', 'title: Russia–Ukraine talks in Istanbul, second round of direct negotiations on a ceasefire, prisoner exchanges and a lasting settlement')
    .replace('subtitle: Direct negotiations mediated by Türkiye', 'subtitle: Direct negotiations mediated by Türkiye, with observers from the United States, the United Kingdom and the European Union attending the opening session')
    .replace('venue: Çırağan Palace', 'venue: Çırağan Palace, Dolmabahçe Room, Conference Wing of the Ottoman Imperial Residence')
    .replace('by: briefdeck reference brief', 'by: Eastern Europe and Central Asia Directorate, Conflict Analysis and Mediation Support Unit, on behalf of the Director-General')
    .replace(/  description: >-\n(    .*\n)+/, `  description: >-\n    ${description}\n`);
  const path = join(work, `long-cover-${description.length}.yaml`);
  await writeFile(path, text);
  return path;
}

const DESCRIPTION = 'Second round of direct Russia–Ukraine negotiations since 2022, chaired by Türkiye; the chair\'s opening remarks are broadcast live. The delegations meet first in plenary, then in working groups on humanitarian questions, before a closing plenary in the evening.';

/** The default templates with a section slide of a line of text and one of a long title and a paragraph. */
async function templatesWithSections(): Promise<string> {
  const dir = join(work, 'sections');
  await initTemplateSet(dir);
  await writeFile(join(dir, 'slides', 'annex.hbs'), '---\nlayout: section\nid: annex\ntitle: Annex\n---\n{{count parties}} parties, {{count sources}} sources\n');
  await writeFile(join(dir, 'slides', 'annex-long.hbs'), '---\nlayout: section\nid: annex-long\ntitle: Annex on the positions of the parties at the second round of direct negotiations in Istanbul\n---\n{{event.description}} {{event.description}}\n\nPrepared by {{prepared.by}}.\n');
  const deck = join(dir, 'deck.hbs');
  await writeFile(deck, (await readFile(deck, 'utf8')).replace('{{> cover}}', '{{> cover}}\n{{> annex}}\n{{> annex-long}}'));
  return dir;
}

interface Case {
  name: string;
  built: BuiltBrief;
  file: string;
  pages: PdfPage[];
}
const cases: Case[] = [];
let brief = '';

beforeAll(async () => {
  const t = await houseTemplates();
  brief = await longCoverBrief(DESCRIPTION);
  const templates = await templatesWithSections();
  const sources: Array<[string, string]> = [['pandoc', t.pandoc], ['pandoc-4x3', t.pandoc43], ...LIBREOFFICE_TEMPLATES.map((n) => [n, t.libreoffice[n]] as [string, string])];
  await mkdir(join(work, 'decks'), { recursive: true });
  for (const [name, reference] of sources) {
    const built = await buildBrief({ data: brief, templates, reference });
    const file = join(work, 'decks', `${name}.pptx`);
    await writeFile(file, built.bytes);
    cases.push({ name, built, file, pages: [] });
  }
  if (soffice) {
    const pdfs = await convertToPdf(soffice, cases.map((c) => c.file), join(work, 'decks'));
    const pages = await Promise.all(pdfs.map(readPdfWords));
    cases.forEach((c, i) => (c.pages = pages[i] ?? []));
  }
}, 600_000);

/** Text in capitals on both sides of the comparison: a placeholder may show it so (pandoc's section titles are `cap="all"`). */
function inCapitals<T extends PdfPage | LaidOutSlide>(x: T): T {
  if ('lines' in x) return { ...x, lines: x.lines.map((l) => ({ ...l, words: l.words.map((w) => ({ ...w, text: w.text.toUpperCase() })) })) };
  const shapes = x.shapes.map((s) => (s.kind === 'text' ? { ...s, paragraphs: s.paragraphs.map((p) => ({ ...p, runs: p.runs.map((r) => ({ ...r, text: r.text.toUpperCase() })) })) } : s));
  return { ...x, shapes };
}

const TITLE_SLIDES = ['cover', 'annex', 'annex-long'];
const titleSlides = (c: Case): LaidOutSlide[] => c.built.deck.slides.filter((s) => TITLE_SLIDES.includes(s.continuationOf ?? s.id));
const intersects = (a: Box, b: Box): boolean => a.x < b.x + b.w - 1e-6 && a.x + a.w > b.x + 1e-6 && a.y < b.y + b.h - 1e-6 && a.y + a.h > b.y + 1e-6;

describe('a long cover and section slides on house templates', () => {
  it('stay one slide each, on every template', () => {
    expect(cases.map((c) => c.name)).toEqual(['pandoc', 'pandoc-4x3', ...LIBREOFFICE_TEMPLATES]);
    for (const c of cases) expect(titleSlides(c).map((s) => s.id), c.name).toEqual(TITLE_SLIDES);
  });

  it('grow their text only into free area: never over the title, the date, footer or number, or the marking', () => {
    for (const c of cases) {
      const model = c.built.deck.template;
      for (const slide of titleSlides(c)) {
        const layout = model.layouts.find((l) => l.part === slide.layoutPart)!;
        const chrome = [...layout.placeholders.filter((p) => ['dt', 'ftr', 'sldNum'].includes(p.type)).map((p) => p.box), ...(model.markings ?? [])];
        const [title, ...texts] = slide.shapes.filter((s): s is TextShape => s.kind === 'text' && !['dt', 'ftr', 'sldNum'].includes(s.placeholder?.type ?? ''));
        expect(title!.placeholder?.type, `${c.name} ${slide.id}`).toMatch(/^(ctrTitle|title)$/);
        for (const text of texts) {
          expect(intersects(text.box, title!.box), `${c.name} ${slide.id}: text over the title`).toBe(false);
          for (const box of chrome) expect(intersects(text.box, box), `${c.name} ${slide.id}: text over ${JSON.stringify(box)}`).toBe(false);
        }
        for (const box of chrome) expect(intersects(title!.box, box), `${c.name} ${slide.id}: title over ${JSON.stringify(box)}`).toBe(false);
      }
    }
  });

  it('passes the OOXML validator and pptx-lint', { timeout: 300_000 }, async () => {
    // The validator runs pptx-lint too; 0 only when both pass every deck.
    const result = await validatePptx(cases.map((c) => c.file));
    if (result) expect(result.code, result.output).toBe(0);
  });

  it.skipIf(!soffice)('render with every word of theirs drawn, inside its box, no line over another', () => {
    for (const c of cases) {
      expect(c.pages.length, c.name).toBe(c.built.deck.slides.length);
      const masterText = c.built.deck.template.markings ?? [];
      const problems = c.built.deck.slides.flatMap((slide, i) => {
        if (!TITLE_SLIDES.includes(slide.id)) return [];
        const page = c.pages[i]!;
        return [...wordsOutsidePage(page, i), ...overlappingLines(page, i), ...wordsOutsideShapes(page, slide, i, masterText), ...hiddenText(inCapitals(page), inCapitals(slide), i)];
      });
      expect(problems.map((p) => `page ${p.page + 1}: ${p.message}`), c.name).toEqual([]);
    }
  });

  it('is an error at the data field when even all the free area cannot hold the cover, not a second cover', async () => {
    const t = await houseTemplates();
    const tooLong = await longCoverBrief(`${DESCRIPTION} ${DESCRIPTION} ${DESCRIPTION}`);
    const error = await buildBrief({ data: tooLong, reference: t.pandoc }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BriefInputError);
    const errors = (error as BriefInputError).diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toEqual([expect.objectContaining({ rule: 'title-slide-cannot-fit', file: tooLong, dataPath: 'event.description', line: expect.any(Number), message: expect.stringContaining('the cover\'s text needs') })]);
  });
});

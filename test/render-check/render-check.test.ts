import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildBrief } from '../../src/build-brief.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { LaidOutDeck, LaidOutSlide, TableShape } from '../../src/deck/laid-out.js';
import { createMeasurer } from '../../src/fit/measurer.js';
import { WIDTH_SAFETY } from '../../src/fit/safety-margins.js';
import { writePptx } from '../../src/pptx/write-pptx.js';
import type { Theme } from '../../src/theme/types.js';
import { renderedLineCount } from './line-count.js';
import { hiddenText, overlappingLines, renderedCellTexts, wordsOutsidePage, wordsOutsideShapes, type RenderProblem } from './page-checks.js';
import { corpusDeck, paragraphCorpus, scriptCorpus, type CorpusParagraph } from './paragraph-corpus.js';
import { pageTextCompact, readPdfWords, type PdfPage } from './pdf-words.js';
import { convertToPdf, findSoffice, hasPdftotext } from './soffice.js';
import { BRIEFS, membersByParty, type BriefName } from './stress-briefs.js';
import { testFolder } from '../support/test-folder.js';

/**
 * The render check: builds the stress briefs and the reference brief, renders them (and a deck of
 * 500 generated paragraphs) with LibreOffice in one call, and proves from pdftotext's word boxes that
 * no text leaves its slide or its box and no text is drawn over other text. The decks and PDFs go
 * to a temporary folder; set BRIEFDECK_RENDER_CHECK_OUT to a folder to keep them for a person to look at.
 */

const OUT = process.env.BRIEFDECK_RENDER_CHECK_OUT ? resolve(process.env.BRIEFDECK_RENDER_CHECK_OUT) : join(testFolder(), 'render-check');
const soffice = await findSoffice();
const skipReason = !soffice
  ? 'LibreOffice (soffice) is not installed; .ci/run installs it'
  : !(await hasPdftotext())
    ? 'pdftotext (poppler-utils) is not installed; .ci/run installs it'
    : undefined;
if (skipReason) console.warn(`render check skipped: ${skipReason}`);

/**
 * Exact line-count agreement with LibreOffice the measurer must keep, as a share of paragraphs: the
 * issue's target. Unkerned advance sums reached 0.968 (LibreOffice kerns, mostly narrowing Cyrillic);
 * with the font's pair kerning this corpus reaches 0.980. The misses left all come from LibreOffice
 * 7.4 laying text out on a 600 dpi grid (font size rounded to whole pixels, each kerned advance
 * rounded to a whole pixel): simulating that grid agrees on all 500, but it is LibreOffice's, not
 * the deck's, so the measurer does not model it and the width safety margin covers it.
 */
const MIN_AGREEMENT = 0.98;

/**
 * The same for the second corpus, 300 paragraphs of Chinese, Japanese, Korean, Hebrew and Arabic
 * (issue #13's target): CJK measured 1 em per character and broken between characters, Korean at
 * spaces, Arabic in its joined forms. It reached 289/300 (96.3%) when written.
 */
const MIN_SCRIPT_AGREEMENT = 0.95;

/** Share of paragraphs on which LibreOffice may need one line more than the measurer at the true width. */
const MAX_UNDER = 0.01;

interface Rendered {
  deck: LaidOutDeck;
  pages: PdfPage[];
  diagnostics: Diagnostic[];
}

const problemsText = (problems: RenderProblem[]): string[] => problems.slice(0, 20).map((p) => `page ${p.page + 1}: ${p.message}`);
const compact = (s: string): string => s.replace(/\s+/g, '');
const cellText = (cell: { runs: Array<{ text: string }> } | undefined): string => (cell?.runs ?? []).map((r) => r.text).join('');

describe.skipIf(skipReason !== undefined)('render check (LibreOffice)', () => {
  const rendered = new Map<BriefName, Rendered>();
  let corpus: CorpusParagraph[] = [];
  let corpusPages: PdfPage[] = [];
  let scripts: CorpusParagraph[] = [];
  let scriptPages: PdfPage[] = [];

  beforeAll(async () => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    const decks = new Map<BriefName, LaidOutDeck>();
    const found = new Map<BriefName, Diagnostic[]>();
    const files: string[] = [];
    for (const [name, data] of Object.entries(BRIEFS) as Array<[BriefName, string]>) {
      const built = await buildBrief({ data });
      const file = join(OUT, `${name}.pptx`);
      writeFileSync(file, built.bytes);
      decks.set(name, built.deck);
      found.set(name, built.diagnostics);
      files.push(file);
    }
    const reference = decks.get('reference') as LaidOutDeck;
    const theme = JSON.parse(readFileSync('templates/default/theme.json', 'utf8')) as Theme;
    corpus = paragraphCorpus(createMeasurer(), theme);
    const corpusFile = join(OUT, 'paragraphs.pptx');
    // No marking: the corpus counts every line LibreOffice draws on a slide.
    writeFileSync(corpusFile, await writePptx(corpusDeck(corpus, theme, { ...reference.meta, marking: '' })));
    files.push(corpusFile);
    scripts = scriptCorpus(createMeasurer(), theme);
    const scriptFile = join(OUT, 'script-paragraphs.pptx');
    writeFileSync(scriptFile, await writePptx(corpusDeck(scripts, theme, { ...reference.meta, marking: '' })));
    files.push(scriptFile);

    const pdfs = await convertToPdf(soffice as string, files, OUT);
    const pages = await Promise.all(pdfs.map(readPdfWords));
    [...decks.keys()].forEach((name, i) => rendered.set(name, { deck: decks.get(name) as LaidOutDeck, pages: pages[i] ?? [], diagnostics: found.get(name) ?? [] }));
    corpusPages = pages[pages.length - 2] ?? [];
    scriptPages = pages[pages.length - 1] ?? [];
  }, 1_000_000);

  /** The marking banners the slide master draws on every slide. */
  const masterTextBoxes = (deck: LaidOutDeck) => deck.template.markings ?? [];

  const each = (fn: (name: BriefName, r: Rendered) => void): void => {
    for (const [name, r] of rendered) fn(name, r);
  };

  it('renders one PDF page per slide', () => {
    each((name, { deck, pages }) => expect(pages.length, name).toBe(deck.slides.length));
    expect(corpusPages.length).toBe(corpus.length);
    expect(scriptPages.length).toBe(scripts.length);
  });

  it('keeps every word on its slide', () => {
    each((name, { pages }) => expect(problemsText(pages.flatMap(wordsOutsidePage)), name).toEqual([]));
  });

  it('draws no line of text over a line of another text block', () => {
    each((name, { pages }) => expect(problemsText(pages.flatMap(overlappingLines)), name).toEqual([]));
  });

  it('keeps every word inside the text box or table cell the fit stage gave it', () => {
    each((name, { deck, pages }) =>
      expect(problemsText(pages.flatMap((page, i) => wordsOutsideShapes(page, deck.slides[i] as LaidOutSlide, i, masterTextBoxes(deck)))), name).toEqual([]),
    );
  });

  it('draws every character of every text box and table cell (nothing clipped or hidden)', () => {
    each((name, { deck, pages }) =>
      expect(problemsText(pages.flatMap((page, i) => hiddenText(page, deck.slides[i] as LaidOutSlide, i))), name).toEqual([]),
    );
  });

  it('builds the stress briefs without an overflow warning', () => {
    each((name, { diagnostics }) => expect(diagnostics.filter((d) => /overflow|too-tall|cannot-fit/.test(`${d.rule} ${d.message}`)), name).toEqual([]));
  });

  it('continues long content on "(cont.)" slides exactly where the data overflows', () => {
    const continued = (name: BriefName): string[] => [...new Set((rendered.get(name)?.deck.slides ?? []).flatMap((s) => (s.continuationOf ? [s.continuationOf] : [])))].sort();
    expect(continued('reference')).toEqual([]);
    expect(continued('delegations')).toEqual(expect.arrayContaining(['delegation-obs', 'delegation-ru', 'delegation-ua']));
    expect(continued('text')).toEqual(expect.arrayContaining(['bottom-line', 'clashes', 'positions', 'sources', 'timeline', 'watch']));
    each((name, { deck, pages }) =>
      deck.slides.forEach((slide, i) => {
        if (!slide.continuationOf) return;
        const first = deck.slides.find((s) => s.id === slide.continuationOf);
        expect(slide.title, `${name} ${slide.id}`).toMatch(new RegExp(`^${(first?.title ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(cont\\.( \\d+/\\d+)?\\)$`));
        // The title as LibreOffice drew it, however it wrapped.
        expect(pageTextCompact(pages[i] as PdfPage), `${name} ${slide.id}`).toContain(compact(slide.title));
      }),
    );
  });

  it('repeats the header row on every page of a paged table and loses no row', () => {
    each((name, { deck, pages }) => {
      const tables = new Map<string, TableShape[]>();
      deck.slides.forEach((slide, i) => {
        const table = slide.shapes.find((s): s is TableShape => s.kind === 'table');
        if (!table) return;
        const key = slide.continuationOf ?? slide.id;
        tables.set(key, [...(tables.get(key) ?? []), table]);
        // The header and every row are drawn on this page, each cell in full inside its own cell.
        // Right-to-left text comes out of pdftotext in visual order and in Arabic presentation forms:
        // such a cell is compared as its multiset of characters after NFKC.
        const cellKey = (text: string): string => (/[\u0590-\u08ff\ufb1d-\ufefe]/u.test(text) ? [...text.normalize('NFKC')].sort().join('') : text);
        // The writer fills an empty cell with a dash: tables never leave a cell empty (issue #12).
        const expected = [table.header, ...table.rows].map((row) => row.map((cell) => cellKey(compact(cellText(cell)) || '—')));
        expect(renderedCellTexts(pages[i] as PdfPage, table).map((row) => row.map(cellKey)), `${name} ${slide.id}`).toEqual(expected);
      });
      for (const [id, parts] of tables) {
        const header = JSON.stringify(parts[0]?.header);
        for (const part of parts) expect(JSON.stringify(part.header), `${name} ${id}`).toBe(header);
      }
      // Rows across the pages of each delegation table are the data file's members, in order.
      for (const [party, members] of membersByParty(BRIEFS[name])) {
        // A row split between slides shows its name again with the continued label ("… (cont.)") on the rest.
        const rows = (tables.get(`delegation-${party}`) ?? []).flatMap((t) => t.rows.map((r) => cellText(r[0]))).filter((n) => !n.endsWith('(cont.)'));
        expect(rows, `${name} ${party}`).toEqual(members);
      }
    });
    const clashes = (parse(readFileSync(BRIEFS.text, 'utf8')) as { clashes: unknown[] }).clashes.length;
    const clashRows = (rendered.get('text')?.deck.slides ?? []).filter((s) => s.id.split('~')[0] === 'clashes').flatMap((s) => s.shapes.flatMap((sh) => (sh.kind === 'table' ? sh.rows : [])));
    expect(clashRows.length).toBe(clashes);
    expect(clashes).toBe(120);
  });

  it(`wraps 500 generated paragraphs into as many lines as LibreOffice on ≥ ${MIN_AGREEMENT * 100}%, never more than the fit stage assumes`, () => {
    const actual = corpusPages.map(renderedLineCount);
    const agree = corpus.filter((p, i) => p.predicted === actual[i]).length;
    const under = corpus.flatMap((p, i) => ((actual[i] ?? 0) > p.predictedSafe ? [{ i, p, actual: actual[i] }] : []));
    const share = agree / corpus.length;
    const longWord = (p: CorpusParagraph): boolean => p.runs.some((r) => r.text.split(/\s+/).some((w) => w.length > 30));
    const withLong = corpus.flatMap((p, i) => (longWord(p) ? [p.predicted === actual[i]] : []));
    console.log(
      `  of which ${withLong.length} paragraphs hold a URL or over-long word: ${withLong.filter(Boolean).length} agree; ` +
        `over-predicted (safe side): ${corpus.filter((p, i) => p.predicted > (actual[i] ?? 0)).length}, under-predicted: ${corpus.filter((p, i) => p.predicted < (actual[i] ?? 0)).length}`,
    );
    console.log(
      `line-count agreement: ${agree}/${corpus.length} = ${(share * 100).toFixed(1)}% (measurer at the true width); ` +
        `fit-stage prediction (width margin ×${WIDTH_SAFETY}) below LibreOffice: ${under.length}`,
    );
    const disagreements = corpus.flatMap((p, i) => (p.predicted === actual[i] ? [] : [`#${i + 1} ${p.sizePt}pt ${p.boxWidth}in${p.bold ? ' bold' : ''}: predicted ${p.predicted}, LibreOffice ${actual[i]}`]));
    if (disagreements.length > 0) console.log(disagreements.join('\n'));
    expect(share).toBeGreaterThanOrEqual(MIN_AGREEMENT);
    expect(corpus.filter((p, i) => p.predicted < (actual[i] ?? 0)).length / corpus.length).toBeLessThanOrEqual(MAX_UNDER);
    expect(under.map((u) => `#${u.i + 1}: fit assumes ${u.p.predictedSafe} lines, LibreOffice drew ${u.actual}`)).toEqual([]);
  });

  it(`wraps 300 paragraphs of CJK, Hebrew and Arabic into as many lines as LibreOffice on ≥ ${MIN_SCRIPT_AGREEMENT * 100}%, never more than the fit stage assumes`, () => {
    const actual = scriptPages.map(renderedLineCount);
    const agree = scripts.filter((p, i) => p.predicted === actual[i]).length;
    const names = ['Chinese', 'Japanese', 'Korean', 'Hebrew', 'Arabic'];
    const per = names.map((name, k) => {
      const mine = scripts.flatMap((p, i) => (i % names.length === k ? [p.predicted === actual[i]] : []));
      return `${name} ${mine.filter(Boolean).length}/${mine.length}`;
    });
    console.log(`script line-count agreement: ${agree}/${scripts.length} = ${((agree / scripts.length) * 100).toFixed(1)}% (${per.join(', ')})`);
    const disagreements = scripts.flatMap((p, i) => (p.predicted === actual[i] ? [] : [`#${i + 1} ${names[i % names.length]} ${p.sizePt}pt ${p.boxWidth}in${p.bold ? ' bold' : ''}: predicted ${p.predicted}, LibreOffice ${actual[i]}`]));
    if (disagreements.length > 0) console.log(disagreements.join('\n'));
    expect(agree / scripts.length).toBeGreaterThanOrEqual(MIN_SCRIPT_AGREEMENT);
    const under = scripts.flatMap((p, i) => ((actual[i] ?? 0) > p.predictedSafe ? [`#${i + 1}: fit assumes ${p.predictedSafe} lines, LibreOffice drew ${actual[i]}`] : []));
    expect(under).toEqual([]);
  });

  it('lays Hebrew and Arabic paragraphs out right to left', () => {
    const deck = rendered.get('scripts')?.deck;
    const paragraphs = (deck?.slides ?? []).flatMap((s) => s.shapes.flatMap((sh) => (sh.kind === 'text' ? sh.paragraphs : [])));
    const text = (p: { runs: Array<{ text: string }> }): string => p.runs.map((r) => r.text).join('');
    const rtl = paragraphs.filter((p) => /[\u0590-\u06ff]/u.test(text(p)) && !/[A-Za-z]{4}/u.test(text(p)));
    expect(rtl.length).toBeGreaterThanOrEqual(4);
    for (const p of rtl) expect({ text: text(p), rtl: p.rtl, align: p.align }).toEqual({ text: text(p), rtl: true, align: 'right' });
  });
});

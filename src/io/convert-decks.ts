/**
 * Renders written decks to PDF and PNG through LibreOffice and poppler: the edge where briefdeck
 * starts other programs. LibreOffice spends almost all of its 1–6 s per call starting up, so every
 * deck of a build or a batch is converted in one `soffice` call.
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { sha256Hex } from '../manifest/sha256.js';
import { composeContactSheet, type ContactSheetOptions } from '../preview/contact-sheet.js';
import { findProgram } from './find-program.js';
import { runProgram, type ProgramRun } from './run-program.js';
import { writeFileAtomic } from './write-atomic.js';

/** Options of {@link convertDecks}. */
export interface ConvertDecksOptions {
  /** Write `<name>.pdf`. */
  pdf?: boolean;
  /** Write one `<name>-NN.png` per slide and the contact sheet `<name>-contact.png`. */
  png?: boolean;
  /** Folder for every output; default: each deck's own folder. */
  outDir?: string;
  /** Resolution of the slide PNGs; default 96 (a 13.33 in wide slide gives 1280 px). */
  dpi?: number;
  /** Layout of the contact sheet. */
  contactSheet?: ContactSheetOptions;
  /** Time limit of the whole LibreOffice call; default 60 s plus 10 s per deck. */
  timeoutMs?: number;
  /** Environment to find and run the programs with (PATH, BRIEFDECK_SOFFICE); default: the process's. */
  env?: NodeJS.ProcessEnv;
}

/** A file {@link convertDecks} wrote. */
export interface ConvertedFile {
  kind: 'pdf' | 'png' | 'contact-sheet';
  /** Absolute path. */
  path: string;
  /** For `png`: the slide it shows, from 1. */
  slide?: number;
  bytes: number;
  sha256: string;
}

/** The outputs of one deck. */
export interface ConvertedDeck {
  /** The .pptx as the caller named it. */
  deck: string;
  /** Pages of the PDF LibreOffice made (one per slide when all went well). */
  pages: number;
  files: ConvertedFile[];
}

/** What {@link convertDecks} did: the decks that converted and a diagnostic for each that did not. */
export interface ConvertDecksResult {
  decks: ConvertedDeck[];
  diagnostics: Diagnostic[];
}

/** Where LibreOffice installs itself when it does not go on the PATH. */
const SOFFICE_PLACES = [
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
  'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
  'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe',
];

/** The hint for a missing LibreOffice, naming the package per system. */
export const LIBREOFFICE_HINT =
  'install LibreOffice Impress: `sudo apt-get install libreoffice-impress` (Debian/Ubuntu), `sudo dnf install libreoffice-impress` (Fedora), ' +
  '`brew install --cask libreoffice` (macOS); or set BRIEFDECK_SOFFICE to the soffice program';

/**
 * Counts the pages of a PDF by its page objects. Exact for the PDFs LibreOffice writes (page
 * dictionaries are not compressed), so a deck whose slide count and page count differ is noticed
 * even when only `--pdf` was asked for and poppler is not installed.
 */
function countPdfPages(pdf: Uint8Array): number {
  return Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

/**
 * LibreOffice's PDF export filter with its options in the JSON syntax (LibreOffice ≥ 7.4): a tagged
 * PDF (structure tree, WCAG 2.1 / issue #12), one bookmark per slide from the slide titles, the
 * document title shown in the viewer's title bar instead of the file name, and no notes pages.
 * PDF/UA (`PDFUACompliance`) is not claimed: it is a conformance claim the deck may not meet.
 */
export const PDF_EXPORT = `pdf:impress_pdf_Export:${JSON.stringify({
  UseTaggedPDF: { type: 'boolean', value: 'true' },
  ExportBookmarks: { type: 'boolean', value: 'true' },
  DisplayPDFDocumentTitle: { type: 'boolean', value: 'true' },
  ExportNotesPages: { type: 'boolean', value: 'false' },
})}`;

/** A BCP 47 tag as a deck may carry it (`en`, `en-GB`, `sr-Latn-RS`). */
const LANGUAGE_TAG = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;

/** The deck's document language (`dc:language` in docProps/core.xml), when it has a well-formed one. */
async function deckLanguage(path: string): Promise<string | undefined> {
  try {
    const core = unzipSync(await readFile(path), { filter: (file) => file.name === 'docProps/core.xml' })['docProps/core.xml'];
    const language = core === undefined ? undefined : /<dc:language>\s*([^<\s]+)\s*<\/dc:language>/.exec(new TextDecoder().decode(core))?.[1];
    return language !== undefined && LANGUAGE_TAG.test(language) ? language : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Prepares a LibreOffice user profile whose locale is `language`. The PDF's `/Lang` (the language
 * screen readers use, WCAG 2.1 SC 3.1.1) is LibreOffice's locale setting (`ooSetupSystemLocale`,
 * by default from the environment's LANG), not the document's: measured with LibreOffice 7.4, where
 * neither `dc:language` nor the default text style's `lang` reaches the PDF.
 */
async function pdfLocaleProfile(profile: string, language: string): Promise<void> {
  await mkdir(join(profile, 'user'), { recursive: true });
  const xcu = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>${language}</value></prop></item>`,
    '</oor:items>',
  ].join('\n');
  await writeFile(join(profile, 'user', 'registrymodifications.xcu'), xcu);
}

/** Runs tasks with at most `limit` at a time (pdftoppm is one process per deck, CPU-bound). */
async function eachLimited<T>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      await task(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

async function writeOutput(kind: ConvertedFile['kind'], path: string, bytes: Uint8Array, slide?: number): Promise<ConvertedFile> {
  await writeFileAtomic(path, bytes);
  return { kind, path, ...(slide === undefined ? {} : { slide }), bytes: bytes.length, sha256: sha256Hex(bytes) };
}

/**
 * Removes `<name>-NN.png` slide images beyond the deck's new slide count, left by an earlier build
 * of a longer deck; otherwise a folder of previews would show slides that no longer exist.
 */
async function removeStaleSlideImages(dir: string, name: string, keep: number): Promise<void> {
  const pattern = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-(\\d+)\\.png$`);
  for (const entry of await readdir(dir).catch(() => [] as string[])) {
    const match = pattern.exec(entry);
    if (match && Number(match[1]) > keep) await unlink(join(dir, entry)).catch(() => undefined);
  }
}

/**
 * Converts written .pptx decks to `<name>.pdf`, `<name>-01.png`, ... (one per slide) and a contact
 * sheet `<name>-contact.png`, with one LibreOffice start for all of them (one per document language,
 * which sets the PDF's language; see {@link PDF_EXPORT} for the tagged PDF it writes). Each LibreOffice call
 * gets a private, temporary user profile so parallel runs (tests, batch jobs) never share a lock.
 * Outputs are written atomically. A missing LibreOffice or poppler is one diagnostic naming the
 * package to install; a deck that fails to convert is a diagnostic for that deck, the others still
 * convert. Never throws for an environment problem.
 */
export async function convertDecks(decks: readonly string[], options: ConvertDecksOptions = {}): Promise<ConvertDecksResult> {
  const diagnostics: Diagnostic[] = [];
  const result: ConvertDecksResult = { decks: [], diagnostics };
  if (decks.length === 0 || (!options.pdf && !options.png)) return result;
  const env = options.env ?? process.env;
  const soffice = await findProgram([env.BRIEFDECK_SOFFICE ?? '', 'soffice', 'libreoffice'].filter(Boolean), SOFFICE_PLACES, env);
  if (!soffice.path) {
    diagnostics.push({
      severity: 'error', rule: 'libreoffice-missing',
      message: `LibreOffice is needed to write ${options.pdf ? 'PDF' : ''}${options.pdf && options.png ? ' and ' : ''}${options.png ? 'PNG' : ''} output, but \`soffice\` was not found on the PATH`,
      hint: LIBREOFFICE_HINT,
    });
    return result;
  }
  const pdftoppm = options.png ? await findProgram(['pdftoppm'], [], env) : undefined;
  if (pdftoppm && !pdftoppm.path) {
    diagnostics.push({
      severity: 'error', rule: 'pdftoppm-missing', message: 'PNG output needs `pdftoppm`, which was not found on the PATH',
      hint: 'install poppler: `sudo apt-get install poppler-utils` (Debian/Ubuntu), `brew install poppler` (macOS)',
    });
    return result;
  }

  const work = await mkdtemp(join(tmpdir(), 'briefdeck-convert-'));
  try {
    // Decks are staged under neutral names: two decks called `brief.pptx` in different folders must
    // not overwrite each other's PDF in LibreOffice's single output folder.
    const staged: string[] = [];
    for (const [index, deck] of decks.entries()) {
      const path = join(work, 'in', `deck-${index}.pptx`);
      await mkdir(dirname(path), { recursive: true });
      try {
        await copyFile(resolve(deck), path);
        staged.push(path);
      } catch (error) {
        diagnostics.push({ severity: 'error', rule: 'convert-input', file: deck, message: `the deck could not be read: ${(error as Error).message}` });
        staged.push('');
      }
    }
    if (!staged.some(Boolean)) return result;
    const pdfDir = join(work, 'pdf');
    // One LibreOffice start per document language (almost always one): the language of a PDF is the
    // profile's locale, not the deck's (see pdfLocaleProfile).
    const groups = new Map<string, number[]>();
    for (const [index, path] of staged.entries()) {
      if (!path) continue;
      const language = (await deckLanguage(path)) ?? '';
      groups.set(language, [...(groups.get(language) ?? []), index]);
    }
    const runs = new Map<number, ProgramRun>();
    for (const [group, [language, indexes]] of [...groups].entries()) {
      const profile = join(work, `profile-${group}`);
      if (language) await pdfLocaleProfile(profile, language);
      const run = await runProgram(
        soffice.path,
        [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--nolockcheck', '--convert-to', PDF_EXPORT, '--outdir', pdfDir, ...indexes.map((i) => staged[i]!)],
        { timeoutMs: options.timeoutMs ?? 60_000 + 10_000 * indexes.length, env },
      );
      for (const index of indexes) runs.set(index, run);
    }
    const whyNot = (run: ProgramRun | undefined): string => {
      if (run === undefined) return 'it was not run';
      const why = run.startError
        ? `it could not be started (${run.startError})`
        : run.timedOut
          ? 'it took too long and was stopped'
          : run.code !== 0
            ? `it exited with code ${run.code}`
            : 'it wrote no PDF';
      const detail = run.stderr.trim().split('\n').filter((line) => !/javaldx|java may not function/.test(line)).slice(-3).join(' / ');
      return `${why}${detail ? ` (${detail})` : ''}`;
    };

    await eachLimited([...decks.entries()], Math.max(1, availableParallelism()), async ([index, deck]) => {
      if (!staged[index]) return;
      const name = basename(deck, extname(deck));
      const outDir = resolve(options.outDir ?? dirname(resolve(deck)));
      let pdf: Uint8Array;
      try {
        pdf = await readFile(join(pdfDir, `deck-${index}.pdf`));
      } catch {
        diagnostics.push({ severity: 'error', rule: 'convert-failed', file: deck, message: `LibreOffice did not convert the deck to PDF: ${whyNot(runs.get(index))}` });
        return;
      }
      const converted: ConvertedDeck = { deck, pages: countPdfPages(pdf), files: [] };
      if (options.pdf) converted.files.push(await writeOutput('pdf', join(outDir, `${name}.pdf`), pdf));
      if (options.png && pdftoppm?.path) {
        const pngDir = join(work, 'png', String(index));
        await mkdir(pngDir, { recursive: true });
        const raster = await runProgram(pdftoppm.path, ['-png', '-r', String(options.dpi ?? 96), join(pdfDir, `deck-${index}.pdf`), join(pngDir, 'slide')], { timeoutMs: 120_000, env });
        // pdftoppm pads page numbers to the width of the page count (`-1` for 9 pages, `-01` for 12);
        // order by the number, and name outputs with at least two digits so they sort in a folder.
        const pages = (await readdir(pngDir))
          .map((file) => ({ file, page: Number(/-(\d+)\.png$/.exec(file)?.[1]) }))
          .filter((p) => Number.isInteger(p.page))
          .sort((a, b) => a.page - b.page);
        if (raster.code !== 0 || pages.length === 0) {
          diagnostics.push({ severity: 'error', rule: 'convert-failed', file: deck, message: `pdftoppm did not render the PDF to PNG (exit code ${raster.code ?? 'none'}${raster.stderr.trim() ? `: ${raster.stderr.trim().split('\n').slice(-1)[0]}` : ''})` });
        } else {
          converted.pages = pages.length;
          const width = Math.max(2, String(pages.length).length);
          const images: Uint8Array[] = [];
          for (const { file, page } of pages) {
            const bytes = await readFile(join(pngDir, file));
            images.push(bytes);
            converted.files.push(await writeOutput('png', join(outDir, `${name}-${String(page).padStart(width, '0')}.png`), bytes, page));
          }
          await removeStaleSlideImages(outDir, name, pages.length);
          converted.files.push(await writeOutput('contact-sheet', join(outDir, `${name}-contact.png`), composeContactSheet(images, options.contactSheet)));
        }
      }
      result.decks.push(converted);
    });
    // Workers finish in any order; report decks in the order they were given.
    result.decks.sort((a, b) => decks.indexOf(a.deck) - decks.indexOf(b.deck));
    return result;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * Renders written decks to PDF and PNG through LibreOffice and poppler: the edge where briefdeck
 * starts other programs. LibreOffice spends almost all of its 1–6 s per call starting up, so every
 * deck of a build or a batch is converted in one `soffice` call.
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, unlink } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { sha256Hex } from '../manifest/sha256.js';
import { composeContactSheet, type ContactSheetOptions } from '../preview/contact-sheet.js';
import { findProgram } from './find-program.js';
import { runProgram } from './run-program.js';
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
 * sheet `<name>-contact.png`, with one LibreOffice start for all of them. Each LibreOffice call
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
    const inputs = staged.filter(Boolean);
    if (inputs.length === 0) return result;
    const pdfDir = join(work, 'pdf');
    const run = await runProgram(
      soffice.path,
      [`-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`, '--headless', '--norestore', '--nolockcheck', '--convert-to', 'pdf', '--outdir', pdfDir, ...inputs],
      { timeoutMs: options.timeoutMs ?? 60_000 + 10_000 * inputs.length, env },
    );
    const why = run.startError
      ? `it could not be started (${run.startError})`
      : run.timedOut
        ? 'it took too long and was stopped'
        : run.code !== 0
          ? `it exited with code ${run.code}`
          : 'it wrote no PDF';
    const detail = run.stderr.trim().split('\n').filter((line) => !/javaldx|java may not function/.test(line)).slice(-3).join(' / ');

    await eachLimited([...decks.entries()], Math.max(1, availableParallelism()), async ([index, deck]) => {
      if (!staged[index]) return;
      const name = basename(deck, extname(deck));
      const outDir = resolve(options.outDir ?? dirname(resolve(deck)));
      let pdf: Uint8Array;
      try {
        pdf = await readFile(join(pdfDir, `deck-${index}.pdf`));
      } catch {
        diagnostics.push({ severity: 'error', rule: 'convert-failed', file: deck, message: `LibreOffice did not convert the deck to PDF: ${why}${detail ? ` (${detail})` : ''}` });
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

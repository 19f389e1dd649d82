import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { buildBrief } from '../build-brief.js';
import { BriefInputError } from '../diagnostics/errors.js';
import { BUNDLED_TEMPLATES_DIR } from '../io/load-template-set.js';
import { watchInputs, type InputWatcher } from '../io/watch-inputs.js';
import type { LaidOutDeck } from '../deck/laid-out.js';
import { checkDeckOutputName, writeOutputFile } from './write-output.js';
import { defaultOutputPath } from './build-command.js';
import { EXIT } from './exit-codes.js';
import { printDiagnostics, reportFailure } from './report.js';
import { startStopwatch } from './stopwatch.js';

/** Options of `briefdeck watch`. */
export interface WatchCommandOptions {
  data: string;
  out?: string;
  templates: string;
  /** A house template (.pptx/.potx) to build on (issue #11); default: the template set's. */
  reference?: string;
  lang?: string;
  /** Refresh `<name>-NN.png` and the contact sheet after each good build. */
  png: boolean;
  /** Refresh `<name>.pdf` after each good build. */
  pdf: boolean;
  quiet: boolean;
  debug: boolean;
  /** Stops watching when it resolves (the CLI: SIGINT or SIGTERM). */
  stop: Promise<void>;
}

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}

/** The folders a template set reads from, as `loadTemplateSet` resolves them: the set and the bundled default under it. */
async function templateFolders(nameOrDir: string): Promise<string[]> {
  const own = (await isDirectory(resolve(nameOrDir))) ? resolve(nameOrDir) : join(BUNDLED_TEMPLATES_DIR, nameOrDir);
  return [...new Set([own, join(BUNDLED_TEMPLATES_DIR, 'default')])];
}

/**
 * Image files a deck shows from the data file's folder, where the image loader looks first. Images
 * in the template folders need no entry: those folders are watched whole.
 */
function dataFolderImages(deck: LaidOutDeck, dataPath: string): string[] {
  const folder = dirname(resolve(dataPath));
  const paths = new Set<string>();
  for (const slide of deck.slides) {
    for (const shape of slide.shapes) if (shape.kind === 'image') paths.add(resolve(folder, shape.path));
  }
  return [...paths].filter((path) => existsSync(path));
}

function clock(): string {
  return new Date().toTimeString().slice(0, 8);
}

/**
 * `briefdeck watch`: builds once, then rebuilds whenever the data file or the template set
 * (partials, labels, theme) changes. A failed build prints its diagnostics and leaves the last
 * good deck (and previews) in place, so a deck open in a viewer never turns into a broken file
 * while the user is mid-edit. Returns the exit code once `stop` resolves.
 */
export async function runWatchCommand(options: WatchCommandOptions): Promise<number> {
  if (options.out !== undefined) checkDeckOutputName(options.out);
  const shownOut = options.out ?? defaultOutputPath(options.data);
  const out = resolve(shownOut);
  const say = (line: string) => {
    if (!options.quiet) process.stdout.write(`[${clock()}] ${line}\n`);
  };

  // Images the decks showed from the data file's folder; the watcher learns of new ones after each build.
  const images = new Set<string>();
  let watcher: InputWatcher | undefined;

  const rebuild = async (reason: string) => {
    const elapsedMs = startStopwatch();
    try {
      const built = await buildBrief({ data: options.data, templates: options.templates, ...(options.reference ? { reference: options.reference } : {}), ...(options.lang ? { language: options.lang } : {}) });
      const shown = dataFolderImages(built.deck, options.data);
      for (const path of shown) images.add(path);
      await watcher?.addFiles(shown);
      printDiagnostics(built.diagnostics);
      await writeOutputFile(out, built.bytes);
      say(`${reason}: wrote ${shownOut} (${built.deck.slides.length} slide${built.deck.slides.length === 1 ? '' : 's'}) in ${Math.round(elapsedMs())} ms`);
      if (options.png || options.pdf) {
        const renderElapsedMs = startStopwatch();
        // Loaded only when asked for, as in `build`: child_process and pngjs are not needed otherwise.
        const { convertDecks } = await import('../io/convert-decks.js');
        const converted = await convertDecks([out], { pdf: options.pdf, png: options.png, outDir: dirname(out) });
        printDiagnostics(converted.diagnostics);
        for (const deck of converted.decks) say(`previews: ${deck.files.length} files refreshed in ${Math.round(renderElapsedMs())} ms`);
      }
    } catch (error) {
      if (error instanceof BriefInputError) {
        printDiagnostics(error.diagnostics);
        say(`${reason}: the build failed; kept the last good deck ${shownOut}`);
      } else {
        // A bug must not end the watch: report it like the CLI does and wait for the next change.
        reportFailure(error, options.debug);
        say(`${reason}: internal error; kept the last good deck ${shownOut}`);
      }
    }
  };

  await rebuild('start');
  watcher = watchInputs({
    files: [options.data, ...images],
    dirs: await templateFolders(options.templates),
    onChange: async (changed) => {
      const names = changed.map((path) => {
        const rel = relative(process.cwd(), path);
        return rel && !rel.startsWith('..') ? rel : path;
      });
      await rebuild(`changed ${names.slice(0, 3).join(', ')}${names.length > 3 ? ` and ${names.length - 3} more` : ''}`);
    },
  });
  await watcher.ready;
  const alsoImages = images.size > 0 ? `, ${images.size} image${images.size === 1 ? '' : 's'}` : '';
  say(`watching ${options.data}${alsoImages} and the templates (${options.templates}); Ctrl-C stops`);
  await options.stop;
  await watcher.close();
  return EXIT.ok;
}

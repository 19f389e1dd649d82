import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { buildBrief } from '../build-brief.js';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { BriefInputError, UsageError } from '../diagnostics/errors.js';
import type { WrittenOutput } from '../io/write-manifest.js';
import { EXIT } from './exit-codes.js';
import { printDiagnostics } from './report.js';
import { checkDeckOutputName, writeOutputFile } from './write-output.js';
import { startStopwatch } from './stopwatch.js';

/** Options of `briefdeck build`. */
export interface BuildCommandOptions {
  data: string;
  out?: string;
  templates: string;
  /** A house template (.pptx/.potx) to build on (issue #11); default: the template set's. */
  reference?: string;
  lang?: string;
  strict: boolean;
  quiet: boolean;
  /** Also write `<name>.pdf` beside the deck (LibreOffice). */
  pdf?: boolean;
  /** Also write `<name>-NN.png` per slide and `<name>-contact.png` (LibreOffice and pdftoppm). */
  png?: boolean;
  /** Resolution of the PNGs. */
  dpi?: number;
  /** Write a JSON manifest of slides, sources, warnings and output hashes here. */
  manifest?: string;
}

/** The default output path: `out/<data file name>.pptx`. */
export function defaultOutputPath(dataPath: string): string {
  return join('out', `${basename(dataPath, extname(dataPath))}.pptx`);
}

/** `briefdeck build`: data file → .pptx, written atomically; returns the exit code. */
export async function runBuildCommand(options: BuildCommandOptions): Promise<number> {
  const elapsedMs = startStopwatch();
  // Checked before building, so a typo in --dpi does not cost a LibreOffice run first.
  if (options.dpi !== undefined && !(Number.isFinite(options.dpi) && options.dpi >= 10 && options.dpi <= 1200)) {
    throw new UsageError(`--dpi must be a number from 10 to 1200, not ${options.dpi}`);
  }
  if (options.out !== undefined) checkDeckOutputName(options.out);
  const built = await buildBrief({ data: options.data, templates: options.templates, ...(options.reference ? { reference: options.reference } : {}), ...(options.lang ? { language: options.lang } : {}) });
  if (options.strict && built.diagnostics.length > 0 && !hasErrors(built.diagnostics)) {
    // reportFailure prints the warnings; printing them before throwing would show each twice.
    throw new BriefInputError('warnings are errors under --strict', built.diagnostics);
  }
  printDiagnostics(built.diagnostics);
  const out = resolve(options.out ?? defaultOutputPath(options.data));
  await writeOutputFile(out, built.bytes);
  if (!options.quiet) {
    const continued = built.deck.slides.filter((s) => s.continuationOf).length;
    const ms = Math.round(elapsedMs());
    process.stdout.write(`wrote ${options.out ?? defaultOutputPath(options.data)} (${built.deck.slides.length} slide${built.deck.slides.length === 1 ? '' : 's'}${continued ? `, ${continued} continued` : ''}, ${Math.round(built.bytes.length / 1024)} KB) in ${ms} ms\n`);
  }
  const outputs: WrittenOutput[] = [];
  const renderDiagnostics: Diagnostic[] = [];
  if (options.pdf || options.png) {
    // The deck is already written: a missing LibreOffice fails the command (exit 1) but keeps the .pptx.
    const renderElapsedMs = startStopwatch();
    // Loaded only when asked for: converting starts child processes and reads PNGs, and a plain
    // build should not pay for loading child_process, pngjs and their dependencies.
    const { convertDecks } = await import('../io/convert-decks.js');
    const converted = await convertDecks([out], { pdf: options.pdf, png: options.png, outDir: dirname(out), ...(options.dpi ? { dpi: options.dpi } : {}) });
    renderDiagnostics.push(...converted.diagnostics);
    for (const deck of converted.decks) {
      outputs.push(...deck.files);
      if (deck.pages !== built.deck.slides.length) {
        renderDiagnostics.push({
          severity: 'warning', rule: 'render-page-count', file: relative(process.cwd(), out),
          message: `LibreOffice rendered ${deck.pages} pages for ${built.deck.slides.length} slides`,
          hint: 'open the PDF to see which slide differs; this is a bug in briefdeck or in LibreOffice',
        });
      }
      if (!options.quiet) process.stdout.write(`${describeRendered(deck.files)} in ${Math.round(renderElapsedMs())} ms\n`);
    }
    printDiagnostics(renderDiagnostics);
  }
  if (options.manifest) {
    const { manifestWithOutputs, writeManifest } = await import('../io/write-manifest.js');
    const manifest = manifestWithOutputs(built.manifest, options.manifest, { pptx: out, files: outputs });
    manifest.diagnostics.push(...renderDiagnostics);
    await writeManifest(resolve(options.manifest), manifest);
    if (!options.quiet) process.stdout.write(`wrote ${options.manifest} (${manifest.outputs.length} files listed)\n`);
  }
  if (hasErrors(renderDiagnostics)) return EXIT.invalidInput;
  return EXIT.ok;
}

/** One line naming what a conversion wrote: `wrote out/a.pdf, 12 slide PNGs and out/a-contact.png`. */
function describeRendered(files: readonly WrittenOutput[]): string {
  const shown = (path: string) => relative(process.cwd(), path) || path;
  const parts: string[] = [];
  const pdf = files.find((f) => f.kind === 'pdf');
  if (pdf) parts.push(shown(pdf.path));
  const pngs = files.filter((f) => f.kind === 'png');
  if (pngs.length) parts.push(`${pngs.length} slide PNGs (${shown(pngs[0]!.path)}…)`);
  const sheet = files.find((f) => f.kind === 'contact-sheet');
  if (sheet) parts.push(shown(sheet.path));
  return `wrote ${parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0] ?? 'nothing'}`;
}

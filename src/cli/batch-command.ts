import type { BatchOutcome } from '../batch/batch-outcome.js';
import { planBatch } from '../batch/plan-batch.js';
import { runBatch } from '../batch/run-batch.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { formatDiagnostics } from '../diagnostics/format.js';
import { UsageError } from '../diagnostics/errors.js';
import { EXIT } from './exit-codes.js';
import { createBatchProgress } from './batch-progress.js';
import { startStopwatch } from './stopwatch.js';

/** Options of `briefdeck batch`. */
export interface BatchCommandOptions {
  inputs: string[];
  outDir: string;
  jobs?: number;
  templates: string;
  /** A house template (.pptx/.potx) to build on (issue #11); default: the template set's. */
  reference?: string;
  lang?: string;
  quiet: boolean;
  /** Also write `<name>.pdf` for every deck built (one LibreOffice start for the whole batch). */
  pdf?: boolean;
  /** Also write slide PNGs and a contact sheet for every deck built. */
  png?: boolean;
  /** Resolution of the PNGs. */
  dpi?: number;
}

/**
 * `briefdeck batch`: builds many briefs in parallel worker threads into one folder, shows progress,
 * then reports every failure with its diagnostics. Returns 1 when any brief failed, 0 otherwise.
 */
export async function runBatchCommand(options: BatchCommandOptions): Promise<number> {
  if (options.jobs !== undefined && (!Number.isInteger(options.jobs) || options.jobs < 1)) throw new UsageError(`--jobs must be a whole number of at least 1, not ${options.jobs}`);
  const cwd = process.cwd();
  const elapsedMs = startStopwatch();
  const plan = await planBatch(options.inputs, options.outDir, cwd);
  if (plan.tasks.length === 0 && plan.failures.length === 0) throw new UsageError('name at least one data file, folder or glob');
  const progress = createBatchProgress(plan.tasks.length, { quiet: options.quiet, tty: process.stderr.isTTY === true });
  const outcomes = await runBatch(plan.tasks, {
    templates: options.templates, cwd,
    ...(options.reference ? { reference: options.reference } : {}),
    ...(options.lang ? { language: options.lang } : {}),
    ...(options.jobs ? { jobs: options.jobs } : {}),
    onOutcome: (outcome, done) => progress.update(outcome, done),
  });
  progress.stop();
  const all: BatchOutcome[] = [...plan.failures, ...outcomes];
  const failed = all.filter((outcome) => !outcome.ok);
  const color = process.stderr.isTTY === true;
  // Warnings of decks that were built, then every failure: the summary ends with what needs fixing.
  for (const outcome of all.filter((o) => o.ok && o.diagnostics.length > 0)) {
    if (!options.quiet) process.stderr.write(`${formatDiagnostics(outcome.diagnostics, { color })}\n\n`);
  }
  for (const outcome of failed) {
    process.stderr.write(`FAILED ${outcome.file}\n${formatDiagnostics(outcome.diagnostics, { color })}\n\n`);
  }
  // One LibreOffice start converts every deck of the batch; its problems fail the batch like a bad brief.
  const decks = all.filter((o) => o.ok && o.out).map((o) => o.out!);
  let renderFailed = false;
  if ((options.pdf || options.png) && decks.length > 0) {
    // Loaded only when asked for, as in `build`: child_process and pngjs are not needed otherwise.
    const { convertDecks } = await import('../io/convert-decks.js');
    const converted = await convertDecks(decks, { pdf: options.pdf === true, png: options.png === true, ...(options.dpi ? { dpi: options.dpi } : {}) });
    if (converted.diagnostics.length > 0) process.stderr.write(`${formatDiagnostics(converted.diagnostics, { color })}\n`);
    renderFailed = hasErrors(converted.diagnostics);
    if (!options.quiet) process.stdout.write(`rendered ${converted.decks.length} deck${converted.decks.length === 1 ? '' : 's'} to ${[options.pdf ? 'PDF' : '', options.png ? 'PNG' : ''].filter(Boolean).join(' and ')}\n`);
  }
  const built = all.length - failed.length;
  const seconds = elapsedMs() / 1000;
  const summary = `built ${built} of ${all.length} brief${all.length === 1 ? '' : 's'} into ${options.outDir} in ${seconds.toFixed(1)} s (${(built / seconds).toFixed(built / seconds < 10 ? 1 : 0)} decks/s)` +
    (failed.length > 0 ? `; ${failed.length} failed: ${failed.map((o) => o.file).join(', ')}` : '');
  if (failed.length > 0) process.stderr.write(`${summary}\n`);
  else if (!options.quiet) process.stdout.write(`${summary}\n`);
  return failed.length > 0 || renderFailed ? EXIT.invalidInput : EXIT.ok;
}

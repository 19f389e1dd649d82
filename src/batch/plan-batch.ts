import { stat } from 'node:fs/promises';
import { basename, extname, isAbsolute, join, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { BatchOutcome, BatchTask } from './batch-outcome.js';

/** Data file extensions a folder argument contributes. */
const DATA_FILES = '*.{yaml,yml,json}';

/** The tasks of a batch, and the inputs that name no data file (each becomes a failure). */
export interface BatchPlan {
  tasks: BatchTask[];
  /** Failures known before building: a glob that matched nothing, two briefs writing one deck. */
  failures: BatchOutcome[];
}

/**
 * Turns the command line's files, folders and globs into build tasks: a glob expands to the files
 * it matches (sorted), a folder to its YAML and JSON files, and a plain path stays as given (so a
 * missing file is reported by the build, with its diagnostic). Each deck goes to
 * `<outDir>/<data file name>.pptx`; a second brief with the same name fails instead of overwriting
 * the first one's deck. A file named twice is built once.
 */
export async function planBatch(inputs: readonly string[], outDir: string, cwd: string): Promise<BatchPlan> {
  const files: string[] = [];
  const failures: BatchOutcome[] = [];
  for (const input of inputs) {
    const isFolder = !isDynamicPattern(input) && (await stat(resolve(cwd, input)).then((s) => s.isDirectory(), () => false));
    if (!isDynamicPattern(input) && !isFolder) {
      files.push(input);
      continue;
    }
    const pattern = isFolder ? join(input, DATA_FILES).replace(/\\/g, '/') : input;
    // Matches are shown as the user wrote the pattern: relative to the folder, or absolute.
    const matched = (await glob(pattern, { cwd, onlyFiles: true, expandDirectories: false, absolute: isAbsolute(pattern) })).sort();
    if (matched.length === 0) {
      failures.push({
        file: input, ok: false, slides: 0,
        diagnostics: [{ severity: 'error', rule: 'batch-no-match', file: input, message: isFolder ? 'the folder has no .yaml, .yml or .json files' : 'the pattern matches no files', expected: 'at least one data file' }],
      });
    }
    files.push(...matched);
  }
  const tasks: BatchTask[] = [];
  const seen = new Set<string>();
  const decks = new Map<string, string>();
  for (const file of files) {
    const key = resolve(cwd, file);
    if (seen.has(key)) continue;
    seen.add(key);
    const out = join(outDir, `${basename(file, extname(file))}.pptx`);
    const owner = decks.get(resolve(cwd, out));
    if (owner !== undefined) {
      failures.push({
        file, ok: false, slides: 0,
        diagnostics: [{ severity: 'error', rule: 'batch-duplicate-output', file, message: `its deck ${out} would overwrite the deck of ${owner}`, hint: 'rename one of the data files, or build them into different --out-dir folders' }],
      });
      continue;
    }
    decks.set(resolve(cwd, out), file);
    tasks.push({ file, out });
  }
  return { tasks, failures };
}

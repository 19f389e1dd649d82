import { basename, extname, join, resolve } from 'node:path';
import { buildBrief } from '../build-brief.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { BriefInputError } from '../diagnostics/errors.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import { EXIT } from './exit-codes.js';
import { printDiagnostics } from './report.js';

/** Options of `briefdeck build`. */
export interface BuildCommandOptions {
  data: string;
  out?: string;
  templates: string;
  lang?: string;
  strict: boolean;
  quiet: boolean;
}

/** The default output path: `out/<data file name>.pptx`. */
export function defaultOutputPath(dataPath: string): string {
  return join('out', `${basename(dataPath, extname(dataPath))}.pptx`);
}

/** `briefdeck build`: data file → .pptx, written atomically; returns the exit code. */
export async function runBuildCommand(options: BuildCommandOptions): Promise<number> {
  const started = performance.now();
  const built = await buildBrief({ data: options.data, templates: options.templates, ...(options.lang ? { language: options.lang } : {}) });
  printDiagnostics(built.diagnostics);
  if (options.strict && built.diagnostics.length > 0 && !hasErrors(built.diagnostics)) {
    throw new BriefInputError('warnings are errors under --strict', built.diagnostics);
  }
  const out = resolve(options.out ?? defaultOutputPath(options.data));
  await writeFileAtomic(out, built.bytes);
  if (!options.quiet) {
    const continued = built.deck.slides.filter((s) => s.continuationOf).length;
    const ms = Math.round(performance.now() - started);
    process.stdout.write(`wrote ${options.out ?? defaultOutputPath(options.data)} (${built.deck.slides.length} slides${continued ? `, ${continued} continued` : ''}, ${Math.round(built.bytes.length / 1024)} KB) in ${ms} ms\n`);
  }
  return EXIT.ok;
}

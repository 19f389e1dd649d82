import { dirname, resolve } from 'node:path';
import { loadBrief } from '../data/load-brief.js';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { loadImages } from '../io/load-images.js';
import { loadDefaultThemeValue, loadTemplateSet } from '../io/load-template-set.js';
import { readSourceFile } from '../io/read-source.js';
import { layOutBrief } from '../pipeline.js';
import type { Theme } from '../theme/types.js';
import { EXIT } from './exit-codes.js';
import { printDiagnostics } from './report.js';

/** Options of `briefdeck validate`. */
export interface ValidateCommandOptions {
  data: string;
  format: 'text' | 'json';
  strict: boolean;
  /** Template folder or bundled set the brief is checked against (default `default`). */
  templates?: string;
  /** Language of fixed words and dates, as for `build`. */
  language?: string;
}

/**
 * `briefdeck validate`: checks a data file and prints every problem; returns the exit code. It
 * runs everything `build` runs short of writing (data, templates, theme, markup, fitting,
 * images), so a file that validates builds with the same options (issue #15).
 */
export async function runValidateCommand(options: ValidateCommandOptions): Promise<number> {
  const diagnostics: Diagnostic[] = [];
  const source = await readSourceFile(options.data);
  diagnostics.push(...source.diagnostics);
  if (source.value) diagnostics.push(...(await checkAsBuildWould(source.value, options)));
  const failed = hasErrors(diagnostics) || (options.strict && diagnostics.length > 0);
  if (options.format === 'json') {
    process.stdout.write(`${JSON.stringify({ file: options.data, valid: !failed, diagnostics }, null, 2)}\n`);
  } else {
    printDiagnostics(diagnostics);
    if (!failed) process.stdout.write(`${options.data}: valid\n`);
    else if (!hasErrors(diagnostics)) process.stderr.write('briefdeck: warnings are errors under --strict\n');
  }
  return failed ? EXIT.invalidInput : EXIT.ok;
}

/** The diagnostics of a build of `source`, without writing anything. */
async function checkAsBuildWould(source: Parameters<typeof loadBrief>[0], options: ValidateCommandOptions): Promise<Diagnostic[]> {
  const templates = await loadTemplateSet(options.templates ?? 'default', process.cwd());
  // Without a usable template set the data file is still checked on its own.
  if (!templates.value) return [...loadBrief(source).diagnostics, ...templates.diagnostics];
  const defaultTheme = (await loadDefaultThemeValue()) as Theme;
  const result = layOutBrief({ source, templates: templates.value, defaultTheme, ...(options.language ? { language: options.language } : {}) });
  const diagnostics = [...templates.diagnostics, ...result.diagnostics];
  if (result.laidOut && !hasErrors(diagnostics)) {
    diagnostics.push(...(await loadImages(result.laidOut, [dirname(resolve(source.path)), templates.value.dir])).diagnostics);
  }
  return diagnostics;
}

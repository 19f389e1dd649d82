import { loadBrief } from '../data/load-brief.js';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { readSourceFile } from '../io/read-source.js';
import { EXIT } from './exit-codes.js';
import { printDiagnostics } from './report.js';

/** Options of `briefdeck validate`. */
export interface ValidateCommandOptions {
  data: string;
  format: 'text' | 'json';
  strict: boolean;
}

/** `briefdeck validate`: checks a data file and prints every problem; returns the exit code. */
export async function runValidateCommand(options: ValidateCommandOptions): Promise<number> {
  const diagnostics: Diagnostic[] = [];
  const source = await readSourceFile(options.data);
  diagnostics.push(...source.diagnostics);
  if (source.value) diagnostics.push(...loadBrief(source.value).diagnostics);
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

import { BriefInputError, PackageCheckError, UsageError } from '../diagnostics/errors.js';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { formatDiagnostics } from '../diagnostics/format.js';
import { EXIT } from './exit-codes.js';

/** Prints diagnostics to stderr (nothing when there are none). */
export function printDiagnostics(diagnostics: Diagnostic[]): void {
  if (diagnostics.length) process.stderr.write(`${formatDiagnostics(diagnostics, { color: process.stderr.isTTY === true })}\n`);
}

/**
 * Maps an error thrown by a command to its message and exit code: user mistakes print their
 * diagnostics, anything else is a bug and prints a stack only with `--debug`.
 */
export function reportFailure(error: unknown, debug: boolean): number {
  if (error instanceof BriefInputError) {
    printDiagnostics(error.diagnostics);
    if (!hasErrors(error.diagnostics)) process.stderr.write(`briefdeck: ${error.message}\n`);
    return EXIT.invalidInput;
  }
  if (error instanceof UsageError) {
    process.stderr.write(`briefdeck: ${error.message}\nRun \`briefdeck --help\` for usage.\n`);
    return EXIT.usage;
  }
  const detail = error instanceof PackageCheckError ? error.message : error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  process.stderr.write(`briefdeck: internal error (this is a bug in briefdeck, please report it): ${detail}\n`);
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  else process.stderr.write('Run again with --debug to see the stack trace.\n');
  return EXIT.internal;
}

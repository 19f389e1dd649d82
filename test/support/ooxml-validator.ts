import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

/** The strict OOXML validator shipped beside the clone in `../shared`. */
export const VALIDATOR = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'ooxml', 'validate-pptx.mjs');

/** Why validation is skipped on this machine, or undefined when it can run. */
export function validatorUnavailable(): string | undefined {
  return existsSync(VALIDATOR) ? undefined : `../shared/ooxml/validate-pptx.mjs is absent (looked at ${VALIDATOR}); OOXML validation skipped`;
}

/**
 * Runs the validator on decks and returns its output and exit code. Prints the reason and
 * returns undefined when the validator is not there (only where `../shared` is absent).
 */
export async function validatePptx(paths: string[]): Promise<{ code: number; output: string } | undefined> {
  const reason = validatorUnavailable();
  if (reason) {
    console.warn(reason);
    return undefined;
  }
  try {
    const { stdout, stderr } = await promisify(execFile)('node', [VALIDATOR, ...paths], { maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failure = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failure.code ?? 1, output: `${failure.stdout ?? ''}${failure.stderr ?? ''}` };
  }
}

/** The package linter beside the validator (`../shared/ooxml/pptx-lint.py`, Python 3). */
export const LINTER = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'ooxml', 'pptx-lint.py');

/** Runs the linter on decks (exit 0: no ERROR); undefined, with the reason printed, when it is absent. */
export async function lintPptx(paths: string[]): Promise<{ code: number; output: string } | undefined> {
  if (!existsSync(LINTER)) {
    console.warn(`../shared/ooxml/pptx-lint.py is absent (looked at ${LINTER}); lint skipped`);
    return undefined;
  }
  try {
    const { stdout, stderr } = await promisify(execFile)('python3', [LINTER, '--quiet', ...paths], { maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failure = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failure.code ?? 1, output: `${failure.stdout ?? ''}${failure.stderr ?? ''}` };
  }
}

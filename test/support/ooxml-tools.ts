import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

/** The shared OOXML tools beside the clone in `../shared/ooxml` (DESIGN §6; their README). */
const SHARED = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'ooxml');
/** The strict schema and package validator (Node). */
export const VALIDATOR = resolve(SHARED, 'validate-pptx.mjs');
/** The package rules schemas do not catch: relationship targets, chart workbooks, ids (Python, stdlib). */
export const LINTER = resolve(SHARED, 'pptx-lint.py');

/**
 * Why a tool cannot run here, or undefined when it can. Only a clone without `../shared` skips;
 * CI sets `BRIEFDECK_REQUIRE_OOXML_TOOLS=1` so that a missing tool fails instead of skipping.
 */
export function toolUnavailable(tool: string): string | undefined {
  if (existsSync(tool)) return undefined;
  const reason = `${tool} is absent; that OOXML check is skipped`;
  if (process.env.BRIEFDECK_REQUIRE_OOXML_TOOLS === '1') throw new Error(reason);
  return reason;
}

/** Exit code and output of a program; a non-zero exit is a result, not an exception. */
async function run(program: string, args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(program, args, { maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failure = error as { code?: number | string; stdout?: string; stderr?: string };
    return { code: typeof failure.code === 'number' ? failure.code : 2, output: `${failure.stdout ?? ''}${failure.stderr ?? ''}${typeof failure.code === 'string' ? failure.code : ''}` };
  }
}

/**
 * Runs pptx-lint on decks: exit 0 = no ERROR (warnings and facts are printed, not failed on), 1 =
 * some ERROR. Undefined (with the reason printed) when the linter is not beside the project.
 */
export async function lintPptx(paths: string[]): Promise<{ code: number; output: string } | undefined> {
  const reason = toolUnavailable(LINTER);
  if (reason) {
    console.warn(reason);
    return undefined;
  }
  return run('python3', [LINTER, '--quiet', ...paths]);
}

/**
 * Runs the schema validator and then pptx-lint on decks, as every deck a test builds must pass
 * both (COMMON rules; issue #14). `code` is 0 only when both pass; `output` holds both reports, so
 * the validator's closing "N passed, N failed" line is in it. Undefined when neither tool is here.
 */
export async function validatePptx(paths: string[], options: { embeddedXsd?: boolean } = {}): Promise<{ code: number; output: string } | undefined> {
  const reason = toolUnavailable(VALIDATOR);
  if (reason) console.warn(reason);
  const schema = reason ? undefined : await run('node', [VALIDATOR, ...(options.embeddedXsd ? ['--embedded-xsd'] : []), ...paths]);
  const lint = await lintPptx(paths);
  if (schema === undefined && lint === undefined) return undefined;
  const lintReport = lint === undefined ? '' : `pptx-lint:\n${lint.output}`;
  return { code: Math.max(schema?.code ?? 0, lint?.code ?? 0), output: `${schema?.output ?? ''}${lintReport}` };
}

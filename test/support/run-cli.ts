import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { recordBuiltDeck } from './built-decks.js';

/** The built command line the tests run (`npm test` builds it first). */
export const CLI = resolve('dist/cli/main.js');

/** What a finished `briefdeck` process gave. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `briefdeck` with `args` (optionally in another folder) and returns its exit code and output.
 * Every deck the run reports writing (`wrote X.pptx (…)`) is recorded for the pptx-lint run after
 * the test file, as in-process builds are.
 */
export async function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliResult> {
  let result: CliResult;
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [CLI, ...args], { maxBuffer: 64 * 1024 * 1024, ...options });
    result = { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code?: number; stdout?: string; stderr?: string };
    result = { code: typeof failure.code === 'number' ? failure.code : -1, stdout: failure.stdout ?? '', stderr: failure.stderr ?? '' };
  }
  // `build` says `wrote out/x.pptx (…)`, `batch` says `ok     brief.yaml → out/x.pptx (…)`.
  for (const match of `${result.stdout}\n${result.stderr}`.matchAll(/(?:^wrote |→ )(\S+\.pptx)(?= \()/gm)) {
    const path = resolve(options.cwd ?? '.', match[1]!);
    if (existsSync(path)) recordBuiltDeck(new Uint8Array(readFileSync(path)));
  }
  return result;
}

import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { LINTER, toolUnavailable, VALIDATOR } from '../support/ooxml-tools.js';
import { testFolder } from '../support/test-folder.js';

/** The text of every XML part of a package, by part name. */
export function xmlParts(bytes: Uint8Array): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, data] of Object.entries(unzipSync(bytes))) {
    if (/\.(xml|rels)$/.test(name)) out.set(name, strFromU8(data));
  }
  return out;
}

/** One part's text; fails the test when it is missing. */
export function part(parts: Map<string, string>, name: string): string {
  const text = parts.get(name);
  if (text === undefined) throw new Error(`package has no ${name}`);
  return text;
}

/** Writes a package into the test file's temporary folder and returns the path. */
export function writeOut(name: string, bytes: Uint8Array): string {
  const path = join(testFolder(), name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  return path;
}

/**
 * Runs the OOXML validator (with embedded workbooks' schemas) and pptx-lint on a file: the worse
 * exit status and both reports, or undefined (with the reason printed) when neither tool is
 * installed beside the project.
 */
export function validate(path: string): { status: number | null; output: string } | undefined {
  const runs = [
    [VALIDATOR, process.execPath, [VALIDATOR, '--embedded-xsd', path]],
    [LINTER, 'python3', [LINTER, '--quiet', path]],
  ] as const;
  const results = runs.flatMap(([tool, program, args]) => {
    const reason = toolUnavailable(tool);
    if (reason) {
      console.log(`skipping: ${reason}`);
      return [];
    }
    const run = spawnSync(program, args, { encoding: 'utf8' });
    return [{ status: run.status, output: `${run.stdout}${run.stderr}` }];
  });
  if (results.length === 0) return undefined;
  return { status: Math.max(...results.map((r) => r.status ?? 2)), output: results.map((r) => r.output).join('pptx-lint:\n') };
}

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';

/** The shared OOXML validator (DESIGN §6), beside the project. */
export const VALIDATOR = resolve(process.cwd(), '../shared/ooxml/validate-pptx.mjs');

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

/** Writes a package to `out/<name>` and returns the path. */
export function writeOut(name: string, bytes: Uint8Array): string {
  const path = join('out', name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  return path;
}

/**
 * Runs the OOXML validator on a file: exit status and output, or undefined (with the reason printed)
 * when the validator is not installed beside the project.
 */
export function validate(path: string): { status: number | null; output: string } | undefined {
  if (!existsSync(VALIDATOR)) {
    console.log(`skipping OOXML validation: ${VALIDATOR} is absent`);
    return undefined;
  }
  const run = spawnSync(process.execPath, [VALIDATOR, '--embedded-xsd', path], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

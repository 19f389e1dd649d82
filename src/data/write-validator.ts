/**
 * Writes `src/data/generated/validate-brief.ts` from the schema. Run after a build:
 * `node dist/data/write-validator.js [output path]`, then build again. A test checks the committed
 * file is current.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validatorSource } from './generate-validator.js';

/** Default output: the generated module in the sources (this file runs from dist/data/). */
export const DEFAULT_VALIDATOR_PATH = fileURLToPath(new URL('../../src/data/generated/validate-brief.ts', import.meta.url));

/** Writes the generated validator and returns the path written. */
export async function writeValidator(path: string = DEFAULT_VALIDATOR_PATH): Promise<string> {
  await writeFile(path, validatorSource(), 'utf8');
  return path;
}

// Run as a script (not when imported by a test).
if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const written = await writeValidator(process.argv[2]);
  console.log(`wrote ${written}`);
}

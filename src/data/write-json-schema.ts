/**
 * Writes `data/brief.schema.json` from the TypeBox schema. Run after a build:
 * `node dist/data/write-json-schema.js [output path]`. A test checks the committed file is current.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serializeBriefJsonSchema } from './json-schema.js';

/** Default output: `data/brief.schema.json` at the package root (this file runs from dist/data/). */
export const DEFAULT_SCHEMA_PATH = fileURLToPath(new URL('../../data/brief.schema.json', import.meta.url));

/** Writes the schema file and returns the path written. */
export async function writeJsonSchema(path: string = DEFAULT_SCHEMA_PATH): Promise<string> {
  await writeFile(path, serializeBriefJsonSchema(), 'utf8');
  return path;
}

// Run as a script (not when imported by a test).
if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const written = await writeJsonSchema(process.argv[2]);
  console.log(`wrote ${written}`);
}

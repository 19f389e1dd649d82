/**
 * Writes the two files generated from the brief schema: `data/brief.schema.json` (for editors)
 * and `src/data/generated/validate-brief.ts` (the ahead-of-time validator). Run after changing
 * `src/data/schema.ts`: `npm run build && node dist/data/write-generated.js && npm run build`.
 * Tests check that both committed files are current.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { validatorSource } from './generate-validator.js';
import { serializeBriefJsonSchema } from './json-schema.js';

/** Each generated file (relative to this module in dist/data/) and how its text is made. */
const GENERATED: Array<{ url: URL; text: () => string }> = [
  { url: new URL('../../data/brief.schema.json', import.meta.url), text: serializeBriefJsonSchema },
  { url: new URL('../../src/data/generated/validate-brief.ts', import.meta.url), text: validatorSource },
];

for (const { url, text } of GENERATED) {
  await writeFile(url, text(), 'utf8');
  console.log(`wrote ${fileURLToPath(url)}`);
}

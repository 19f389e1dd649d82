import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SourceFile } from '../../src/io/read-source.js';

/** A fixture under test/fixtures/data as a SourceFile (path relative, as a user would name it). */
export function fixture(name: string): SourceFile {
  const url = new URL(`../fixtures/data/${name}`, import.meta.url);
  return { path: `test/fixtures/data/${name}`, text: readFileSync(fileURLToPath(url), 'utf8') };
}

/** The reference brief shipped with the project. */
export function reference(): SourceFile {
  const url = new URL('../../data/istanbul-2025-06-02.yaml', import.meta.url);
  return { path: 'data/istanbul-2025-06-02.yaml', text: readFileSync(fileURLToPath(url), 'utf8') };
}

/** An in-memory source. */
export function inline(text: string, path = 'inline.yaml'): SourceFile {
  return { path, text };
}

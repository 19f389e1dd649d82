import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (`dist/bench/sections/` is three folders down). */
export const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..', '..');
/** The CLI as users run it. */
export const CLI = join(ROOT, 'dist', 'cli', 'main.js');
/** The reference brief every section starts from. */
export const REFERENCE = join(ROOT, 'data', 'istanbul-2025-06-02.yaml');

/** A fresh temporary folder for one section's files. */
export function scratch(name: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `briefdeck-bench-${name}-`));
}

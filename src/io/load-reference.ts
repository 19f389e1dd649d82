/**
 * Reads the house template a build names (`--reference`, or `reference` in the template set's
 * `theme.json`), once per process while the file stays the same: watch and batch builds reuse it.
 */
import { resolve } from 'node:path';
import { BoundedCache } from '../bounded-cache.js';
import type { StageResult } from '../diagnostics/diagnostic.js';
import type { TemplateModel } from '../template/types.js';
import { fileFingerprint } from './file-fingerprint.js';
import { readTemplateFile } from './read-template-file.js';

const cache = new BoundedCache<string, StageResult<TemplateModel>>(8);

/**
 * The template at `path` (as the user wrote it, resolved against `base`), read and checked; every
 * problem is a diagnostic naming the file.
 */
export function loadReference(path: string, base: string): StageResult<TemplateModel> {
  const full = resolve(base, path);
  return cache.getOrCreate(`${full}\u0000${fileFingerprint(full)}`, () =>
    // Reported as the user wrote it when that names the same file from here.
    readTemplateFile(resolve(path) === full ? path : full));
}

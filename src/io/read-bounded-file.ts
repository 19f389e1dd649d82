/**
 * Reads a file the user named, refusing folders and files over a size limit before loading them.
 * Shared by the data-file and template readers. Never throws for user mistakes: a missing,
 * unreadable or oversized file is a diagnostic (`file-not-found`, `file-unreadable`,
 * `file-too-large`) naming the path as given.
 */
import { readFileSync, statSync } from 'node:fs';
import type { Diagnostic, StageResult } from '../diagnostics/diagnostic.js';

/**
 * The file's bytes, or the diagnostic saying why not. `what` names the expected kind of file in
 * messages ("a data file", "a .pptx or .potx template").
 */
export function readBoundedFile(path: string, maxBytes: number, what: string): StageResult<Uint8Array> {
  let bytes: Uint8Array;
  try {
    // Synchronous on purpose (a few milliseconds at most); the size is checked before reading so a
    // huge file is never loaded into memory.
    const info = statSync(path);
    if (info.isDirectory()) return fail(path, 'file-unreadable', `${path} is a directory, not ${what}`);
    if (info.size > maxBytes) return tooLarge(path, info.size, maxBytes);
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fail(path, 'file-not-found', `${path} does not exist`);
    return fail(path, 'file-unreadable', `${path} could not be read: ${(error as Error).message}`);
  }
  // The file may have grown between stat and read.
  if (bytes.byteLength > maxBytes) return tooLarge(path, bytes.byteLength, maxBytes);
  return { value: bytes, diagnostics: [] };
}

function tooLarge(path: string, size: number, maxBytes: number): StageResult<Uint8Array> {
  return fail(path, 'file-too-large', `${path} is ${formatBytes(size)}; the limit is ${formatBytes(maxBytes)}`, {
    expected: `at most ${maxBytes} bytes`,
    found: `${size} bytes`,
  });
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${n} bytes`;
}

function fail(path: string, rule: string, message: string, extra: Pick<Diagnostic, 'expected' | 'found'> = {}): StageResult<Uint8Array> {
  return { value: undefined, diagnostics: [{ severity: 'error', rule, message, file: path, ...extra }] };
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let folder: string | undefined;

/**
 * A temporary folder for the current test file's outputs (decks, renders), made on first use and
 * removed after the file's tests by the setup file (`test/support/setup-test-file.ts`). Tests never
 * write into the project's `out/` or source tree (issue #14).
 */
export function testFolder(): string {
  folder ??= mkdtempSync(join(tmpdir(), 'briefdeck-test-'));
  return folder;
}

/** Removes the folder {@link testFolder} made, if any. */
export function removeTestFolder(): void {
  if (folder !== undefined) rmSync(folder, { recursive: true, force: true });
  folder = undefined;
}

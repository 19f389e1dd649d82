import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintPptx } from './ooxml-tools.js';

/** Decks the current test file built, by SHA-256, so a deck built many times is linted once. */
const built = new Map<string, Uint8Array>();

/** Keeps a copy of a deck a test built, for {@link lintBuiltDecks}. */
export function recordBuiltDeck(bytes: Uint8Array): void {
  built.set(createHash('sha256').update(bytes).digest('hex'), bytes.slice());
}

/**
 * Runs pptx-lint on every deck recorded since the last call and forgets them; throws with the
 * linter's report when any has an ERROR (issue #14). The setup file calls it after each test file.
 */
export async function lintBuiltDecks(): Promise<void> {
  if (built.size === 0) return;
  const folder = mkdtempSync(join(tmpdir(), 'briefdeck-lint-'));
  try {
    const paths = [...built.values()].map((bytes, index) => {
      const path = join(folder, `deck-${index + 1}.pptx`);
      writeFileSync(path, bytes);
      return path;
    });
    const lint = await lintPptx(paths);
    if (lint !== undefined && lint.code !== 0) throw new Error(`pptx-lint found ERRORs in decks this test file built:\n${lint.output}`);
  } finally {
    built.clear();
    rmSync(folder, { recursive: true, force: true });
  }
}

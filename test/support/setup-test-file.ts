/**
 * Runs before every test file (vitest `setupFiles`). It keeps a copy of every deck the file builds
 * in this process (each `writePptx` result, which every in-process build goes through) and, after
 * the file's tests, runs pptx-lint on them: a deck with an ERROR fails the file (issue #14). Decks
 * built by CLI processes the tests start are checked where they are built (`validatePptx`). It also
 * removes the file's temporary folder.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, vi } from 'vitest';
import { lintPptx } from './ooxml-tools.js';
import { removeTestFolder } from './test-folder.js';

/** Built decks by SHA-256, so a deck built many times is linted once. */
const built = new Map<string, Uint8Array>();

vi.mock('../../src/pptx/write-pptx.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/pptx/write-pptx.js')>();
  return {
    ...real,
    writePptx: async (...args: Parameters<typeof real.writePptx>) => {
      const bytes = await real.writePptx(...args);
      built.set(createHash('sha256').update(bytes).digest('hex'), bytes.slice());
      return bytes;
    },
  };
});

afterAll(async () => {
  removeTestFolder();
  if (built.size === 0) return;
  const folder = mkdtempSync(join(tmpdir(), 'briefdeck-lint-'));
  try {
    const paths = [...built.values()].map((bytes, index) => {
      const path = join(folder, `deck-${index + 1}.pptx`);
      writeFileSync(path, bytes);
      return path;
    });
    const lint = await lintPptx(paths);
    if (lint !== undefined && lint.code !== 0) throw new Error(`pptx-lint found ERRORs in decks this file built:\n${lint.output}`);
  } finally {
    built.clear();
    rmSync(folder, { recursive: true, force: true });
  }
});

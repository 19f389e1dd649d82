/**
 * Runs before every test file (vitest `setupFiles`). It records every deck the file builds in this
 * process (each `writePptx` result, which every in-process build goes through; `runCli` records the
 * decks CLI processes report writing) and, after the file's tests, runs pptx-lint on them: a deck
 * with an ERROR fails the file (issue #14). It also removes the file's temporary folder.
 */
import { afterAll, vi } from 'vitest';
import { lintBuiltDecks, recordBuiltDeck } from './built-decks.js';
import { removeTestFolder } from './test-folder.js';

vi.mock('../../src/pptx/write-pptx.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/pptx/write-pptx.js')>();
  return {
    ...real,
    writePptx: async (...args: Parameters<typeof real.writePptx>) => {
      const bytes = await real.writePptx(...args);
      recordBuiltDeck(bytes);
      return bytes;
    },
  };
});

afterAll(async () => {
  removeTestFolder();
  await lintBuiltDecks();
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    setupFiles: ['test/support/setup-test-file.ts'],
    // No test asserts on time: tests that start processes (the CLI, LibreOffice, npm) may take
    // many times their idle duration on a loaded 2-core machine; a hang still ends the run.
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});

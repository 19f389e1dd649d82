import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // One temporary folder per test run for the house templates converted on demand
    // (test/support/house-templates.ts), removed when the run ends.
    globalSetup: ['test/support/house-templates-setup.ts'],
    setupFiles: ['test/support/setup-test-file.ts'],
    // No test asserts on time: tests that start processes (the CLI, LibreOffice, npm) may take
    // many times their idle duration on a loaded 2-core machine; a hang still ends the run.
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});

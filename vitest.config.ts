import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // One temporary folder per test run for the house templates converted on demand
    // (test/support/house-templates.ts), removed when the run ends.
    globalSetup: ['test/support/house-templates-setup.ts'],
  },
});

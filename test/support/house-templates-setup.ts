/**
 * vitest global setup: a temporary folder for the house templates of this test run, shared by
 * every test file through an environment variable (workers start after this runs) and removed at
 * the end. Nothing is converted here: test/support/house-templates.ts converts on first demand, so
 * runs that need no template pay nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const HOUSE_TEMPLATES_DIR_VARIABLE = 'BRIEFDECK_TEST_HOUSE_TEMPLATES_DIR';

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'briefdeck-house-templates-'));
  process.env[HOUSE_TEMPLATES_DIR_VARIABLE] = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}

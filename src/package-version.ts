import { readFile } from 'node:fs/promises';
import { PACKAGE_ROOT_URL } from './package-root.js';

let packageVersion: Promise<string> | undefined;

/**
 * briefdeck's version from its package.json (read once per process); the CLI's `--version` and
 * every manifest. A module of its own so the command line can name its version without loading
 * the pipeline (pptxgenjs, marked, yaml…), which `--help`, `validate` and `init` do not need.
 */
export function readPackageVersion(): Promise<string> {
  packageVersion ??= readFile(new URL('package.json', PACKAGE_ROOT_URL), 'utf8').then((raw) => (JSON.parse(raw) as { version: string }).version);
  return packageVersion;
}

/**
 * Where briefdeck's package root is (package.json, templates/), for the few files read at run time.
 * The compiled modules sit one folder below it (`dist/*.js`, or `src/*.ts` under the tests); the
 * bundled command line sits deeper, and the bundler defines `BRIEFDECK_BUNDLE_ROOT` as the path
 * from the bundle to the root.
 */
import { fileURLToPath } from 'node:url';

declare const BRIEFDECK_BUNDLE_ROOT: string | undefined;

/** The package root as a `file:` URL ending in `/`. */
export const PACKAGE_ROOT_URL = new URL(typeof BRIEFDECK_BUNDLE_ROOT === 'string' ? BRIEFDECK_BUNDLE_ROOT : '../', import.meta.url);

/** The package root as a path. */
export const PACKAGE_ROOT = fileURLToPath(PACKAGE_ROOT_URL);

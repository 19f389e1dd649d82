#!/usr/bin/env node
/**
 * What `briefdeck` runs (`bin`): starts the bundled command line (`briefdeck.cjs`, one file built
 * by src/tools/bundle.mjs) with a V8 code cache, so a run skips compiling the ~2 MB bundle's
 * functions again; `batch` runs in a Node started with the V8 flags of src/cli/relaunch.ts.
 * Bundling removed module resolution and ~150 file reads; the code cache saves a further ~70 ms of
 * a ~380 ms cold build (measured with `npm run bench`).
 *
 * The cache is an optimisation only: it lives in `node_modules/.cache/briefdeck` (beside the
 * installed package, or in the project's own `node_modules`), is keyed by the bundle's hash, the
 * Node version, the architecture and the command, is written atomically, and every failure to read
 * or write it is ignored. V8 itself rejects data that does not fit the source or the engine.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { BATCH_V8_FLAGS, needsBatchRelaunch, relaunch } from './relaunch.js';

/** sha256 of the bundle, set by src/tools/bundle.mjs when it builds this launcher. */
declare const BRIEFDECK_BUNDLE_HASH: string;

const bundle = fileURLToPath(new URL('./briefdeck.cjs', import.meta.url));

/**
 * Runs longer than this do not write the code cache (see where it is written). A positive
 * `BRIEFDECK_CODE_CACHE_SECONDS` replaces it, so tests on a loaded machine, where even a short
 * build can take seconds, can still tell a short run from a long one (issue #14).
 */
const MAX_SECONDS_FOR_CACHE = Number(process.env.BRIEFDECK_CODE_CACHE_SECONDS) > 0 ? Number(process.env.BRIEFDECK_CODE_CACHE_SECONDS) : 2;

if (needsBatchRelaunch(process.argv, process.execArgv)) relaunch(BATCH_V8_FLAGS, fileURLToPath(import.meta.url), startBundle);
else startBundle();

/** Loads the bundle (with its code cache) and runs the command line in this process. */
function startBundle(): void {
  // The bundle is ASCII only (src/tools/bundle.mjs escapes everything else), so reading it as latin1
  // gives the same text without UTF-8 decoding: ~2.7 ms instead of ~4.4 ms for 2.5 MB.
  const source = readFileSync(bundle, 'latin1');
  const cacheFile = codeCachePath();
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // No cache yet (or unreadable): compile from source.
  }
  // The CommonJS module wrapper, on the same line as the code so stack traces keep their line numbers.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundle,
    ...(cachedData ? { cachedData } : {}),
  });
  if (cachedData === undefined || script.cachedDataRejected) {
    // Written once the run is over, so the cache holds every function the run compiled, not only the top level.
    process.once('beforeExit', () => {
      // Only a successful run has compiled the whole path; a cache from a run that stopped early
      // (invalid input, --help) would make every later run of this command compile the rest again.
      if ((process.exitCode ?? 0) !== 0) return;
      // Nor a long one: V8 drops the bytecode of functions unused for a while (start-up code above
      // all), so a cache written after a 4,990-slide build held 0.98 MB instead of 1.92 MB and left
      // every later build of the reference brief at 260 ms instead of 220 ms. The next short run writes it.
      if (process.uptime() > MAX_SECONDS_FOR_CACHE) return;
      try {
        mkdirSync(dirname(cacheFile), { recursive: true });
        const temporary = `${cacheFile}.${process.pid}.tmp`;
        writeFileSync(temporary, script.createCachedData());
        renameSync(temporary, cacheFile);
        removeOtherBundlesCaches(dirname(cacheFile));
      } catch {
        // A read-only install or a full disk: run without a cache.
      }
    });
  }
  const wrapper = script.runInThisContext() as (exports: object, require: NodeJS.Require, module: { exports: object }, filename: string, dirname: string) => void;
  const module = { exports: {} };
  wrapper.call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
}

/**
 * The cache file for this bundle, Node and command: `<node_modules>/.cache/briefdeck/<key>.bin`,
 * where `<node_modules>` is the folder the package is installed in, or the package's own.
 */
function codeCachePath(): string {
  const root = join(dirname(bundle), '..', '..');
  const modules = basename(dirname(root)) === 'node_modules' ? dirname(root) : join(root, 'node_modules');
  // Each command runs different code; one cache per command keeps `--help` from fixing what a build caches.
  const command = ['build', 'watch', 'batch', 'validate', 'init'].find((name) => process.argv[2] === name) ?? 'other';
  return join(modules, '.cache', 'briefdeck', `${BRIEFDECK_BUNDLE_HASH.slice(0, 16)}-${process.version}-${process.arch}-${command}.bin`);
}

/**
 * Removes the caches of other bundles (an earlier build or version of briefdeck): each is ~1–2 MB
 * and would otherwise stay forever. Runs only when this bundle writes a cache, so once per bundle
 * and command, never on an ordinary run. Temp files of writers still running are left alone.
 */
function removeOtherBundlesCaches(folder: string): void {
  const current = BRIEFDECK_BUNDLE_HASH.slice(0, 16);
  for (const name of readdirSync(folder)) {
    if (/^[0-9a-f]{16}-.+\.bin$/.test(name) && !name.startsWith(current)) rmSync(join(folder, name), { force: true });
  }
}

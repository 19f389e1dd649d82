import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The launcher and bundle as `npm run build` leaves them, copied into a package folder of their own
// so the code cache goes to that folder's node_modules/.cache and not the project's.
const DIST_CLI = resolve('dist/cli');
let root: string;
let cacheDir: string;

beforeAll(() => {
  if (!existsSync(join(DIST_CLI, 'briefdeck.cjs'))) throw new Error('dist/ is missing: run `npm run build` (npm test does it)');
  root = mkdtempSync(join(tmpdir(), 'briefdeck-launch-'));
  mkdirSync(join(root, 'dist', 'cli'), { recursive: true });
  for (const file of ['main.js', 'briefdeck.cjs']) copyFileSync(join(DIST_CLI, file), join(root, 'dist', 'cli', file));
  copyFileSync('package.json', join(root, 'package.json'));
  // A build reads the bundled templates from the package root.
  symlinkSync(resolve('templates'), join(root, 'templates'), 'dir');
  cacheDir = join(root, 'node_modules', '.cache', 'briefdeck');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/**
 * A run counts as short however long a loaded machine makes it (the launcher's limit raised); the
 * long run below stays under the default two seconds' limit and lasts longer than that on any machine.
 */
const SHORT_RUN = { ...process.env, BRIEFDECK_CODE_CACHE_SECONDS: '3600' };
const version = () => spawnSync(process.execPath, [join(root, 'dist', 'cli', 'main.js'), '--version'], { encoding: 'utf8', env: SHORT_RUN });

describe('the launcher code cache', () => {
  it('is written after a successful run and replaces the caches of other bundles', () => {
    mkdirSync(cacheDir, { recursive: true });
    // A cache an earlier build of briefdeck left behind, and a file that is not a cache at all.
    writeFileSync(join(cacheDir, '0123456789abcdef-v20.0.0-x64-build.bin'), 'old');
    writeFileSync(join(cacheDir, 'notes.txt'), 'not ours');
    const run = version();
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const files = readdirSync(cacheDir).sort();
    expect(files).toHaveLength(2);
    expect(files).toContain('notes.txt');
    expect(files.find((name) => name.endsWith(`-${process.version}-${process.arch}-other.bin`))).toBeDefined();
  });

  it('is used, not rewritten, by the next run', () => {
    const cache = readdirSync(cacheDir).find((name) => name.endsWith('-other.bin'))!;
    const before = statSync(join(cacheDir, cache)).mtimeMs;
    expect(version().status).toBe(0);
    expect(statSync(join(cacheDir, cache)).mtimeMs).toBe(before);
  });

  it('is not written by a run that fails', () => {
    const run = spawnSync(process.execPath, [join(root, 'dist', 'cli', 'main.js'), 'validate', join(root, 'missing.yaml')], { encoding: 'utf8', env: SHORT_RUN });
    expect(run.status).not.toBe(0);
    expect(readdirSync(cacheDir).some((name) => name.endsWith('-validate.bin'))).toBe(false);
  });

  it('is not written by a long run, which has dropped the bytecode of its start-up code', async () => {
    // watch runs until stopped; after more than two seconds it ends cleanly (exit 0) on SIGTERM.
    const watch = spawn(process.execPath, [join(root, 'dist', 'cli', 'main.js'), 'watch', resolve('test/fixtures/data/minimal.yaml'), '-o', join(root, 'out', 'minimal.pptx')], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, BRIEFDECK_CODE_CACHE_SECONDS: '' } });
    await new Promise<void>((ready) => watch.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('watching') && ready()));
    await new Promise((wait) => setTimeout(wait, 2500));
    const exited = new Promise<number | null>((done) => watch.once('exit', (code) => done(code)));
    watch.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(readdirSync(cacheDir).some((name) => name.endsWith('-watch.bin'))).toBe(false);
    // A short successful build of the same kind of work does write its cache.
    const build = spawnSync(process.execPath, [join(root, 'dist', 'cli', 'main.js'), 'build', resolve('test/fixtures/data/minimal.yaml'), '-o', join(root, 'out', 'minimal.pptx'), '-q'], { env: SHORT_RUN });
    expect(build.status).toBe(0);
    expect(readdirSync(cacheDir).some((name) => name.endsWith('-build.bin'))).toBe(true);
  });
});

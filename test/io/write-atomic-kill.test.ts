import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/io/write-atomic.js';

// The child runs the built module: killing a vitest worker would prove nothing about the writer.
const BUILT = resolve('dist/io/write-atomic.js');
const SIZE = 8 * 1024 * 1024;

let root: string;
beforeAll(() => {
  if (!existsSync(BUILT)) throw new Error('dist/ is missing: run `npm run build` (npm test does it)');
  root = mkdtempSync(join(tmpdir(), 'briefdeck-kill-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Which complete version a file holds: every byte the same letter, of the full length. */
function versionOf(bytes: Buffer, versions: Record<string, number>): string {
  for (const [name, length] of Object.entries(versions)) {
    if (bytes.length === length && bytes.every((b) => b === name.charCodeAt(0))) return name;
  }
  return `a torn file of ${bytes.length} bytes starting ${JSON.stringify(bytes.subarray(0, 8).toString())}`;
}

/**
 * Runs `script` as an ES module in a child; resolves once the child prints its first line, with a
 * function that SIGKILLs it and waits for it to die.
 */
function startKillable(script: string): Promise<() => Promise<void>> {
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  return new Promise((ready, failed) => {
    child.once('error', failed);
    child.stdout.once('data', () => ready(async () => {
      child.kill('SIGKILL');
      await exited;
    }));
  });
}

/**
 * Starts a child that rewrites `target` in a loop with 8 MB of `a`, then of `b`, ...; resolves
 * once the child has begun, with a function that SIGKILLs it and waits for it to die.
 */
function startWriter(target: string): Promise<() => Promise<void>> {
  const script = `
    import { writeFileAtomic } from ${JSON.stringify(pathToFileURL(BUILT).href)};
    const versions = [Buffer.alloc(${SIZE}, 'a'), Buffer.alloc(${SIZE}, 'b')];
    process.stdout.write('ready\\n');
    for (let i = 0; ; i += 1) await writeFileAtomic(${JSON.stringify(target)}, versions[i % 2]);
  `;
  return startKillable(script);
}

describe('writeFileAtomic under SIGKILL', () => {
  it('leaves the previous file or a complete new one, never a torn deck, and sweeps stale temp files', async () => {
    const target = join(root, 'deck.pptx');
    const previous = Buffer.alloc(1024 * 1024, 'o');
    writeFileSync(target, previous);
    // Kill at many moments: while creating, writing, flushing the temp file and around the rename.
    for (const delay of [0, 3, 7, 15, 25, 40, 60, 90, 130, 200]) {
      const kill = await startWriter(target);
      await new Promise((done) => setTimeout(done, delay));
      await kill();
      const found = versionOf(readFileSync(target), { o: previous.length, a: SIZE, b: SIZE });
      expect(found).toMatch(/^[oab]$/);
      // The only other entries are hidden temp files of the killed writer, never the output name.
      for (const entry of readdirSync(root)) if (entry !== 'deck.pptx') expect(entry).toMatch(/^\.deck\.pptx\.\d+\.[0-9a-f]{12}\.tmp$/);
    }
    // The next successful write removes the temp files the killed writers left behind.
    await writeFileAtomic(target, Buffer.from('final deck'));
    expect(readdirSync(root)).toEqual(['deck.pptx']);
    expect(readFileSync(target, 'utf8')).toBe('final deck');
  });

  it('keeps the previous file byte-equal when killed before the rename', async () => {
    const target = join(root, 'kept.pptx');
    const previous = Buffer.from('the deck PowerPoint has open');
    writeFileSync(target, previous);
    const kill = await startWriterOnce(target);
    await kill();
    expect(readFileSync(target).equals(previous)).toBe(true);
    // The kill came mid-write: the complete new deck sits in a hidden temp file, not at the target.
    const temps = readdirSync(root).filter((entry) => /^\.kept\.pptx\.\d+\.[0-9a-f]{12}\.tmp$/.test(entry));
    expect(temps).toHaveLength(1);
    expect(statSync(join(root, temps[0]!)).size).toBe(SIZE);
  });
});

/**
 * A child that writes `target` once but stops (SIGSTOP on itself) after its temp file is written
 * and before the rename, so the kill lands at exactly the moment atomicity is about.
 */
function startWriterOnce(target: string): Promise<() => Promise<void>> {
  const script = `
    import fs from 'node:fs/promises';
    const rename = fs.rename;
    // Pause at the rename: the temp file is complete, the target not yet replaced.
    const { syncBuiltinESMExports } = await import('node:module');
    fs.rename = async (...args) => { process.stdout.write('renaming\\n'); await new Promise(() => {}); return rename(...args); };
    syncBuiltinESMExports();
    const { writeFileAtomic } = await import(${JSON.stringify(pathToFileURL(BUILT).href)});
    await writeFileAtomic(${JSON.stringify(target)}, Buffer.alloc(${SIZE}, 'n'));
  `;
  return startKillable(script);
}

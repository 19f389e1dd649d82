import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { variantBrief } from '../../src/bench/generate-briefs.js';
import { BATCH_V8_FLAGS, needsBatchRelaunch } from '../../src/cli/relaunch.js';
import { CLI } from '../support/run-cli.js';

describe('needsBatchRelaunch', () => {
  it('relaunches batch only, and only once', () => {
    expect(needsBatchRelaunch(['node', 'main.js', 'batch', 'briefs'], [])).toBe(true);
    expect(needsBatchRelaunch(['node', 'main.js', 'batch', 'briefs'], [...BATCH_V8_FLAGS])).toBe(false);
    expect(needsBatchRelaunch(['node', 'main.js', 'batch', 'briefs'], ['--inspect', ...BATCH_V8_FLAGS])).toBe(false);
    for (const command of ['build', 'watch', 'validate', 'init', '--help']) expect(needsBatchRelaunch(['node', 'main.js', command], [])).toBe(false);
  });
});

describe('briefdeck batch in its relaunched Node', () => {
  let dir: string;
  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error('dist/ is missing: run `npm run build` (npm test does it)');
    dir = await mkdtemp(join(tmpdir(), 'briefdeck-relaunch-'));
    const reference = await readFile('data/istanbul-2025-06-02.yaml', 'utf8');
    await Promise.all(Array.from({ length: 200 }, (_, i) => writeFile(join(dir, `brief-${String(i).padStart(3, '0')}.yaml`), variantBrief(reference, i))));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('runs under the batch flags and passes a SIGTERM on, ending as the child ended', async () => {
    const parent = spawn(process.execPath, [CLI, 'batch', dir, '--out-dir', join(dir, 'out')], { stdio: ['ignore', 'pipe', 'pipe'] });
    // The first progress line comes from the child: by then it runs, and has the flags.
    await new Promise<void>((started) => parent.stdout.once('data', () => started()));
    const children = await new Promise<string>((done) => {
      const ps = spawn('ps', ['-o', 'pid=,args=', '--ppid', String(parent.pid)]);
      let out = '';
      ps.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
      ps.on('close', () => done(out));
    });
    expect(children).toContain(`${BATCH_V8_FLAGS.join(' ')} ${CLI} batch`);
    const childPid = Number(children.trim().split(/\s+/)[0]);
    parent.kill('SIGTERM');
    const ended = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => parent.once('exit', (code, signal) => done({ code, signal })));
    expect(ended).toEqual({ code: null, signal: 'SIGTERM' });
    // The child got the signal too and is gone: wait for it as long as it takes (a loaded machine is slow to reap).
    const alive = () => {
      try {
        process.kill(childPid, 0);
        return true;
      } catch {
        return false;
      }
    };
    while (alive()) await new Promise((settle) => setTimeout(settle, 50));
    expect(alive()).toBe(false);
  });
});

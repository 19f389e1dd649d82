import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { variantBrief } from '../../src/bench/generate-briefs.js';
import { validatePptx } from '../support/ooxml-tools.js';
import { CLI, runCli } from '../support/run-cli.js';

const GOOD = 20;
const BROKEN = ['typo-field.yaml', 'yaml-syntax.yaml', 'wrong-type.yaml'];

function briefdeck(...args: string[]) {
  return runCli(args);
}

let dir: string;

beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error('dist/ is missing: run `npm run build` (npm test does it)');
  dir = await mkdtemp(join(tmpdir(), 'briefdeck-batch-test-'));
  const reference = await readFile('data/istanbul-2025-06-02.yaml', 'utf8');
  await Promise.all(Array.from({ length: GOOD }, (_, i) => writeFile(join(dir, `good-${String(i).padStart(2, '0')}.yaml`), variantBrief(reference, i))));
  await Promise.all(BROKEN.map((name) => copyFile(join('test/fixtures/cli', name), join(dir, `broken-${name}`))));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('briefdeck batch', () => {
  it('builds every good brief, reports each broken one with its diagnostics, and exits 1', async () => {
    const out = join(dir, 'decks');
    const result = await briefdeck('batch', dir, '--out-dir', out, '--jobs', '2');
    expect(result.code).toBe(1);
    const decks = (await readdir(out)).filter((name) => name.endsWith('.pptx')).sort();
    expect(decks).toEqual(Array.from({ length: GOOD }, (_, i) => `good-${String(i).padStart(2, '0')}.pptx`));
    // No temporary files of the atomic writes are left behind.
    expect((await readdir(out)).length).toBe(GOOD);
    for (const name of BROKEN) expect(result.stderr).toContain(`FAILED ${join(dir, `broken-${name}`)}`);
    expect(result.stderr).toContain('broken-typo-field.yaml:5:3: error: unknown property `venu`');
    expect(result.stderr).toContain('[yaml-syntax]');
    expect(result.stderr).toContain('[schema-type]');
    expect(result.stderr).toMatch(new RegExp(`built ${GOOD} of ${GOOD + BROKEN.length} briefs into .*; ${BROKEN.length} failed`));
    // Not a terminal: one plain progress line per brief instead of a redrawn bar.
    expect(result.stdout.split('\n').filter((line) => /^\[\s*\d+\/23\] (ok|FAILED) /.test(line))).toHaveLength(GOOD + BROKEN.length);
    const validation = await validatePptx(decks.map((name) => join(out, name)));
    if (validation) expect(validation.code, validation.output).toBe(0);
  });

  it('exits 0 when every brief builds, and accepts a glob', async () => {
    const out = join(dir, 'good-only');
    const result = await briefdeck('batch', join(dir, 'good-0*.yaml'), '--out-dir', out, '-q');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect((await readdir(out)).length).toBe(10);
  });

  it('fails a brief whose deck would overwrite another brief\'s deck instead of overwriting it', async () => {
    const other = await mkdtemp(join(tmpdir(), 'briefdeck-batch-twin-'));
    try {
      await copyFile(join(dir, 'good-00.yaml'), join(other, 'good-00.yaml'));
      const out = join(dir, 'twins');
      const result = await briefdeck('batch', join(dir, 'good-00.yaml'), join(other, 'good-00.yaml'), '--out-dir', out, '-q');
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('[batch-duplicate-output]');
      expect(await readdir(out)).toEqual(['good-00.pptx']);
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });

  it('rejects --jobs 0 as a usage error', async () => {
    const result = await briefdeck('batch', dir, '--out-dir', join(dir, 'none'), '--jobs', '0');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--jobs');
  });
});

describe('briefdeck batch --pdf', () => {
  it('without LibreOffice says which package to install, exits 1 and keeps the decks', async () => {
    const out = join(dir, 'no-office');
    const { stdout, stderr, code } = await new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
      execFile(process.execPath, [CLI, 'batch', join(dir, 'good-00.yaml'), join(dir, 'good-01.yaml'), '--out-dir', out, '--pdf'],
        { env: { ...process.env, PATH: '/nonexistent', BRIEFDECK_SOFFICE: '' } },
        (error, so, se) => done({ code: error ? (error as { code?: number }).code ?? -1 : 0, stdout: so, stderr: se }));
    });
    expect(code).toBe(1);
    expect(stderr).toContain('libreoffice-impress');
    expect(stdout + stderr).not.toMatch(/^\s+at .+:\d+:\d+\)$/m);
    expect((await readdir(out)).sort()).toEqual(['good-00.pptx', 'good-01.pptx']);
  });
});

import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CLI = resolve('dist/cli/main.js');
let root: string;

beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error('dist/ is missing: run `npm run build` (npm test does it)');
  root = await mkdtemp(join(tmpdir(), 'briefdeck-repro-'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Builds in a fresh process with its own time zone and locale; returns the sha256 of the deck and of the manifest. */
async function buildIn(data: string, name: string, env: Record<string, string>): Promise<{ deck: string; manifest: string }> {
  // Same file names in separate folders: the manifest lists outputs by path, which must match too.
  const out = join(root, name, 'brief.pptx');
  const manifest = join(root, name, 'brief.json');
  await promisify(execFile)(process.execPath, [CLI, 'build', data, '-o', out, '--manifest', manifest, '-q'], { env: { ...process.env, ...env } });
  const hash = async (path: string) => createHash('sha256').update(await readFile(path)).digest('hex');
  return { deck: await hash(out), manifest: await hash(manifest) };
}

describe('reproducible output', () => {
  it.each([
    ['the reference brief', 'data/istanbul-2025-06-02.yaml'],
    ['a brief without prepared.date', 'test/fixtures/data/minimal.yaml'],
  ])('%s gives the same bytes in processes with different time zones and locales', async (_, data) => {
    const tag = data.replace(/\W/g, '-');
    const [utc, kiritimati, losAngeles] = await Promise.all([
      buildIn(data, `${tag}-utc`, { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' }),
      buildIn(data, `${tag}-kiritimati`, { TZ: 'Pacific/Kiritimati', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' }),
      buildIn(data, `${tag}-la`, { TZ: 'America/Los_Angeles', LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8', SOURCE_DATE_EPOCH: '0' }),
    ]);
    expect(kiritimati).toEqual(utc);
    expect(losAngeles).toEqual(utc);
    expect(utc.deck).toMatch(/^[0-9a-f]{64}$/);
  });
});

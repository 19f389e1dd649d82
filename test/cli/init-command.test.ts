import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, runCli } from '../support/run-cli.js';

let work: string;

function briefdeck(...args: string[]) {
  return runCli(args, { cwd: work });
}

beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error('dist/ is missing: run `npm run build` (npm test does it)');
  work = await mkdtemp(join(tmpdir(), 'briefdeck-init-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('briefdeck init', () => {
  it('writes an editable copy of the default set with a README', async () => {
    const result = await briefdeck('init', 'my-brief-templates');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('-t my-brief-templates');
    for (const file of ['deck.hbs', 'theme.json', 'README.md', 'slides/cover.hbs', 'labels/en.json', 'labels/uk.json', 'labels/tr.json']) {
      expect(existsSync(join(work, 'my-brief-templates', file)), file).toBe(true);
    }
    expect(await readFile(join(work, 'my-brief-templates', 'deck.hbs'), 'utf8')).toBe(await readFile('templates/default/deck.hbs', 'utf8'));
  });

  it('refuses a folder that is not empty unless --force, and says how', async () => {
    const deck = join(work, 'my-brief-templates', 'deck.hbs');
    await writeFile(deck, 'edited');
    const refused = await briefdeck('init', 'my-brief-templates');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('my-brief-templates: error: the folder is not empty');
    expect(refused.stderr).toContain('--force');
    expect(await readFile(deck, 'utf8')).toBe('edited');
    const forced = await briefdeck('init', 'my-brief-templates', '--force', '--quiet');
    expect(forced).toMatchObject({ code: 0, stdout: '' });
    expect(await readFile(deck, 'utf8')).not.toBe('edited');
  });

  it('builds the reference brief with the copied folder into the same bytes as the default', async () => {
    const data = resolve('data/istanbul-2025-06-02.yaml');
    const own = await briefdeck('build', data, '-t', 'my-brief-templates', '-o', 'own.pptx');
    const bundled = await briefdeck('build', data, '-o', 'bundled.pptx');
    expect([own.code, bundled.code]).toEqual([0, 0]);
    expect(Buffer.compare(await readFile(join(work, 'own.pptx')), await readFile(join(work, 'bundled.pptx')))).toBe(0);
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

const work = mkdtempSync(join(tmpdir(), 'briefdeck-validate-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('briefdeck validate', () => {
  it('runs what build runs short of writing: the render stage warns of a missing marking, a broken template fails', async () => {
    const plain = await runCli(['validate', 'test/fixtures/data/minimal.yaml']);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('test/fixtures/data/minimal.yaml: valid');
    expect(plain.stderr).toContain('[no-marking]');

    const templates = join(work, 'broken');
    mkdirSync(join(templates, 'slides'), { recursive: true });
    writeFileSync(join(templates, 'slides', 'cover.hbs'), '---\nlayout: title\ntitle: {{titel}}\n---\n');
    const broken = await runCli(['validate', 'test/fixtures/data/minimal.yaml', '-t', templates]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/broken\/slides\/cover\.hbs:3:10: error: .*`titel`/);
  }, 60_000);

  it('reports an unknown key, an unknown party, an unknown source and 30 February in one run', async () => {
    const result = await runCli(['validate', 'test/fixtures/data/four-kinds.yaml']);
    expect(result.code).toBe(1);
    expect(result.stderr.match(/^test\/fixtures\/data\/four-kinds\.yaml:\d+:\d+: error: /gm)).toHaveLength(4);
    expect(result.stderr).toContain('4 errors');
  }, 60_000);
});

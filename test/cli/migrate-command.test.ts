import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

const work = mkdtempSync(join(tmpdir(), 'briefdeck-migrate-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('briefdeck migrate', () => {
  it('build and validate name the migrate command for a first-format file in one line; migrate converts it', async () => {
    const data = join(work, 'old.yaml');
    copyFileSync('test/fixtures/data/first-format.yaml', data);
    for (const command of ['build', 'validate']) {
      const refused = await runCli([command, data, ...(command === 'build' ? ['-o', join(work, 'old.pptx')] : [])]);
      expect(refused.code, command).toBe(1);
      expect(refused.stderr.split('\n')[0]).toBe(`${data}:2:1: error: ${data} is written in the first data format; convert it with \`briefdeck migrate ${data}\` [old-format]`);
      expect(refused.stderr).toContain('1 error');
    }

    const migrated = await runCli(['migrate', data]);
    expect(migrated.code).toBe(0);
    expect(migrated.stdout).toContain(`wrote ${data} in data format version 2`);
    expect(readFileSync(data, 'utf8')).toContain('version: 2');
    const validated = await runCli(['validate', data]);
    expect([validated.code, validated.stdout.trim()]).toEqual([0, `${data}: valid`]);

    // A second run changes nothing and says why.
    const again = await runCli(['migrate', data, '-o', join(work, 'again.yaml')]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already in data format version 2');
  }, 60_000);
});

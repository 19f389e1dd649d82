import { existsSync } from 'node:fs';
import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validatePptx } from '../support/ooxml-tools.js';
import { testFolder } from '../support/test-folder.js';
import { CLI, runCli } from '../support/run-cli.js';


function briefdeck(...args: string[]) {
  return runCli(args);
}

const STACK_LINE = /^\s+at .+\(.+:\d+:\d+\)$/m;

beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error('dist/ is missing: run `npm run build` (npm test does it)');
});

describe('briefdeck build', () => {
  it('builds the reference brief into a deck that passes the OOXML validator', async () => {
    const out = join(testFolder(), 'test-cli-istanbul.pptx');
    const result = await briefdeck('build', 'data/istanbul-2025-06-02.yaml', '-o', out);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith(`wrote ${out} (`)).toBe(true);
    expect(result.stdout).toMatch(/ \(\d+ slides/);
    expect((await stat(out)).size).toBeGreaterThan(10_000);
    const validation = await validatePptx([out]);
    if (validation) expect(validation.code, validation.output).toBe(0);
  });

  it('writes nothing and keeps an existing file when the data is invalid', async () => {
    const out = join(testFolder(), 'previous.pptx');
    await writeFile(out, 'previous deck');
    const result = await briefdeck('build', 'test/fixtures/cli/typo-field.yaml', '-o', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('typo-field.yaml:5:3');
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect((await stat(out)).size).toBe('previous deck'.length);
  });

  it('reports a missing data file without a stack trace', async () => {
    const result = await briefdeck('build', 'no/such/brief.yaml');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('no/such/brief.yaml');
    expect(result.stderr).not.toMatch(STACK_LINE);
  });
});

describe('briefdeck validate', () => {
  it('accepts the reference brief', async () => {
    const result = await briefdeck('validate', 'data/istanbul-2025-06-02.yaml');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('valid');
  });

  it.each([
    ['typo-field.yaml', /typo-field\.yaml:5:3: error: .*venu/, 'did you mean `venue`?'],
    ['wrong-type.yaml', /wrong-type\.yaml:9:11: error: /, 'participants[0].name'],
    ['yaml-syntax.yaml', /yaml-syntax\.yaml:\d+:\d+: error: /, 'yaml'],
  ])('names file, line and column for %s', async (file, location, detail) => {
    const result = await briefdeck('validate', `test/fixtures/cli/${file}`);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(location);
    expect(result.stderr).toContain(detail);
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it('reports a typo, a wrong type and a syntax error in one file, each with its location', async () => {
    const result = await briefdeck('validate', 'test/fixtures/cli/three-mistakes.yaml');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/three-mistakes\.yaml:8:3: error: unknown property `venu`/);
    expect(result.stderr).toMatch(/three-mistakes\.yaml:12:11: error: `participants\[0\]\.name` must be a string/);
    expect(result.stderr).toMatch(/three-mistakes\.yaml:21:1: error: .*quote \[yaml-syntax\]/);
    expect(result.stderr).toContain('3 errors');
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it('prints diagnostics as JSON with --format json', async () => {
    const result = await briefdeck('validate', 'test/fixtures/cli/typo-field.yaml', '--format', 'json');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { valid: boolean; diagnostics: Array<{ line: number; column: number; dataPath: string }> };
    expect(report.valid).toBe(false);
    expect(report.diagnostics[0]).toMatchObject({ line: 5, column: 3 });
  });
});

describe('briefdeck usage', () => {
  it('prints help and version', async () => {
    const help = await briefdeck('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('briefdeck build <data>');
    const version = await briefdeck('--version');
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('exits 2 on a wrong command line', async () => {
    const unknown = await briefdeck('build', 'data/istanbul-2025-06-02.yaml', '--no-such-option');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown argument');
    const none = await briefdeck();
    expect(none.code).toBe(2);
  });
});

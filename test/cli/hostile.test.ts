import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, runCli } from '../support/run-cli.js';

/**
 * One hostile or mistaken data file per row: the rule of the diagnostic it must produce and where
 * the diagnostic must point (`file:line:column`, or the file for whole-file problems). Built with
 * `--strict`, so the attacks that are only warnings (HTML shown as text, removed control
 * characters) fail too.
 */
const HOSTILE: Array<[file: string, rule: string, location: string]> = [
  ['yaml-bomb.yaml', 'alias-limit', 'yaml-bomb.yaml:2:8'],
  ['alias-cycle.yaml', 'alias-cycle', 'alias-cycle.yaml:5:10'],
  ['deep-nesting.yaml', 'nesting-too-deep', 'deep-nesting.yaml:'],
  ['prototype-keys.yaml', 'forbidden-key', 'prototype-keys.yaml:2:1'],
  ['invalid-utf8.yaml', 'invalid-utf8', 'invalid-utf8.yaml:7:14'],
  ['utf16.yaml', 'invalid-utf8', 'utf16.yaml:1:1'],
  ['javascript-link.yaml', 'link-scheme', 'javascript-link.yaml:8:5'],
  ['javascript-source-url.yaml', 'schema-format', 'javascript-source-url.yaml:10:10'],
  ['script-tag.yaml', 'raw-html', 'script-tag.yaml:8:5'],
  ['passwd-image.yaml', 'image-path', 'passwd-image.yaml:9:14'],
  ['absolute-image.yaml', 'image-path', 'absolute-image.yaml:8:5'],
  ['unknown-party.yaml', 'unknown-party', 'unknown-party.yaml:12:9'],
  ['duplicate-ids.yaml', 'duplicate-id', 'duplicate-ids.yaml:11:9'],
  ['duplicate-key.yaml', 'duplicate-key', 'duplicate-key.yaml:7:1'],
  ['unknown-key.yaml', 'schema-unknown-property', 'unknown-key.yaml:7:1'],
  ['impossible-date.yaml', 'invalid-date', 'impossible-date.yaml:8:9'],
  ['control-characters.yaml', 'control-character', 'control-characters.yaml:7:11'],
  // Too big to keep in the repository: written by beforeAll.
  ['too-large.yaml', 'file-too-large', 'too-large.yaml:'],
  ['long-string.yaml', 'string-too-long', 'long-string.yaml:7:11'],
];

const FIXTURES = 'test/fixtures/hostile';
const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;
const MINIMAL = 'version: 2\ntitle: Hostile brief\nevent:\n  date: 2025-06-02\n  venue: Çırağan Palace\n  city: Istanbul\n';

let work: string;
beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/ is missing: run `npm run build` (npm test does it)');
  work = mkdtempSync(join(tmpdir(), 'briefdeck-hostile-'));
  writeFileSync(join(work, 'too-large.yaml'), `${MINIMAL}notes:\n  cover: "${'x'.repeat(6 * 1024 * 1024)}"\n`);
  writeFileSync(join(work, 'long-string.yaml'), `${MINIMAL}subtitle: "${'word '.repeat(200_000)}"\n`);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function briefdeck(...args: string[]) {
  return runCli(args);
}

describe('hostile data files', () => {
  it('has a row for every fixture in test/fixtures/hostile', () => {
    const listed = HOSTILE.map(([file]) => file);
    for (const file of readdirSync(FIXTURES)) expect(listed).toContain(file);
  });

  it.concurrent.each(HOSTILE)('%s fails with %s at %s, no stack, no output file', async (file, rule, location) => {
    const path = existsSync(join(FIXTURES, file)) ? join(FIXTURES, file) : join(work, file);
    const out = join(work, `${file}.pptx`);
    const result = await briefdeck('build', path, '--strict', '-o', out);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toContain(`[${rule}]`);
    // The diagnostic of that rule names the file (and the line and column where there is one).
    const headline = result.stderr.split('\n').find((line) => line.includes(`[${rule}]`)) ?? '';
    expect(headline).toContain(location);
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(result.stderr).not.toContain('internal error');
    expect(result.stderr.length).toBeLessThan(20_000); // a huge value is never echoed whole
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(work).filter((name) => name.startsWith(`.${file}`))).toEqual([]);
  });

  it.concurrent.each(HOSTILE.filter(([file]) => existsSync(join(FIXTURES, file))))('validate --format json reports %s as %s', async (file, rule) => {
    const result = await briefdeck('validate', join(FIXTURES, file), '--strict', '--format', 'json');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { valid: boolean; diagnostics: Array<{ rule: string; file?: string }> };
    expect(report.valid).toBe(false);
    expect(report.diagnostics.map((d) => d.rule)).toContain(rule);
  });
});

import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { reportFailure } from '../../src/cli/report.js';
import { BriefInputError, PackageCheckError, UsageError } from '../../src/diagnostics/errors.js';
import { runCli } from '../support/run-cli.js';

const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;
const UNUSED_SOURCE = 'version: 2\ntitle: T\nmarking: M\nevent:\n  date: 2025-06-02\n  city: C\nsources:\n  - id: s1\n    title: Never cited\n';

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'briefdeck-exit-'));
  writeFileSync(join(work, 'warning.yaml'), UNUSED_SOURCE);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function briefdeck(...args: string[]) {
  return runCli(args);
}

describe('reportFailure', () => {
  let written = '';
  beforeAll(() => {
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written += String(chunk);
      return true;
    });
  });
  afterEach(() => {
    written = '';
  });
  afterAll(() => vi.restoreAllMocks());

  it('maps invalid input to 1 with its diagnostics and no stack', () => {
    const error = new BriefInputError('bad', [{ severity: 'error', rule: 'unknown-party', message: '`x` is not a party', file: 'b.yaml', line: 3, column: 5 }]);
    expect(reportFailure(error, true)).toBe(1);
    expect(written).toContain('b.yaml:3:5: error: `x` is not a party [unknown-party]');
    expect(written).not.toMatch(STACK_LINE);
  });

  it('maps a usage error to 2', () => {
    expect(reportFailure(new UsageError('no such command'), false)).toBe(2);
    expect(written).toContain('briefdeck: no such command');
  });

  it('maps anything else to 3, says it is a bug, and shows the stack only with --debug', () => {
    expect(reportFailure(new TypeError('x is undefined'), false)).toBe(3);
    expect(written).toContain('this is a bug');
    expect(written).toContain('TypeError: x is undefined');
    expect(written).not.toMatch(STACK_LINE);
    written = '';
    expect(reportFailure(new PackageCheckError(['ppt/slides/slide1.xml is not well-formed']), true)).toBe(3);
    expect(written).toContain('this is a bug');
    expect(written).toMatch(STACK_LINE);
  });
});

describe('exit codes of the command line', () => {
  it.each([
    [['build'], 'Not enough non-option arguments'],
    [['validate'], 'Not enough non-option arguments'],
    [['batch'], 'Not enough non-option arguments'],
    [['batch', 'a.yaml'], 'Missing required argument: out-dir'],
    [['build', 'a.yaml', '--nope'], 'Unknown argument: nope'],
  ])('a usage mistake (%j) is one message and exit 2, and no command runs', async (args, message) => {
    const result = await briefdeck(...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    // One complaint, not one per check yargs ran, and never the command running with missing arguments.
    expect(result.stderr.match(/^briefdeck: /gm)).toHaveLength(1);
    expect(result.stderr).not.toContain('internal error');
    expect(result.stdout).toBe('');
  });

  it('0 for a warning without --strict, 1 with it (build and validate), each warning printed once', async () => {
    const data = join(work, 'warning.yaml');
    const built = await briefdeck('build', data, '-o', join(work, 'ok.pptx'));
    expect(built.code).toBe(0);
    expect(built.stderr).toContain('[unused-source]');
    const strict = await briefdeck('build', data, '--strict', '-o', join(work, 'strict.pptx'));
    expect(strict.code).toBe(1);
    expect(strict.stderr.match(/\[unused-source\]/g)).toHaveLength(1);
    expect(strict.stderr).toContain('warnings are errors under --strict');
    expect(existsSync(join(work, 'strict.pptx'))).toBe(false);
    expect((await briefdeck('validate', data)).code).toBe(0);
    const validated = await briefdeck('validate', data, '--strict', '--format', 'json');
    expect(validated.code).toBe(1);
    expect(JSON.parse(validated.stdout)).toMatchObject({ valid: false, diagnostics: [{ rule: 'unused-source', severity: 'warning', line: 8 }] });
  });

  it('2 for an --out that is not a .pptx, before anything is built or written', async () => {
    for (const [out, said] of [['brief.pdf', 'brief.pptx (add --pdf for a PDF beside the deck)'], ['notes.txt', 'notes.pptx'], ['brief', 'brief.pptx']] as const) {
      const result = await briefdeck('build', join(work, 'warning.yaml'), '-o', join(work, out));
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(said);
      expect(existsSync(join(work, out))).toBe(false);
    }
  });

  it('1, not an internal error, when the output path cannot be written; the folder is left alone', async () => {
    const folder = join(work, 'taken.pptx');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'keep.txt'), 'kept');
    const result = await briefdeck('build', join(work, 'warning.yaml'), '-o', folder);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('[output-not-writable]');
    expect(result.stderr).toContain('it is a folder');
    expect(result.stderr).not.toContain('internal error');
    expect(readFileSync(join(folder, 'keep.txt'), 'utf8')).toBe('kept');
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanDeck, edited } from '../check/decks.js';
import { runCli } from '../support/run-cli.js';

let dir: string;
let clean: string;
let faulty: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'briefdeck-check-cli-'));
  const deck = cleanDeck();
  clean = join(dir, 'clean.pptx');
  writeFileSync(clean, deck);
  faulty = join(dir, 'faulty.pptx');
  writeFileSync(faulty, edited(deck, { 'ppt/slides/slide3.xml': (t) => t.replace('firstRow="1"', '') }));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('briefdeck check', () => {
  it('exits 0 on a clean deck and says so', async () => {
    const result = await runCli(['check', clean]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(`${clean}: no accessibility problems found\n`);
  });

  it('prints findings like validate, with slide, shape, rule and the PowerPoint fix, and exits 1', async () => {
    const result = await runCli(['check', faulty, clean]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${faulty}: error: slide 3, "Content Placeholder 5" (id 6): the table does not flag a header row [table-header]`);
    expect(result.stderr).toContain('hint: select the table → Table Design → tick "Header Row"');
    expect(result.stderr).toMatch(/1 error\n$/);
  });

  it('writes one JSON document with --format json', async () => {
    const result = await runCli(['check', '--format', 'json', faulty, clean]);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { clean: boolean; decks: { deck: string; findings: { rule: string; slide: number; shapeId: string }[] }[] };
    expect(report.clean).toBe(false);
    expect(report.decks.map((d) => d.findings.map((f) => `${f.rule}@${f.slide}#${f.shapeId}`))).toEqual([['table-header@3#6'], []]);
  });

  it('reports a missing or unreadable file clearly, without a stack trace', async () => {
    const junk = join(dir, 'junk.pptx');
    writeFileSync(junk, 'not a zip');
    const result = await runCli(['check', join(dir, 'missing.pptx'), junk]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('missing.pptx: error: the file does not exist [unreadable]');
    expect(result.stderr).toContain('junk.pptx: error: the file could not be audited: it is not a zip package');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('is a usage error (exit 2) without decks or for a file that is not a .pptx', async () => {
    expect((await runCli(['check'])).code).toBe(2);
    const wrong = await runCli(['check', join(dir, 'brief.yaml')]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('is not one');
  });
});

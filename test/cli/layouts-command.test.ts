import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { houseTemplates, type HouseTemplates } from '../support/house-templates.js';
import { CLI, runCli } from '../support/run-cli.js';

let templates: HouseTemplates;
const scratch = mkdtempSync(join(tmpdir(), 'briefdeck-layouts-'));
beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error('dist/ is missing: run `npm run build` (npm test does it)');
  templates = await houseTemplates();
}, 300_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const STACK_LINE = /^\s+at .+\(.+:\d+:\d+\)$/m;

describe('briefdeck layouts', () => {
  it('lists pandoc\'s layouts with their placeholders in cm and in, and the mapping', async () => {
    const result = await runCli(['layouts', templates.pandoc]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${templates.pandoc}: slides 25.40 × 14.29 cm (10.00 × 5.63 in), 1 slide master, 11 layouts`);
    expect(result.stdout).toContain('theme "Office Theme": headings Calibri, body Calibri');
    expect(result.stdout).toContain('  1. "Title Slide" (slideLayout1.xml), background #FFFFFF  ← briefdeck cover');
    expect(result.stdout).toContain('ctrTitle idx 0   at 1.91, 4.44 cm, 21.59 × 3.06 cm (0.75, 1.75 in, 8.50 × 1.21 in)  Calibri 33 pt');
    expect(result.stdout).toContain('obj      idx 1   at 1.27, 3.33 cm, 22.86 × 9.43 cm (0.50, 1.31 in, 9.00 × 3.71 in)  Calibri 24 pt');
    expect(result.stdout).toContain('Calibri 24 pt, vertical text');
    expect(result.stdout).toMatch(/Layouts briefdeck uses:\n {2}cover {8}→ "Title Slide" \(has the placeholders it needs\)\n {2}section {6}→ "Section Header"/);
    expect(result.stdout).not.toContain('warning:');
  }, 60_000);

  it('warns for every role a LibreOffice template cannot fill well', async () => {
    const result = await runCli(['layouts', templates.libreoffice.Portfolio]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('section      → "Title Slide" of slide master 1 (nearest match)');
    expect(result.stdout).toMatch(/\nwarning: section slides use the layout "Title Slide": there is no section header layout/);
    expect(result.stdout).toContain('background #000000');
    expect(result.stdout).toContain('(no master text styles, as LibreOffice writes them: fonts and sizes below come from the placeholders\' prompt text)');
  }, 60_000);

  it('prints the same as JSON', async () => {
    const result = await runCli(['layouts', templates.pandoc43, '--format', 'json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ valid: true, diagnostics: [], slideSize: { width: 10, height: 7.5, widthCm: 25.4, heightCm: 19.05 } });
    expect(report.masters[0].layouts[1]).toMatchObject({ name: 'Title and Content', type: 'obj' });
    expect(report.masters[0].layouts[1].placeholders[1]).toMatchObject({ type: 'obj', idx: 1, font: 'Calibri', sizePt: 24, box: { x: 0.5, w: 9 }, boxCm: { x: 1.27, w: 22.86 } });
    expect(report.mapping['two-content']).toEqual({ layout: 'Two Content', part: 'ppt/slideLayouts/slideLayout4.xml', master: 'ppt/slideMasters/slideMaster1.xml', match: 'exact' });
  }, 60_000);

  it('exits 1 with a located message and no stack trace for a bad template', async () => {
    const bad = join(scratch, 'house.potx');
    writeFileSync(bad, 'not a template');
    const result = await runCli(['layouts', bad]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`${bad}: error: ${bad} is not a PowerPoint file`);
    expect(result.stderr).toContain('[template-not-zip]');
    expect(result.stderr).not.toMatch(STACK_LINE);
    const json = await runCli(['layouts', join(scratch, 'missing.potx'), '--format', 'json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ valid: false, diagnostics: [{ rule: 'file-not-found' }] });
  }, 60_000);
});

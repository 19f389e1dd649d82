import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMeasurer } from '../../src/fit/measurer.js';
import { loadFontFiles } from '../../src/io/load-font-files.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefdeck-fonts-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('loadFontFiles', () => {
  it('returns nothing, without loading fontkit, for an empty list', async () => {
    expect(await loadFontFiles([], dir)).toEqual({ value: [], diagnostics: [] });
  });

  it('reads the faces of the files a template set lists, for the measurer', async () => {
    await copyFile('/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf', join(dir, 'serif.ttf'));
    await copyFile('/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf', join(dir, 'serif-bold.ttf'));
    const { value, diagnostics } = await loadFontFiles(['serif.ttf', 'serif-bold.ttf'], dir);
    expect(diagnostics).toEqual([]);
    expect(value?.map((f) => `${f.family} ${f.style}`)).toEqual(['DejaVu Serif regular', 'DejaVu Serif bold']);
    const measurer = createMeasurer({ fontFiles: value ?? [] });
    expect(measurer.knowsFace('DejaVu Serif')).toBe(true);
    const font = { face: 'DejaVu Serif', sizePt: 20 };
    expect(measurer.width('Briefing', { ...font, bold: true })).toBeGreaterThan(measurer.width('Briefing', font));
  });

  it('reports each bad entry as a located error naming the file, and returns no faces', async () => {
    await writeFile(join(dir, 'broken.ttf'), 'not a font at all');
    await writeFile(join(dir, 'notes.txt'), 'x');
    const { value, diagnostics } = await loadFontFiles(['missing.ttf', '../outside.ttf', 'notes.txt', 'broken.ttf'], dir, 'theme.json');
    expect(value).toBeUndefined();
    expect(diagnostics.map((d) => [d.severity, d.rule, d.file, d.dataPath])).toEqual([
      ['error', 'font-file', 'theme.json', 'fonts[0]'],
      ['error', 'font-file', 'theme.json', 'fonts[1]'],
      ['error', 'font-file', 'theme.json', 'fonts[2]'],
      ['error', 'font-file', 'theme.json', 'fonts[3]'],
    ]);
    expect(diagnostics.map((d) => d.message)).toEqual([
      'font file "missing.ttf" cannot be read (ENOENT)',
      'font file "../outside.ttf" is outside the template set\'s folder',
      'font file "notes.txt" is not a TrueType or OpenType font',
      expect.stringMatching(/^broken\.ttf is not a font file briefdeck can read/),
    ]);
  });
});

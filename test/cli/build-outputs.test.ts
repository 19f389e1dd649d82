import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeckManifest } from '../../src/manifest/deck-manifest.js';
import { CLI, runCli } from '../support/run-cli.js';

let root: string;

function briefdeck(args: string[], env: NodeJS.ProcessEnv = process.env) {
  return runCli(args, { env });
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error('dist/ is missing: run `npm run build` (npm test does it)');
  root = await mkdtemp(join(tmpdir(), 'briefdeck-outputs-'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('briefdeck build --pdf --png --manifest', () => {
  it('writes the deck, a PDF with a page per slide, slide PNGs, a contact sheet and a manifest whose hashes match', async () => {
    const out = join(root, 'report', 'istanbul.pptx');
    const manifestPath = join(root, 'istanbul.json');
    const result = await briefdeck(['build', 'data/istanbul-2025-06-02.yaml', '-o', out, '--pdf', '--png', '--manifest', manifestPath]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/wrote .*istanbul\.pdf, \d+ slide PNGs .* and .*istanbul-contact\.png in \d+ ms/);

    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as DeckManifest;
    const slides = manifest.slides.length;
    expect(slides).toBeGreaterThanOrEqual(9);
    expect(Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(root, 'report', 'istanbul.pdf')], { encoding: 'utf8' }))?.[1])).toBe(slides);

    // Every file is listed relative to the manifest, with its real size and sha256.
    const listed = manifest.outputs.map((o) => o.path);
    const pngNames = Array.from({ length: slides }, (_, i) => `report/istanbul-${String(i + 1).padStart(2, '0')}.png`);
    expect(listed).toEqual(['report/istanbul.pptx', 'report/istanbul.pdf', ...pngNames, 'report/istanbul-contact.png']);
    for (const output of manifest.outputs) {
      const bytes = await readFile(join(root, output.path!));
      expect({ path: output.path, sha256: sha256(bytes), bytes: bytes.length }).toEqual({ path: output.path, sha256: output.sha256, bytes: output.bytes });
    }
    expect(manifest.outputs.filter((o) => o.kind === 'png').map((o) => o.slide)).toEqual(manifest.slides.map((s) => s.number));
    expect((await readdir(join(root, 'report'))).sort()).toEqual(listed.map((p) => p!.replace('report/', '')).sort());

    // 96 dpi slides; the contact sheet holds them all as 400 px thumbnails, four to a row.
    const slide = PNG.sync.read(await readFile(join(root, 'report', 'istanbul-01.png')));
    expect([slide.width, slide.height]).toEqual([1280, 720]);
    const sheet = PNG.sync.read(await readFile(join(root, 'report', 'istanbul-contact.png')));
    expect(sheet.width).toBe(16 + 4 * 416);
    expect(sheet.height).toBe(16 + Math.ceil(slides / 4) * (225 + 16));

    expect(manifest.slides[0]).toMatchObject({ number: 1, layout: 'title' });
    expect(manifest.sources.map((s) => s.number)).toEqual(manifest.sources.map((_, i) => i + 1));
    expect(manifest.diagnostics).toEqual([]);
  });

  it('without LibreOffice says which package to install, exits 1 and still writes the deck and the manifest', async () => {
    const out = join(root, 'no-office', 'brief.pptx');
    const manifestPath = join(root, 'no-office', 'brief.json');
    const result = await briefdeck(['build', 'data/istanbul-2025-06-02.yaml', '-o', out, '--pdf', '--manifest', manifestPath], { ...process.env, PATH: join(root, 'empty-path') });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/LibreOffice is needed to write PDF output/);
    expect(result.stderr).toContain('libreoffice-impress');
    expect(result.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as DeckManifest;
    expect(manifest.outputs.map((o) => o.path)).toEqual(['brief.pptx']);
    expect(manifest.outputs[0]!.sha256).toBe(sha256(await readFile(out)));
    expect(manifest.diagnostics.map((d) => d.rule)).toEqual(['libreoffice-missing']);
    expect((await readdir(join(root, 'no-office'))).sort()).toEqual(['brief.json', 'brief.pptx']);
  });

  it('refuses a --dpi that pdftoppm could not use before building anything', async () => {
    const out = join(root, 'bad-dpi', 'brief.pptx');
    const result = await briefdeck(['build', 'data/istanbul-2025-06-02.yaml', '-o', out, '--png', '--dpi', '0']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--dpi must be a number from 10 to 1200');
    expect(existsSync(out)).toBe(false);
  });
});

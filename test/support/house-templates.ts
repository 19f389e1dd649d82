/**
 * House templates for tests (issue #11): pandoc's default reference document (made by PowerPoint,
 * 16:9), four of LibreOffice's bundled Impress templates converted to .pptx in ONE soffice call
 * (start-up is most of its cost), and a 4:3 template scaled from pandoc's. Made once per test run,
 * on first demand, into the folder test/support/house-templates-setup.ts made; test files running
 * in parallel wait for the first one's conversion instead of repeating it.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { HOUSE_TEMPLATES_DIR_VARIABLE } from './house-templates-setup.js';
import { scaleTemplate } from './scale-template.js';

const run = promisify(execFile);

/**
 * LibreOffice templates used: Focus (four slide masters), Vivid, Portfolio (black background) and
 * Blueprint_Plans (a picture background).
 */
export const LIBREOFFICE_TEMPLATES = ['Focus', 'Vivid', 'Portfolio', 'Blueprint_Plans'] as const;

/** Paths of the converted templates. */
export interface HouseTemplates {
  /** pandoc's reference.pptx. */
  pandoc: string;
  /** pandoc's reference scaled to 4:3 (10 × 7.5 in). */
  pandoc43: string;
  libreoffice: Record<(typeof LIBREOFFICE_TEMPLATES)[number], string>;
}

let cached: Promise<HouseTemplates> | undefined;

/** The test templates, converted on first call in this run. */
export function houseTemplates(): Promise<HouseTemplates> {
  cached ??= prepare();
  return cached;
}

async function prepare(): Promise<HouseTemplates> {
  const dir = process.env[HOUSE_TEMPLATES_DIR_VARIABLE] ?? mkdtempSync(join(tmpdir(), 'briefdeck-house-templates-'));
  const result: HouseTemplates = {
    pandoc: join(dir, 'pandoc-reference.pptx'),
    pandoc43: join(dir, 'pandoc-reference-4x3.pptx'),
    libreoffice: Object.fromEntries(LIBREOFFICE_TEMPLATES.map((name) => [name, join(dir, `${name}.pptx`)])) as HouseTemplates['libreoffice'],
  };
  const ready = join(dir, 'ready');
  const lock = join(dir, 'lock');
  for (;;) {
    if (existsSync(ready)) return result;
    try {
      mkdirSync(lock);
    } catch {
      // Another test file is converting: wait for it (no deadline: a loaded machine is slow, not stuck).
      await new Promise((done) => setTimeout(done, 200));
      continue;
    }
    try {
      await convert(dir, result);
      writeFileSync(ready, '');
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}

async function convert(dir: string, out: HouseTemplates): Promise<void> {
  await run('pandoc', ['-o', out.pandoc, '--print-default-data-file', 'reference.pptx']);
  // 16:9 (10 × 5.625 in) → 4:3 (10 × 7.5 in).
  writeFileSync(out.pandoc43, scaleTemplate(readFileSync(out.pandoc), 1, 7.5 / 5.625));
  const presnt = join(dirname(realpathSync(await which('soffice'))), '..', 'share', 'template', 'common', 'presnt');
  const profile = mkdtempSync(join(tmpdir(), `lo-profile-${process.pid}-`));
  try {
    await run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pptx', '--outdir', dir, ...LIBREOFFICE_TEMPLATES.map((name) => join(presnt, `${name}.otp`))], {
      timeout: 300_000,
      maxBuffer: 16 * 1024 * 1024,
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  for (const path of Object.values(out.libreoffice)) if (!existsSync(path)) throw new Error(`LibreOffice did not convert ${path}`);
}

async function which(program: string): Promise<string> {
  const { stdout } = await run('sh', ['-c', `command -v ${program}`]);
  return stdout.trim();
}

import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The LibreOffice binary on PATH, or undefined: decks cannot be rendered on this machine. */
export async function findSoffice(): Promise<string | undefined> {
  for (const name of ['soffice', 'libreoffice']) {
    try {
      await run(name, ['--version'], { timeout: 120_000 });
      return name;
    } catch {
      // Not installed under this name; try the next.
    }
  }
  return undefined;
}

/** Whether poppler's `pdftotext` is on PATH (CI installs it with LibreOffice). */
export async function hasPdftotext(): Promise<boolean> {
  try {
    await run('pdftotext', ['-v']);
    return true;
  } catch {
    return false;
  }
}

/**
 * Converts every deck to PDF in ONE LibreOffice call: start-up is almost all of its cost (DESIGN §7).
 * A private profile keeps the call independent of a user's LibreOffice and of parallel test runs,
 * and is removed afterwards. Returns the PDF path of each deck, in order; decks need distinct names.
 */
export async function convertToPdf(soffice: string, decks: readonly string[], outDir: string): Promise<string[]> {
  const pdfOf = (deck: string): string => join(outDir, basename(deck).replace(/\.pptx$/, '.pdf'));
  for (const pdf of decks.map(pdfOf)) rmSync(pdf, { force: true });
  // Now and then soffice exits without converting every file (seen once in a few dozen calls on a
  // busy machine); converting what is missing once more is cheaper than a flaky test.
  for (let attempt = 0; attempt < 2; attempt++) {
    const missing = decks.filter((deck) => !existsSync(pdfOf(deck)));
    if (missing.length === 0) break;
    const profile = mkdtempSync(join(tmpdir(), `lo-profile-${process.pid}-`));
    try {
      await run(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...missing], {
        // Six decks, about 1,100 pages: a minute and a half on an idle 2-core machine, several on a busy one.
        timeout: 480_000,
        maxBuffer: 16 * 1024 * 1024,
      });
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  }
  const failed = decks.filter((deck) => !existsSync(pdfOf(deck)));
  if (failed.length > 0) throw new Error(`LibreOffice did not convert ${failed.join(', ')}`);
  return decks.map(pdfOf);
}

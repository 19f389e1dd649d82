import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfCatalog } from '../support/pdf-outline.js';
import { runCli } from '../support/run-cli.js';
import { testFolder } from '../support/test-folder.js';
import { findSoffice } from '../render-check/soffice.js';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const soffice = await findSoffice();

describe('briefdeck build --pdf on the reference brief (issue #12)', () => {
  it.skipIf(!soffice)('writes a tagged PDF with the title and one bookmark per slide, named by the slide titles', async () => {
    const out = join(testFolder(), 'reference.pptx');
    const result = await runCli(['build', 'data/istanbul-2025-06-02.yaml', '-o', out, '--pdf', '-q']);
    expect(result.code, result.stderr).toBe(0);
    const pdf = out.replace(/\.pptx$/, '.pdf');
    const { stdout } = await promisify(execFile)('pdfinfo', [pdf]);
    expect(stdout).toMatch(/Tagged:\s+yes/);
    expect(stdout).toMatch(/Title:\s+Russia–Ukraine talks in Istanbul, second round/);
    const pages = Number(/Pages:\s+(\d+)/.exec(stdout)?.[1]);
    const { bookmarks } = pdfCatalog(await readFile(pdf));
    expect(bookmarks).toHaveLength(pages);
    expect(bookmarks[0]).toBe('Russia–Ukraine talks in Istanbul, second round');
    expect(bookmarks).toContain('Bottom line up front');
  });
});

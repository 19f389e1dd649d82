import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTemplateFile } from '../../src/io/read-template-file.js';
import { houseTemplates, type HouseTemplates } from '../support/house-templates.js';

let templates: HouseTemplates;
const scratch = mkdtempSync(join(tmpdir(), 'briefdeck-template-file-'));
beforeAll(async () => {
  templates = await houseTemplates();
}, 300_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('readTemplateFile', () => {
  it('reads a template file into the model, named as the user gave it', () => {
    const result = readTemplateFile(templates.pandoc);
    expect(result.diagnostics).toEqual([]);
    expect(result.value!.source).toBe(templates.pandoc);
  });

  it('reports a missing file, a folder and a file over the limit without reading it', () => {
    expect(readTemplateFile(join(scratch, 'none.potx')).diagnostics[0]).toMatchObject({ rule: 'file-not-found', file: join(scratch, 'none.potx') });
    expect(readTemplateFile(scratch).diagnostics[0]).toMatchObject({ rule: 'file-unreadable', message: `${scratch} is a directory, not a .pptx or .potx template` });
    const big = join(scratch, 'big.potx');
    writeFileSync(big, new Uint8Array(2048));
    expect(readTemplateFile(big, { maxBytes: 1024 })).toEqual({ value: undefined, diagnostics: [expect.objectContaining({ rule: 'file-too-large', expected: 'at most 1024 bytes', found: '2048 bytes' })] });
  });

  it('passes the template\'s own problems through', () => {
    const text = join(scratch, 'notes.potx');
    writeFileSync(text, 'not a template');
    expect(readTemplateFile(text).diagnostics[0]).toMatchObject({ rule: 'template-not-zip', file: text });
  });
});

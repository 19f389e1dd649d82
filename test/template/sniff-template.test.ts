import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { sniffTemplate } from '../../src/template/sniff-template.js';
import { compoundFile } from '../support/compound-file.js';


describe('sniffTemplate', () => {
  it('knows a zip, an encrypted OOXML file, a .ppt and anything else', () => {
    expect(sniffTemplate(zipSync({ 'a.txt': new Uint8Array([1]) }))).toBe('zip');
    expect(sniffTemplate(zipSync({}))).toBe('zip');
    expect(sniffTemplate(compoundFile('EncryptionInfo'))).toBe('encrypted');
    expect(sniffTemplate(compoundFile('PowerPoint Document'))).toBe('legacy-ppt');
    expect(sniffTemplate(compoundFile('WordDocument'))).toBe('compound-file');
    expect(sniffTemplate(new TextEncoder().encode('%PDF-1.7'))).toBe('other');
    expect(sniffTemplate(new Uint8Array())).toBe('other');
  });
});

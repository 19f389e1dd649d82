import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { sniffTemplate } from '../../src/template/sniff-template.js';

function compoundFile(streamName: string): Uint8Array {
  const bytes = new Uint8Array(2048);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  for (let i = 0; i < streamName.length; i += 1) bytes[1024 + i * 2] = streamName.charCodeAt(i);
  return bytes;
}

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

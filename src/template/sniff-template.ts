/**
 * Tells from a file's first bytes what it is before unzipping: a zip (`PK\x03\x04`, or an empty
 * zip's `PK\x05\x06`), or an OLE compound file (`D0 CF 11 E0 A1 B1 1A E1`, [MS-CFB] §2.2), which
 * is either a password-protected OOXML file ([MS-OFFCRYPTO] §2.3.4: an `EncryptionInfo` stream)
 * or a PowerPoint 97–2003 .ppt (a `PowerPoint Document` stream).
 */

/** What the bytes look like. */
export type TemplateSniff = 'zip' | 'encrypted' | 'legacy-ppt' | 'compound-file' | 'other';

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Sniffs the container format. Directory entry names in a compound file are UTF-16LE. */
export function sniffTemplate(bytes: Uint8Array): TemplateSniff {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05) && (bytes[3] === 0x04 || bytes[3] === 0x06)) return 'zip';
  if (CFB.every((b, i) => bytes[i] === b)) {
    if (containsUtf16(bytes, 'EncryptionInfo')) return 'encrypted';
    if (containsUtf16(bytes, 'PowerPoint Document')) return 'legacy-ppt';
    return 'compound-file';
  }
  return 'other';
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i += 1) needle[i * 2] = text.charCodeAt(i);
  outer: for (let i = 0; i + needle.length <= bytes.length; i += 1) {
    for (let j = 0; j < needle.length; j += 1) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

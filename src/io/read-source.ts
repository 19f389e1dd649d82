/**
 * The read stage: the only place the data stages touch the file system. It turns a path into
 * clean text (UTF-8 checked, BOM removed, LF line ends) so every later stage is pure and every
 * line:column it reports matches what the user's editor shows.
 */
import type { StageResult } from '../diagnostics/diagnostic.js';
import { readBoundedFile } from './read-bounded-file.js';

/** A data file's path (as the user named it) and its decoded text. */
export interface SourceFile {
  path: string;
  text: string;
}

/** Options for {@link readSourceFile}. */
export interface ReadSourceOptions {
  /** Largest file accepted, in bytes (default 5 MB): a brief is small; anything bigger is a mistake. */
  maxBytes?: number;
}

/** Default size limit: 5 MB. */
export const DEFAULT_MAX_SOURCE_BYTES = 5 * 1024 * 1024;

/**
 * Reads a data file. Never throws for user mistakes: a missing, unreadable, oversized or
 * non-UTF-8 file comes back as a diagnostic (`file-not-found`, `file-unreadable`,
 * `file-too-large`, `invalid-utf8`) with no value.
 */
export async function readSourceFile(
  path: string,
  options: ReadSourceOptions = {},
): Promise<StageResult<SourceFile>> {
  const bytes = readBoundedFile(path, options.maxBytes ?? DEFAULT_MAX_SOURCE_BYTES, 'a data file');
  if (bytes.value === undefined) return { value: undefined, diagnostics: bytes.diagnostics };
  return decodeSource(path, bytes.value);
}

/**
 * Decodes file bytes into a SourceFile: strips a UTF-8 BOM, rejects invalid UTF-8 with the
 * line:column of the first bad byte, and turns CRLF and lone CR into LF. Pure; exported so
 * callers holding bytes (tests, stdin) share the same rules.
 */
export function decodeSource(path: string, bytes: Uint8Array): StageResult<SourceFile> {
  const body = hasUtf8Bom(bytes) ? bytes.subarray(3) : bytes;
  let text: string;
  try {
    // ignoreBOM: true because the BOM was stripped above; a second one is content.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    const offset = firstInvalidUtf8Offset(body);
    const valid = new TextDecoder('utf-8').decode(body.subarray(0, offset)).replace(/\r\n?/g, '\n');
    const lineStart = valid.lastIndexOf('\n') + 1;
    const line = countLines(valid);
    const column = valid.length - lineStart + 1;
    const byteOffset = offset + (body === bytes ? 0 : 3);
    const looksUtf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    return {
      value: undefined,
      diagnostics: [
        {
          severity: 'error',
          rule: 'invalid-utf8',
          message: `${path} is not valid UTF-8: byte 0x${(body[offset] ?? 0).toString(16).padStart(2, '0')} at offset ${byteOffset} (line ${line}, column ${column})`,
          file: path,
          line,
          column,
          expected: 'UTF-8 text',
          found: `byte 0x${(body[offset] ?? 0).toString(16).padStart(2, '0')}`,
          hint: looksUtf16
            ? 'the file looks UTF-16 encoded; save it as UTF-8'
            : 'save the file as UTF-8 (it may be Latin-1 or Windows-1252)',
        },
      ],
    };
  }
  return { value: { path, text: text.replace(/\r\n?/g, '\n') }, diagnostics: [] };
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/**
 * Offset of the first byte that does not start or continue a well-formed UTF-8 sequence
 * (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF). TextDecoder only says
 * "invalid", so this finds where.
 */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0; // overlong
      if (b === 0xed) hi = 0x9f; // surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90; // overlong
      if (b === 0xf4) hi = 0x8f; // above U+10FFFF
    } else return i;
    for (let k = 1; k <= need; k += 1) {
      const c = bytes[i + k];
      const min = k === 1 ? lo : 0x80;
      const max = k === 1 ? hi : 0xbf;
      if (c === undefined || c < min || c > max) return i; // the sequence starting here is broken
    }
    i += need + 1;
  }
  return bytes.length;
}

function countLines(text: string): number {
  let lines = 1;
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) === 10) lines += 1;
  return lines;
}

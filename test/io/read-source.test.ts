import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { firstInvalidUtf8Offset, readSourceFile } from '../../src/io/read-source.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'briefdeck-read-'));
});
const write = (name: string, bytes: Uint8Array | string): string => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

describe('readSourceFile', () => {
  it('reads UTF-8 text unchanged', async () => {
    const path = write('plain.yaml', 'venue: Çırağan Palace\n');
    expect(await readSourceFile(path)).toEqual({ value: { path, text: 'venue: Çırağan Palace\n' }, diagnostics: [] });
  });

  it('strips a UTF-8 BOM and turns CRLF and lone CR into LF', async () => {
    const path = write('bom.yaml', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('a: 1\r\nb: 2\rc: 3\r\n')]));
    expect((await readSourceFile(path)).value!.text).toBe('a: 1\nb: 2\nc: 3\n');
  });

  it('reports a missing file as a diagnostic, not a throw', async () => {
    const path = join(dir, 'nope.yaml');
    const result = await readSourceFile(path);
    expect(result.value).toBeUndefined();
    expect(result.diagnostics).toEqual([expect.objectContaining({ severity: 'error', rule: 'file-not-found', file: path })]);
  });

  it('refuses a file over the size limit', async () => {
    const path = write('big.yaml', 'x'.repeat(2000));
    const result = await readSourceFile(path, { maxBytes: 1000 });
    expect(result.value).toBeUndefined();
    expect(result.diagnostics[0]).toMatchObject({ rule: 'file-too-large', found: '2000 bytes' });
  });

  it('reports a directory as unreadable', async () => {
    expect((await readSourceFile(dir)).diagnostics[0]!.rule).toBe('file-unreadable');
  });

  it('rejects invalid UTF-8 naming the line and column of the bad byte', async () => {
    // "é" in Latin-1 (0xE9) on line 2, after "b: caf".
    const path = write('latin1.yaml', Buffer.concat([Buffer.from('a: 1\r\nb: caf'), Buffer.from([0xe9]), Buffer.from('\n')]));
    const result = await readSourceFile(path);
    expect(result.value).toBeUndefined();
    expect(result.diagnostics[0]).toMatchObject({ rule: 'invalid-utf8', line: 2, column: 7, found: 'byte 0xe9' });
    expect(result.diagnostics[0]!.message).toContain('offset 12');
  });

  it('counts columns in characters after multi-byte text and a BOM', async () => {
    const path = write('after-bom.yaml', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('ç: '), Buffer.from([0xff])]));
    expect((await readSourceFile(path)).diagnostics[0]).toMatchObject({ line: 1, column: 4 });
  });

  it('recognises UTF-16 and says so', async () => {
    const path = write('utf16.yaml', Buffer.from([0xff, 0xfe, 0x61, 0x00]));
    expect((await readSourceFile(path)).diagnostics[0]!.hint).toContain('UTF-16');
  });
});

describe('firstInvalidUtf8Offset', () => {
  it('agrees with TextDecoder on overlongs, surrogates and truncation', () => {
    const cases: Array<[number[], number]> = [
      [[0x61, 0x62], 2],
      [[0xc3, 0xa7], 2],
      [[0xc0, 0xaf], 0], // overlong "/"
      [[0xed, 0xa0, 0x80], 0], // UTF-16 surrogate
      [[0x61, 0xe2, 0x82], 1], // truncated €
      [[0xf4, 0x90, 0x80, 0x80], 0], // above U+10FFFF
      [[0xf0, 0x9f, 0x87, 0xba], 4], // 🇺
    ];
    for (const [bytes, offset] of cases) {
      const array = new Uint8Array(bytes);
      expect(firstInvalidUtf8Offset(array)).toBe(offset);
      const valid = (() => {
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(array);
          return true;
        } catch {
          return false;
        }
      })();
      expect(valid).toBe(offset === bytes.length);
    }
  });
});

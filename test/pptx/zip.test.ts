import { strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipDeterministic } from '../../src/pptx/zip.js';

/** Local file headers of a zip, in order: name, compression method and DOS date/time. */
function headers(zip: Uint8Array): Array<{ name: string; method: number; time: number; date: number }> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const out: Array<{ name: string; method: number; time: number; date: number }> = [];
  let at = 0;
  while (view.getUint32(at, true) === 0x04034b50) {
    const compressed = view.getUint32(at + 18, true);
    const nameLength = view.getUint16(at + 26, true);
    const extraLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(zip.subarray(at + 30, at + 30 + nameLength));
    out.push({ name, method: view.getUint16(at + 8, true), time: view.getUint16(at + 10, true), date: view.getUint16(at + 12, true) });
    at += 30 + nameLength + extraLength + compressed;
  }
  return out;
}

const parts = (): Record<string, Uint8Array> => ({
  'ppt/slides/slide1.xml': strToU8('<a/>'.repeat(100)),
  'docProps/core.xml': strToU8('<b/>'),
  'ppt/': new Uint8Array(),
  '_rels/.rels': strToU8('<c/>'),
  '[Content_Types].xml': strToU8('<d/>'),
});

describe('zipDeterministic', () => {
  it('puts content types first, then package rels, then parts by name, without folders', () => {
    expect(headers(zipDeterministic(parts())).map((header) => header.name)).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'docProps/core.xml',
      'ppt/slides/slide1.xml',
    ]);
  });

  it('deflates every entry and dates it 1980-01-01 00:00', () => {
    for (const header of headers(zipDeterministic(parts()))) {
      expect(header.method).toBe(8);
      expect(header.date).toBe((0 << 9) | (1 << 5) | 1);
      expect(header.time).toBe(0);
    }
  });

  it('gives the same bytes whatever the insertion order and the time zone', () => {
    const reversed = Object.fromEntries(Object.entries(parts()).reverse());
    const first = zipDeterministic(parts());
    const zone = process.env.TZ;
    process.env.TZ = 'Asia/Kathmandu';
    try {
      expect(zipDeterministic(reversed)).toEqual(first);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
    expect(new TextDecoder().decode(unzipSync(first)['docProps/core.xml'])).toBe('<b/>');
  });

  it('reuses a recurring part\'s deflated data only while its bytes are unchanged', () => {
    const recurring = () => true;
    const first = zipDeterministic(parts(), { recurring });
    expect(zipDeterministic(parts(), { recurring })).toEqual(first);
    expect(zipDeterministic(parts())).toEqual(first);
    // Same part name, other bytes (another template): the new bytes are zipped, not the kept ones.
    const changed = { ...parts(), 'ppt/slides/slide1.xml': strToU8('<z/>'.repeat(50)) };
    expect(unzipSync(zipDeterministic(changed, { recurring }))['ppt/slides/slide1.xml']).toEqual(strToU8('<z/>'.repeat(50)));
    expect(zipDeterministic(changed, { recurring })).toEqual(zipDeterministic(changed));
  });
});


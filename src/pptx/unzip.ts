import { inflateRawSync } from 'node:zlib';

/** A zip's entries: every name in directory order, and the data of the entries asked for. */
export interface UnzippedEntries {
  names: string[];
  data: Map<string, Uint8Array>;
}

/** One file entry of a zip as its central directory and local header describe it. */
export interface ZipEntryInfo {
  name: string;
  /** Compression method: 0 stored, 8 deflated. */
  method: number;
  crc: number;
  /** Uncompressed size. */
  size: number;
  /** The entry's stored (compressed) bytes, a view into the zip. */
  stored: Uint8Array;
}

/**
 * Walks a zip's central directory and each entry's local header without inflating anything:
 * signatures, the local header agreeing with the central one (name, CRC, sizes), stored data within
 * the archive, no encryption, method stored or deflate. Folder entries are left out. Handles what a
 * .pptx uses: no Zip64. Throws an Error naming the defect for anything else.
 */
export function listZipEntries(bytes: Uint8Array): ZipEntryInfo[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  // The end record is 22 bytes plus a comment of at most 65,535 bytes.
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at -= 1) {
    if (view.getUint32(at, true) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new Error('no end of central directory record');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const decoder = new TextDecoder();
  const entries: ZipEntryInfo[] = [];
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) throw new Error(`central directory entry ${i + 1} is damaged`);
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    const name = decoder.decode(nameBytes);
    at += 46 + skip;
    if (name.endsWith('/')) continue;
    if (flags & 1) throw new Error(`${name} is encrypted`);
    if (method !== 0 && method !== 8) throw new Error(`${name} uses compression method ${method}`);
    if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) throw new Error(`local header of ${name} is damaged`);
    const localNameLength = view.getUint16(local + 26, true);
    const start = local + 30 + localNameLength + view.getUint16(local + 28, true);
    const stored = bytes.subarray(start, start + compressedSize);
    if (stored.length !== compressedSize) throw new Error(`${name} is truncated`);
    // A local header that disagrees with the directory means a reader that streams the zip sees another package.
    const localFlags = view.getUint16(local + 6, true);
    const sizesDeferred = (localFlags & 0x08) !== 0; // sizes and CRC in a data descriptor after the data
    if (
      view.getUint16(local + 8, true) !== method ||
      localNameLength !== nameLength ||
      !sameBytes(bytes.subarray(local + 30, local + 30 + nameLength), nameBytes) ||
      (!sizesDeferred &&
        (view.getUint32(local + 14, true) !== crc || view.getUint32(local + 18, true) !== compressedSize || view.getUint32(local + 22, true) !== size))
    ) {
      throw new Error(`local header of ${name} disagrees with the central directory`);
    }
    entries.push({ name, method, crc, size, stored });
  }
  return entries;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Reads a zip through its central directory and inflates only the entries `wanted` accepts, with
 * `node:zlib` (native, several times faster than a JavaScript inflate in a cold process; the
 * self-check runs on every build). Handles what a .pptx uses: stored and deflated entries, no
 * Zip64, no encryption. Throws an Error naming the defect for anything else.
 */
export function unzipEntries(bytes: Uint8Array, wanted: (name: string) => boolean): UnzippedEntries {
  const names: string[] = [];
  const data = new Map<string, Uint8Array>();
  for (const entry of listZipEntries(bytes)) {
    names.push(entry.name);
    if (!wanted(entry.name)) continue;
    const content = entry.method === 0 ? entry.stored : inflateRawSync(entry.stored);
    if (content.length !== entry.size) throw new Error(`${entry.name} has the wrong size`);
    data.set(entry.name, content);
  }
  return { names, data };
}

import { statSync } from 'node:fs';

/**
 * What a path looks like now, in one string that changes when the file is edited, replaced,
 * created or deleted: kind, size, inode and modification time in nanoseconds (`missing` when
 * there is nothing there). For a folder the time changes when an entry is added, removed or renamed.
 *
 * Synchronous on purpose: a cache checks a dozen small files, and a `stat` call costs a few
 * microseconds, where a promise-based one costs a thread-pool round trip.
 */
export function fileFingerprint(path: string): string {
  try {
    const info = statSync(path, { bigint: true });
    return `${info.isDirectory() ? 'dir' : 'file'}:${info.size}:${info.ino}:${info.mtimeNs}`;
  } catch {
    return 'missing';
  }
}

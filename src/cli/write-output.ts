import { extname, relative } from 'node:path';
import { BriefInputError, UsageError } from '../diagnostics/errors.js';
import { writeFileAtomic } from '../io/write-atomic.js';

/** What an operating-system error code means for an output path, in words. */
const REASONS: Record<string, string> = {
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  ENAMETOOLONG: 'the name is too long',
  EBUSY: 'the file is in use',
};

/**
 * Checks `--out` before anything is built: the deck is a .pptx, and a file named otherwise (`-o
 * brief.pdf`, `-o notes.txt`, `-o brief`) would hold a PowerPoint package under the wrong name, which
 * the user's programs then refuse or mis-open. A usage error (exit 2) says what to write instead.
 */
export function checkDeckOutputName(out: string): void {
  const extension = extname(out);
  if (extension.toLowerCase() === '.pptx') return;
  const stem = extension === '' ? out : out.slice(0, -extension.length);
  const pdf = extension.toLowerCase() === '.pdf' ? ' (add --pdf for a PDF beside the deck)' : '';
  throw new UsageError(`--out names the .pptx deck to write, not "${out}": use ${stem}.pptx${pdf}`);
}

/**
 * Writes an output file atomically. A path the system refuses (a folder, no permission, a full
 * disk) is the user's to fix, not a bug: it becomes an `output-not-writable` diagnostic (exit 1)
 * instead of an internal error. The previous file at the path, if any, is left as it was.
 */
export async function writeOutputFile(path: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(path, bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) throw error;
    const near = relative(process.cwd(), path);
    const shown = near === '' || near.startsWith('..') ? path : near;
    throw new BriefInputError(`could not write ${shown}`, [{
      severity: 'error',
      rule: 'output-not-writable',
      file: shown,
      message: `could not write the deck to ${shown}: ${REASONS[code] ?? (error as Error).message}`,
      expected: 'a writable file path, e.g. -o out/brief.pptx',
      found: code,
    }]);
  }
}

import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes `bytes` to `path` so that readers see either the old file or the complete new one, never a
 * half-written deck (PowerPoint may have the old one open; a crash or a full disk must not leave a
 * truncated .pptx). Creates the folder, writes a temp file beside the target (same file system, so
 * the rename is atomic), flushes it to disk, then renames it over the target. On any failure the temp
 * file is removed and an existing target is left untouched.
 */
export async function writeFileAtomic(path: string, bytes: Uint8Array): Promise<void> {
  const folder = dirname(path);
  await mkdir(folder, { recursive: true });
  const temp = join(folder, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await removeStaleTempFiles(folder);
}

/**
 * Folders already swept by this process. A temp file is left behind only by a writer that was
 * killed, so one sweep per folder and process finds what earlier runs left; sweeping after every
 * write made a batch list its output folder once per deck (quadratic in the number of decks).
 */
const sweptFolders = new Set<string>();

/** A temp file of {@link writeFileAtomic}: `.<target name>.<pid>.<12 hex digits>.tmp`. */
const TEMP_FILE = /^\..+\.(\d+)\.[0-9a-f]{12}\.tmp$/;

/**
 * A process killed mid-write (SIGKILL, power loss) cannot remove its temp file. The first write of
 * a process into a folder removes the temp files there of processes that no longer run; a live
 * writer's file is left alone. Best effort: a failure here never fails the write that already succeeded.
 */
async function removeStaleTempFiles(folder: string): Promise<void> {
  if (sweptFolders.has(folder)) return;
  sweptFolders.add(folder);
  try {
    for (const entry of await readdir(folder)) {
      // A batch writes hundreds of decks into one folder: a string test skips them before the regex.
      if (!entry.startsWith('.') || !entry.endsWith('.tmp')) continue;
      const pid = Number(TEMP_FILE.exec(entry)?.[1]);
      if (pid && !isRunning(pid)) await rm(join(folder, entry), { force: true });
    }
  } catch {
    // The folder may be unreadable or vanish; the deck itself is already in place.
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

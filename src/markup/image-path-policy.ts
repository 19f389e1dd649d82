/**
 * Which image paths markup may name, decided from the text alone: a relative path that stays
 * inside the folder it is resolved against. `src/io/load-images.ts` enforces the same policy on
 * the real file system (symbolic links included); this check lets the data stage point at the
 * field that names a bad path before anything is read.
 */

/**
 * Why `path` can never be a deck image, or undefined when it may be one (whether the file
 * exists is the loader's business): URLs and other schemes, absolute paths, and paths whose `..`
 * segments climb out of the folder are refused.
 */
export function imagePathProblem(path: string): string | undefined {
  const trimmed = path.trim();
  if (trimmed === '') return 'the path is empty';
  if (/^[a-z]:[\\/]/i.test(trimmed) || /^[\\/]/.test(trimmed)) return 'it is an absolute path';
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return 'images are never fetched from the network or other schemes';
  let depth = 0;
  for (const segment of trimmed.split(/[\\/]+/)) {
    if (segment === '..') depth -= 1;
    else if (segment !== '.' && segment !== '') depth += 1;
    if (depth < 0) return 'it leads out of the folder with `..`';
  }
  return undefined;
}

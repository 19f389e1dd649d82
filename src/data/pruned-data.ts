import type { DataPath } from './data-path.js';
import type { ParsedData } from './parse-data.js';

/**
 * A parsed file whose value had the parts that failed the schema removed (`prune-invalid.ts`).
 * `value` is the pruned copy; `locate`/`locateKey` still answer for written paths, and
 * `originalPath` maps a path into the copy back to the written one (items removed from a list
 * shift the later items' indexes).
 */
export interface PrunedData extends ParsedData {
  /** The written path of a path into the pruned value. */
  originalPath(path: DataPath): DataPath;
}

/** True when `parsed` is a pruned copy (its paths need mapping back). */
export function isPruned(parsed: ParsedData): parsed is PrunedData {
  return typeof (parsed as Partial<PrunedData>).originalPath === 'function';
}

import { zipSync, type Zippable } from 'fflate';

/** Deflate level of every entry: zlib's default, a good size/speed balance for XML. */
const LEVEL = 6;

/**
 * Part order: `[Content_Types].xml` first (some readers sniff it), then the package relationships,
 * then everything else by name in code-point order, so the order never depends on insertion.
 */
function partOrder(a: string, b: string): number {
  const rank = (name: string): number => (name === '[Content_Types].xml' ? 0 : name === '_rels/.rels' ? 1 : 2);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * Zips package parts deterministically: fixed timestamps, stable order, no folder entries, deflate
 * at a fixed level. The same parts always give the same bytes, whatever the machine's clock or time
 * zone.
 */
export function zipDeterministic(parts: Record<string, Uint8Array>): Uint8Array {
  // Every entry is dated 1980-01-01 00:00, the earliest a zip can say. fflate encodes the local
  // fields of the date, so the date is built here from local fields on every call: an instant made
  // once would encode differently after the time zone changes (TZ can change inside a process).
  const mtime = new Date(1980, 0, 1, 0, 0, 0);
  const names = Object.keys(parts).filter((name) => !name.endsWith('/')).sort(partOrder);
  const zippable: Zippable = {};
  for (const name of names) {
    const data = parts[name];
    if (data !== undefined) zippable[name] = [data, { level: LEVEL, mtime }];
  }
  return zipSync(zippable);
}

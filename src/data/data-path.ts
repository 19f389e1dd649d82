/**
 * Data paths: where a value sits inside the parsed data file, as a list of keys and indexes.
 * Diagnostics print them in the dotted form users know from JavaScript (`parties[1].delegation.head`).
 */

/** A path into parsed data: object keys are strings, list indexes are numbers. */
export type DataPath = ReadonlyArray<string | number>;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Formats a path as `parties[1].delegation.head`; odd keys are quoted (`notes["my key"]`). */
export function formatDataPath(path: DataPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/**
 * Turns an ajv instance path (a JSON Pointer such as `/parties/1/name`) into a DataPath,
 * using the data itself to tell list indexes from object keys that happen to look numeric.
 */
export function dataPathFromPointer(pointer: string, root: unknown): Array<string | number> {
  if (pointer === '') return [];
  const path: Array<string | number> = [];
  let current: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(current) && /^(0|[1-9][0-9]*)$/.test(key)) {
      const index = Number(key);
      path.push(index);
      current = current[index];
    } else {
      path.push(key);
      current =
        current !== null && typeof current === 'object' && Object.hasOwn(current, key)
          ? (current as Record<string, unknown>)[key]
          : undefined;
    }
  }
  return path;
}

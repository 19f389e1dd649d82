/**
 * Removing what failed the schema, so the cross-field rules can still check the rest of the file
 * (issue #15: one unknown key must not hide an unknown party id, an unknown source id and
 * 30 February elsewhere). The schema's own diagnostics are reported as they are; the pruned copy
 * only feeds normalising and the rules, and its paths are mapped back to the written ones.
 */
import type { ErrorObject } from 'ajv';
import { dataPathFromPointer, type DataPath } from './data-path.js';
import type { ParsedData } from './parse-data.js';
import type { PrunedData } from './pruned-data.js';
import { briefValidator } from './validate.js';

/** Most rounds of validate → prune; each round removes at least one value, real files need two or three. */
const MAX_ROUNDS = 25;


/**
 * A copy of `parsed.value` that passes the schema, made by deleting every value that fails it
 * (an unknown key, a wrong type, a bad pattern) and filling in a required value that is missing
 * or was deleted with a placeholder from the schema (its example, the first allowed value, or a
 * list of as many placeholders as it must hold); a placeholder that fails too takes its object with it.
 * Undefined when no valid copy is reached (the root itself is of the wrong type).
 */
export function pruneInvalid(parsed: ParsedData): PrunedData | undefined {
  const value: unknown = structuredClone(parsed.value);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  // Written index of each item of every array an item was removed from.
  const indexes = new WeakMap<unknown[], number[]>();
  const validate = briefValidator();
  const filled = new Set<string>();
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    if (validate(value)) return view(parsed, value, indexes);
    const errors = [...(validate.errors ?? [])];
    // Deepest first, and array items from the end, so removing one does not shift another's path.
    const targets = errors.map((e) => target(e, value)).filter((t): t is Target => t !== undefined);
    targets.sort((a, b) => b.path.length - a.path.length || compareLast(b.path, a.path));
    let changed = false;
    const done = new Set<string>();
    for (const found of targets) {
      // A placeholder that fails too (a list that must not be empty) takes its object with it.
      const t = insideFilled(found, filled);
      if (t.kind === 'fill') filled.add(JSON.stringify(t.path));
      const key = JSON.stringify(t.path) + t.kind;
      if (done.has(key)) continue;
      done.add(key);
      changed = apply(value, t, indexes) || changed;
    }
    if (!changed) return undefined;
  }
  return undefined;
}

interface Target {
  kind: 'delete' | 'fill';
  path: Array<string | number>;
  /** For `fill`: the schema of the missing property. */
  schema?: Record<string, unknown>;
}

function target(error: ErrorObject, root: unknown): Target | undefined {
  const path = dataPathFromPointer(error.instancePath, root);
  if (error.keyword === 'additionalProperties') return { kind: 'delete', path: [...path, String(error.params['additionalProperty'])] };
  if (error.keyword === 'required') {
    const missing = String(error.params['missingProperty']);
    const properties = ((error.parentSchema ?? {}) as { properties?: Record<string, Record<string, unknown>> }).properties ?? {};
    return { kind: 'fill', path: [...path, missing], schema: properties[missing] ?? {} };
  }
  // A union's branches each report; the union's own error covers the value once.
  if (path.length === 0) return undefined;
  return { kind: 'delete', path };
}

function insideFilled(t: Target, filled: ReadonlySet<string>): Target {
  for (let n = t.path.length; n > 1; n -= 1) {
    if (filled.has(JSON.stringify(t.path.slice(0, n)))) return { kind: 'delete', path: t.path.slice(0, n - 1) };
  }
  return t;
}

function compareLast(a: DataPath, b: DataPath): number {
  const x = a.at(-1);
  const y = b.at(-1);
  return typeof x === 'number' && typeof y === 'number' ? x - y : 0;
}

function apply(root: object, t: Target, indexes: WeakMap<unknown[], number[]>): boolean {
  const parent = walk(root, t.path.slice(0, -1));
  const last = t.path.at(-1)!;
  if (parent === null || typeof parent !== 'object') return false;
  if (t.kind === 'fill') {
    if (Array.isArray(parent) || Object.hasOwn(parent, last)) return false;
    (parent as Record<string, unknown>)[String(last)] = placeholder(t.schema ?? {});
    return true;
  }
  if (Array.isArray(parent) && typeof last === 'number') {
    if (last >= parent.length) return false;
    const written = indexes.get(parent) ?? parent.map((_, i) => i);
    written.splice(last, 1);
    parent.splice(last, 1);
    indexes.set(parent, written);
    return true;
  }
  if (!Object.hasOwn(parent, last)) return false;
  delete (parent as Record<string, unknown>)[String(last)];
  return true;
}

function walk(root: unknown, path: DataPath): unknown {
  let current = root;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/** A value that passes `schema` well enough for the rules: its example, or empty text or list. */
function placeholder(schema: Record<string, unknown>): unknown {
  const examples = schema['examples'];
  if (Array.isArray(examples) && examples.length > 0) return examples[0];
  if ('const' in schema) return schema['const'];
  const types = ([] as unknown[]).concat(schema['type'] ?? []);
  if (Array.isArray(schema['enum']) && schema['enum'].length > 0) return schema['enum'][0];
  if (types.includes('array')) {
    // A list that must not be empty (a participant's `roles`) gets as many placeholder items as it needs.
    const least = typeof schema['minItems'] === 'number' ? schema['minItems'] : 0;
    const items = (schema['items'] ?? {}) as Record<string, unknown>;
    return Array.from({ length: least }, () => placeholder(items));
  }
  if (types.includes('object')) return {};
  if (types.includes('number')) return 0;
  return 'missing';
}

function view(parsed: ParsedData, value: unknown, indexes: WeakMap<unknown[], number[]>): PrunedData {
  const originalPath = (path: DataPath): DataPath => {
    const out: Array<string | number> = [];
    let current: unknown = value;
    for (const segment of path) {
      if (Array.isArray(current) && typeof segment === 'number') {
        out.push(indexes.get(current)?.[segment] ?? segment);
        current = current[segment];
      } else {
        out.push(segment);
        current = current !== null && typeof current === 'object' ? (current as Record<string, unknown>)[segment] : undefined;
      }
    }
    return out;
  };
  // `locate` and `locateKey` stay those of the written file: `locationOf` maps paths first.
  return { ...parsed, value, originalPath };
}

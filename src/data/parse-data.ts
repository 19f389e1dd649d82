/**
 * The parse stage: data file text → an untyped value plus a way to find any data path's
 * line:column. JSON is parsed as YAML 1.2 (JSON is a subset), so one parser and one set of
 * positions serve both formats.
 */
import {
  Document,
  LineCounter,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  visit,
  type Node as YamlNode,
  type YAMLError,
} from 'yaml';
import type { Diagnostic, StageResult } from '../diagnostics/diagnostic.js';
import { codeFrame } from '../diagnostics/code-frame.js';
import type { SourceFile } from '../io/read-source.js';
import { formatDataPath, type DataPath } from './data-path.js';

/** A 1-based line and column in the data file. */
export interface SourcePosition {
  line: number;
  column: number;
}

/** The parsed data file: the plain value and the means to point back into the text. */
export interface ParsedData {
  /** Plain JSON-like data (objects, arrays, strings, numbers, booleans, null). */
  value: unknown;
  /** Position of the value at `path`, or `undefined` when the path does not exist in the file. */
  locate(path: DataPath): SourcePosition | undefined;
  /**
   * Position of the key naming the last segment of `path` (the `veneu` in `veneu: x`), which is
   * where an unknown property should be marked; falls back to the value's position.
   */
  locateKey(path: DataPath): SourcePosition | undefined;
  /**
   * The source text of the number at `path` exactly as written (`007`, `3.50`, `0x1F`, `1e3`),
   * or undefined when there is no number there. YAML reads these as 7, 3.5, 31 and 1000; a field
   * that shows text uses this so the slide says what the file says (issue #14).
   */
  writtenNumber(path: DataPath): string | undefined;
  /** The file parsed, for code frames. */
  source: SourceFile;
  /**
   * Line of the first syntax error when the text had one. The value is then what the parser
   * recovered: good enough to check what lies before that line, not to build a deck from.
   */
  brokenFromLine?: number;
}

/**
 * Keys that would reach `Object.prototype` (or look as if they could) when data is merged with
 * ordinary objects; they never mean anything in a brief, so they are rejected outright.
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Limit on alias expansion: the yaml package throws when aliases would blow the value up
 * ("billion laughs"). A hand-written brief needs few aliases, if any.
 */
export const MAX_ALIAS_COUNT = 100;

/**
 * Parses a data file. Reports every YAML syntax error and duplicate key (rules `yaml-syntax`,
 * `duplicate-key`, `yaml-multiple-documents`), alias bombs (`alias-limit`) and keys such as
 * `__proto__` (`forbidden-key`; the key is dropped so later stages can still run). `value` is
 * undefined only when the text could not be turned into data.
 */
/** The parser's errors other than a duplicate key (which leaves well-formed data behind). */
function syntaxErrorsIn(doc: Document.Parsed): YAMLError[] {
  return doc.errors.filter((e) => e.code !== 'DUPLICATE_KEY');
}

/**
 * A `.json` file that YAML reads but JSON does not (a trailing comma, a comment, single quotes)
 * gets a `json-syntax` warning at the place JSON.parse stops: briefdeck builds it, but the other
 * tools a team keeps its data in will refuse it (a newcomer's file with a trailing comma passed
 * `validate`).
 */
function strictJson(source: SourceFile, at: (offset: number) => Pick<Diagnostic, 'file' | 'line' | 'column' | 'frame'>): Diagnostic[] {
  if (!/\.json$/i.test(source.path)) return [];
  try {
    JSON.parse(source.text);
    return [];
  } catch (error) {
    // V8 names a position only for some mistakes; a trailing comma, the usual one, is found here.
    const comma = /,\s*[\]}]/.exec(source.text);
    const stated = /at position (\d+)/.exec((error as Error).message)?.[1];
    const offset = comma ? comma.index : stated !== undefined ? Number(stated) : undefined;
    const what = comma ? 'a trailing comma' : (error as Error).message.replace(/ in JSON at position \d+.*$/s, '').replace(/, ".*$/s, '').slice(0, 80);
    return [{
      severity: 'warning', rule: 'json-syntax',
      message: `not valid JSON (${what}): briefdeck reads it as YAML, but other JSON tools will refuse it`,
      hint: 'remove trailing commas and comments, and use double quotes; or name the file .yaml',
      ...(offset === undefined ? { file: source.path } : at(offset)),
    }];
  }
}

export function parseData(source: SourceFile): StageResult<ParsedData> {
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(source.text, {
      lineCounter,
      prettyErrors: false, // positions and frames are rendered by briefdeck, the same way for every stage
      logLevel: 'error', // no process warnings on stderr (e.g. for `[a]: x` keys); the schema reports those keys
      uniqueKeys: true,
    });
  } catch (error) {
    // The parser recurses on nesting; absurdly deep input ends up here instead of crashing.
    return {
      value: undefined,
      diagnostics: [
        {
          severity: 'error',
          rule: 'yaml-syntax',
          message: `could not parse ${source.path}: ${(error as Error).message}`,
          file: source.path,
        },
      ],
    };
  }

  const at = (offset: number): Pick<Diagnostic, 'file' | 'line' | 'column' | 'frame'> => {
    const { line, col } = lineCounter.linePos(offset);
    const frame = codeFrame(source.text, line, col);
    return { file: source.path, line, column: col, ...(frame === undefined ? {} : { frame }) };
  };

  const diagnostics: Diagnostic[] = [
    ...firstPerPosition(doc.errors).map((e) => yamlDiagnostic(e, 'error', source.text, at)),
    ...doc.warnings.map((e) => yamlDiagnostic(e, 'warning', source.text, at)),
  ];
  // A duplicate key leaves well-formed data behind (the last entry wins). After any other error
  // the parser's recovered value still holds everything written before the error, so later
  // stages can check that part and the user sees every problem in one pass.
  if (syntaxErrorsIn(doc).length === 0) diagnostics.push(...strictJson(source, at));
  const syntaxErrors = syntaxErrorsIn(doc);
  const brokenFromLine = syntaxErrors.length ? Math.min(...syntaxErrors.map((e) => lineCounter.linePos(e.pos[0]).line)) : undefined;

  for (const { path, keyOffset } of forbiddenKeys(doc.contents)) {
    const key = path[path.length - 1];
    diagnostics.push({
      severity: 'error',
      rule: 'forbidden-key',
      message: `the key \`${String(key)}\` is not allowed`,
      dataPath: formatDataPath(path),
      found: `key \`${String(key)}\``,
      hint: 'rename or remove this key; it is reserved because it could alter object prototypes',
      ...at(keyOffset),
    });
  }

  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (brokenFromLine !== undefined) return { value: undefined, diagnostics };
    if (error instanceof ReferenceError) {
      diagnostics.push({
        severity: 'error',
        rule: 'alias-limit',
        message: 'aliases expand to too much data (possible "billion laughs" attack)',
        ...at(firstAliasOffset(doc, false) ?? 0),
        hint: `use fewer aliases (*name); the limit is ${MAX_ALIAS_COUNT} per anchor use`,
      });
      return { value: undefined, diagnostics };
    }
    if (error instanceof RangeError) {
      diagnostics.push(tooDeep(source.path));
      return { value: undefined, diagnostics };
    }
    throw error;
  }
  let value: unknown;
  try {
    value = sanitize(raw, 0, new Set());
  } catch (error) {
    if (!(error instanceof DataShapeError)) throw error;
    diagnostics.push(error.kind === 'cycle'
      ? {
        severity: 'error',
        rule: 'alias-cycle',
        message: 'an alias refers to the list or mapping that contains it, so the data never ends',
        ...at(firstAliasOffset(doc, true) ?? 0),
        expected: 'aliases (*name) that point to a value defined outside themselves',
        found: 'a circular alias such as `&a [*a]`',
      }
      : tooDeep(source.path));
    return { value: undefined, diagnostics };
  }

  const locateNode = (path: DataPath): { node: YamlNode | undefined; key: YamlNode | undefined } | undefined =>
    findNode(doc, path);
  const toPosition = (node: YamlNode | undefined): SourcePosition | undefined => {
    if (node?.range === undefined || node.range === null) return undefined;
    const { line, col } = lineCounter.linePos(node.range[0]);
    return { line, column: col };
  };

  const parsed: ParsedData = {
    value,
    locate(path) {
      const found = locateNode(path);
      return found ? (toPosition(found.node) ?? toPosition(found.key)) : undefined;
    },
    locateKey(path) {
      const found = locateNode(path);
      return found ? (toPosition(found.key) ?? toPosition(found.node)) : undefined;
    },
    writtenNumber(path) {
      const found = locateNode(path)?.node;
      const node = isAlias(found) ? found.resolve(doc) : found;
      if (!isScalar(node) || typeof node.value !== 'number') return undefined;
      // `source` is the plain scalar's text; a quoted one is a string, never a number.
      return typeof node.source === 'string' && node.source.trim() !== '' ? node.source.trim() : String(node.value);
    },
    source,
    ...(brokenFromLine === undefined ? {} : { brokenFromLine }),
  };
  return { value: parsed, diagnostics };
}

/**
 * After one syntax error the parser often reports follow-on errors at the very same spot
 * (e.g. "Nested mappings are not allowed" and "Implicit keys need to be on a single line");
 * the first says what went wrong, the rest is noise.
 */
function firstPerPosition(errors: readonly YAMLError[]): YAMLError[] {
  const seen = new Set<number>();
  return errors.filter((e) => !seen.has(e.pos[0]) && seen.add(e.pos[0]) !== undefined);
}

type At = (offset: number) => Pick<Diagnostic, 'file' | 'line' | 'column' | 'frame'>;

function yamlDiagnostic(error: YAMLError, severity: Diagnostic['severity'], text: string, at: At): Diagnostic {
  if (error.code === 'DUPLICATE_KEY') {
    const key = keyTextAt(text, error.pos[0]);
    return {
      severity,
      rule: 'duplicate-key',
      message: key ? `duplicate key ${key}: keys in a mapping must be unique` : 'duplicate key: keys in a mapping must be unique',
      hint: 'remove one of the two entries or merge them',
      ...at(error.pos[0]),
    };
  }
  if (error.code === 'MULTIPLE_DOCS') {
    // The yaml package's own message tells a programmer to call YAML.parseAllDocuments() (issue #14).
    return {
      severity,
      rule: 'yaml-multiple-documents',
      message: 'a second YAML document starts here; a data file holds one brief',
      expected: 'one document: no `---` line after the data has begun',
      found: '`---`',
      hint: 'remove this `---` line and merge what follows into the brief, or put the second brief in its own file',
      ...at(error.pos[0]),
    };
  }
  const rule = severity === 'error' ? 'yaml-syntax' : `yaml-${error.code.toLowerCase().replace(/_/g, '-')}`;
  return { severity, rule, message: firstSentence(error.message), ...at(error.pos[0]) };
}

/** The yaml package sometimes appends hints after a line break; keep the message to one line. */
function firstSentence(message: string): string {
  return message.split('\n')[0]!.trim();
}

function keyTextAt(text: string, offset: number): string | undefined {
  const match = /^("(?:[^"\\\n]|\\.)*"|'[^'\n]*'|[^:,{}[\]\n]+)/.exec(text.slice(offset, offset + 200));
  const key = match?.[1]?.trim();
  return key ? `\`${key.replace(/^["']|["']$/g, '')}\`` : undefined;
}

/** Walks the syntax tree (not through aliases) and yields every forbidden key with its path. */
function* forbiddenKeys(
  node: unknown,
  path: Array<string | number> = [],
): Generator<{ path: Array<string | number>; keyOffset: number }> {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      const keyNode = pair.key as YamlNode | null;
      if (key !== undefined && FORBIDDEN_KEYS.has(key)) {
        yield { path: [...path, key], keyOffset: keyNode?.range?.[0] ?? 0 };
      }
      yield* forbiddenKeys(pair.value, [...path, key ?? '?']);
    }
  } else if (isSeq(node)) {
    for (let i = 0; i < node.items.length; i += 1) yield* forbiddenKeys(node.items[i], [...path, i]);
  }
}

/** Finds the node at `path` (resolving aliases) and, for map entries, its key node. */
function findNode(
  doc: Document.Parsed,
  path: DataPath,
): { node: YamlNode | undefined; key: YamlNode | undefined } | undefined {
  let node: unknown = doc.contents;
  let key: YamlNode | undefined;
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) return undefined;
      key = pair.key as YamlNode;
      node = pair.value ?? undefined;
    } else if (isSeq(node) && typeof segment === 'number') {
      if (segment < 0 || segment >= node.items.length) return undefined;
      key = undefined;
      node = node.items[segment];
    } else {
      return undefined;
    }
  }
  return { node: (node ?? undefined) as YamlNode | undefined, key };
}

/**
 * Deep-copies the parsed value into fresh plain objects and arrays, dropping forbidden keys.
 * Copying also unshares the objects that aliases made shared, so a later stage editing one
 * place cannot change another.
 */
function sanitize(value: unknown, depth: number, ancestors: Set<unknown>): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (depth > MAX_DEPTH) throw new DataShapeError('depth');
  // An alias inside the collection it names (`&a [*a]`) gives a value that contains itself.
  if (ancestors.has(value)) throw new DataShapeError('cycle');
  ancestors.add(value);
  try {
    if (Array.isArray(value)) return value.map((item) => sanitize(item, depth + 1, ancestors));
    if (Object.getPrototypeOf(value) !== Object.prototype) return value;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) continue;
      out[key] = sanitize((value as Record<string, unknown>)[key], depth + 1, ancestors);
    }
    return out;
  } finally {
    ancestors.delete(value);
  }
}

/**
 * Offset of the first alias (`*name`) in the document, or with `circular` of the first alias
 * inside the collection its anchor names: where an alias problem should be marked.
 */
function firstAliasOffset(doc: Document.Parsed, circular: boolean): number | undefined {
  let found: number | undefined;
  visit(doc, {
    Alias(_key, node, path) {
      if (circular) {
        const target = node.resolve(doc);
        if (!path.includes(target as never)) return undefined;
      }
      found = node.range?.[0];
      return visit.BREAK;
    },
  });
  return found;
}

/**
 * Deepest nesting of lists and mappings accepted. A brief nests five levels; the limit keeps every
 * later recursive walk far from the call-stack limit.
 */
export const MAX_DEPTH = 64;

/** Why the parsed value cannot be used as data: it contains itself, or nests too deeply. */
class DataShapeError extends Error {
  constructor(readonly kind: 'cycle' | 'depth') {
    super(kind);
  }
}

function tooDeep(file: string): Diagnostic {
  return {
    severity: 'error',
    rule: 'nesting-too-deep',
    message: `lists and mappings are nested more than ${MAX_DEPTH} levels deep`,
    file,
    expected: `at most ${MAX_DEPTH} levels of nesting (a brief needs about 5)`,
    found: 'deeper nesting',
  };
}

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { PACKAGE_ROOT } from '../package-root.js';
import type { Diagnostic, StageResult } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/did-you-mean.js';
import type { TemplateFile, TemplateSet } from '../render/template-set.js';
import { parseData, type ParsedData } from '../data/parse-data.js';
import { locationOf } from '../data/locate.js';
import { fileFingerprint } from './file-fingerprint.js';

/** Folder of the template sets shipped with briefdeck (`templates/` beside `dist/`). */
export const BUNDLED_TEMPLATES_DIR = join(PACKAGE_ROOT, 'templates');

/** Largest template file accepted; templates are small text files. */
const MAX_TEMPLATE_BYTES = 1024 * 1024;

/**
 * The fingerprint of every path a read looked at (files, folders listed, paths probed), taken just
 * before looking: an edit during the read then makes the next freshness check miss, never hit stale.
 */
type Touched = Map<string, string>;

// The reads below are synchronous, like readSourceFile's: a set is a few dozen small files, and
// with the promise API each stat, open, read and close waited for a thread-pool round trip
// (loading the default set took 6–7.5 ms in a fresh process).

function isDirectory(path: string, touched?: Touched): boolean {
  touched?.set(path, fileFingerprint(path));
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function readText(path: string, shownAs: string, diagnostics: Diagnostic[], touched: Touched): string | undefined {
  touched.set(path, fileFingerprint(path));
  try {
    const info = statSync(path);
    if (info.size > MAX_TEMPLATE_BYTES) {
      diagnostics.push({ severity: 'error', rule: 'template-too-large', file: shownAs, message: `template file is ${info.size} bytes`, expected: `at most ${MAX_TEMPLATE_BYTES} bytes` });
      return undefined;
    }
    return readFileSync(path, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  } catch {
    return undefined;
  }
}

function listFiles(dir: string, suffix: string, touched: Touched): string[] {
  touched.set(dir, fileFingerprint(dir));
  try {
    return readdirSync(dir).filter((name) => name.endsWith(suffix)).sort();
  } catch {
    return [];
  }
}

/**
 * Parses a JSON file of the template set (theme, labels) with the data file's position-keeping
 * parser, so later checks can point at the line and column of a key. Syntax errors are reported
 * here with their location.
 */
function parseJsonFile(text: string, shownAs: string, diagnostics: Diagnostic[]): ParsedData | undefined {
  const parsed = parseData({ path: shownAs, text });
  diagnostics.push(...parsed.diagnostics);
  if (!parsed.value || parsed.diagnostics.some((d) => d.severity === 'error')) return undefined;
  return parsed.value;
}

/**
 * Parses a JSON file shipped in briefdeck's own template sets. Those are checked by its tests
 * (test/io/load-template-set.test.ts parses each with {@link parseJsonFile} and expects no
 * diagnostic), so `JSON.parse` reads them: in a fresh process that is ~7 ms less than the
 * position-keeping parser. Positions are found by parsing again only if something asks for one,
 * and text that is not JSON goes to {@link parseJsonFile} for its located syntax error.
 */
function parseBundledJsonFile(text: string, shownAs: string, diagnostics: Diagnostic[]): ParsedData | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    return parseJsonFile(text, shownAs, diagnostics);
  }
  let withPositions: ParsedData | undefined;
  const positions = (): ParsedData | undefined => (withPositions ??= parseData({ path: shownAs, text }).value);
  return {
    value,
    locate: (path) => positions()?.locate(path),
    locateKey: (path) => positions()?.locateKey(path),
    writtenNumber: (path) => positions()?.writtenNumber(path),
    source: { path: shownAs, text },
  };
}

/** Checks that a label file is a flat object of strings; reports each other value where it is. */
function labelValues(parsed: ParsedData, diagnostics: Diagnostic[]): Record<string, string> | undefined {
  const value = parsed.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    diagnostics.push({ severity: 'error', rule: 'labels', ...locationOf(parsed, []), message: 'a label file must be a JSON object of texts', expected: '{"sources.title": "Sources", …}', found: Array.isArray(value) ? 'a list' : typeof value });
    return undefined;
  }
  const labels: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [key, label] of Object.entries(value)) {
    if (typeof label === 'string') labels[key] = label;
    else diagnostics.push({ severity: 'error', rule: 'labels', ...locationOf(parsed, [key]), message: `label \`${key}\` must be text`, expected: 'a string', found: label === null ? 'null' : Array.isArray(label) ? 'a list' : typeof label });
  }
  return labels;
}

/** A template set as read, with the fingerprint of every path the read looked at. */
interface CachedSet {
  result: StageResult<TemplateSet>;
  fingerprints: Map<string, string>;
}

/** Template sets read in this process, by name or folder and working folder. */
const cache = new Map<string, CachedSet>();
/** Most sets kept; a process uses one or two. */
const MAX_CACHED_SETS = 32;

/**
 * Reads a template set: a bundled one by name (`default`) or a folder. A folder may hold only the
 * files it changes; every partial, label file, label and theme key it lacks comes from the bundled
 * `default` set, so an old customised folder keeps working when briefdeck adds a slide kind.
 *
 * Sets are kept per process and reused while every file and folder the read looked at is
 * unchanged (size, inode and modification time), so repeated builds (batch, watch, the API) skip
 * the dozens of reads and parses (~6 ms of a warm build), and an edit is still seen by the next build.
 */
export async function loadTemplateSet(nameOrDir = 'default', cwd = process.cwd()): Promise<StageResult<TemplateSet>> {
  const key = `${nameOrDir}\u0000${cwd}`;
  const cached = cache.get(key);
  if (cached && [...cached.fingerprints].every(([path, print]) => fileFingerprint(path) === print)) return copyOf(cached.result);
  const fingerprints: Touched = new Map();
  const result = readTemplateSet(nameOrDir, cwd, fingerprints);
  if (cache.size >= MAX_CACHED_SETS) cache.clear();
  cache.set(key, { result, fingerprints });
  return copyOf(result);
}

/** A copy a caller may change without changing the cached set (the files themselves are shared, read-only). */
function copyOf(result: StageResult<TemplateSet>): StageResult<TemplateSet> {
  const set = result.value;
  return {
    value: set && { ...set, partials: new Map(set.partials), labels: new Map(set.labels), theme: { ...set.theme } },
    diagnostics: result.diagnostics.map((d) => ({ ...d })),
  };
}

function readTemplateSet(nameOrDir: string, cwd: string, touched: Touched): StageResult<TemplateSet> {
  const diagnostics: Diagnostic[] = [];
  const bundled = join(BUNDLED_TEMPLATES_DIR, nameOrDir);
  const isName = /^[\w-]+$/.test(nameOrDir) && !isDirectory(resolve(cwd, nameOrDir), touched);
  const dir = isName ? bundled : resolve(cwd, nameOrDir);
  if (!isDirectory(dir, touched)) {
    const names = bundledSetNames();
    // `-t compakt`: a bundled name one typo away is the likely meaning (issue #14).
    const hint = didYouMean(nameOrDir, names);
    diagnostics.push({
      severity: 'error', rule: 'template-set-missing', file: nameOrDir, message: `no template folder or bundled template set called \`${nameOrDir}\``,
      expected: `a folder, or one of: ${names.join(', ')}`, ...(hint ? { hint } : {}),
    });
    return { value: undefined, diagnostics };
  }
  const show = (path: string) => (isName ? join('templates', nameOrDir, relative(dir, path)) : relative(cwd, path) || path);
  const layers = dir === join(BUNDLED_TEMPLATES_DIR, 'default') ? [dir] : [join(BUNDLED_TEMPLATES_DIR, 'default'), dir];

  let deck: TemplateFile | undefined;
  const partials = new Map<string, TemplateFile>();
  const labels = new Map<string, { path: string; value: Record<string, string> }>();
  let theme: TemplateSet['theme'] = { path: show(join(dir, 'theme.json')), value: {} };
  for (const layer of layers) {
    const bundled = layer.startsWith(BUNDLED_TEMPLATES_DIR + sep);
    const parseJson = bundled ? parseBundledJsonFile : parseJsonFile;
    const shownAs = (path: string) => (layer === dir ? show(path) : join('templates', 'default', relative(layer, path)));
    const deckPath = join(layer, 'deck.hbs');
    const deckText = readText(deckPath, shownAs(deckPath), diagnostics, touched);
    if (deckText !== undefined) deck = { path: shownAs(deckPath), text: deckText, ...(bundled ? { bundled } : {}) };
    for (const name of listFiles(join(layer, 'slides'), '.hbs', touched)) {
      const path = join(layer, 'slides', name);
      const text = readText(path, shownAs(path), diagnostics, touched);
      if (text !== undefined) partials.set(basename(name, '.hbs'), { path: shownAs(path), text, ...(bundled ? { bundled } : {}) });
    }
    for (const name of listFiles(join(layer, 'labels'), '.json', touched)) {
      const path = join(layer, 'labels', name);
      const text = readText(path, shownAs(path), diagnostics, touched);
      const parsed = text === undefined ? undefined : parseJson(text, shownAs(path), diagnostics);
      const value = parsed && labelValues(parsed, diagnostics);
      if (value) {
        // Label files merge key by key: a user file may hold only the words it changes.
        const language = basename(name, '.json').toLowerCase();
        const merged = Object.assign(Object.create(null) as Record<string, string>, labels.get(language)?.value ?? {}, value);
        labels.set(language, { path: shownAs(path), value: merged });
      }
    }
    // The default theme is the base `resolveTheme` merges over (loadDefaultThemeValue reads it), so
    // only the set's own theme is read here.
    if (layer !== dir) continue;
    const themePath = join(layer, 'theme.json');
    const themeText = readText(themePath, shownAs(themePath), diagnostics, touched);
    if (themeText !== undefined) {
      const parsed = parseJson(themeText, shownAs(themePath), diagnostics);
      theme = parsed ? { path: shownAs(themePath), value: parsed.value, parsed } : { path: shownAs(themePath), value: {} };
    }
  }
  if (!deck) {
    diagnostics.push({ severity: 'error', rule: 'template-set-missing', file: show(dir), message: 'template set has no deck.hbs' });
    return { value: undefined, diagnostics };
  }
  const failed = diagnostics.some((d) => d.severity === 'error');
  return { value: failed ? undefined : { name: nameOrDir, dir, deck, partials, theme, labels }, diagnostics };
}

/** Names of the bundled template sets, for an error message (none when the folder cannot be read). */
function bundledSetNames(): string[] {
  try {
    return readdirSync(BUNDLED_TEMPLATES_DIR);
  } catch {
    return [];
  }
}

/** The bundled default theme, against which user themes are checked and merged. */
export async function loadDefaultThemeValue(): Promise<unknown> {
  return JSON.parse(readFileSync(join(BUNDLED_TEMPLATES_DIR, 'default', 'theme.json'), 'utf8')) as unknown;
}

import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic, StageResult } from '../diagnostics/diagnostic.js';
import type { TemplateFile, TemplateSet } from '../render/template-set.js';

/** Folder of the template sets shipped with briefdeck (`templates/` beside `dist/`). */
export const BUNDLED_TEMPLATES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'templates');

/** Largest template file accepted; templates are small text files. */
const MAX_TEMPLATE_BYTES = 1024 * 1024;

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function readText(path: string, shownAs: string, diagnostics: Diagnostic[]): Promise<string | undefined> {
  try {
    const info = await stat(path);
    if (info.size > MAX_TEMPLATE_BYTES) {
      diagnostics.push({ severity: 'error', rule: 'template-too-large', file: shownAs, message: `template file is ${info.size} bytes`, expected: `at most ${MAX_TEMPLATE_BYTES} bytes` });
      return undefined;
    }
    return (await readFile(path, 'utf8')).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  } catch {
    return undefined;
  }
}

async function listFiles(dir: string, suffix: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((name) => name.endsWith(suffix)).sort();
  } catch {
    return [];
  }
}

function parseJson(text: string, shownAs: string, diagnostics: Diagnostic[]): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const diagnostic: Diagnostic = { severity: 'error', rule: 'json-syntax', file: shownAs, message: `not valid JSON: ${message}` };
    if (position) {
      const before = text.slice(0, Number(position[1]));
      diagnostic.line = before.split('\n').length;
      diagnostic.column = before.length - before.lastIndexOf('\n');
    }
    diagnostics.push(diagnostic);
    return undefined;
  }
}

/**
 * Reads a template set: a bundled one by name (`default`) or a folder. A folder may hold only the
 * files it changes; every partial, label file, label and theme key it lacks comes from the bundled
 * `default` set, so an old customised folder keeps working when briefdeck adds a slide kind.
 */
export async function loadTemplateSet(nameOrDir = 'default', cwd = process.cwd()): Promise<StageResult<TemplateSet>> {
  const diagnostics: Diagnostic[] = [];
  const bundled = join(BUNDLED_TEMPLATES_DIR, nameOrDir);
  const isName = /^[\w-]+$/.test(nameOrDir) && !(await isDirectory(resolve(cwd, nameOrDir)));
  const dir = isName ? bundled : resolve(cwd, nameOrDir);
  if (!(await isDirectory(dir))) {
    const names = (await readdir(BUNDLED_TEMPLATES_DIR).catch(() => [] as string[])).join(', ');
    diagnostics.push({ severity: 'error', rule: 'template-set-missing', file: nameOrDir, message: `no template folder or bundled template set called \`${nameOrDir}\``, expected: `a folder, or one of: ${names}` });
    return { value: undefined, diagnostics };
  }
  const show = (path: string) => (isName ? join('templates', nameOrDir, relative(dir, path)) : relative(cwd, path) || path);
  const layers = dir === join(BUNDLED_TEMPLATES_DIR, 'default') ? [dir] : [join(BUNDLED_TEMPLATES_DIR, 'default'), dir];

  let deck: TemplateFile | undefined;
  const partials = new Map<string, TemplateFile>();
  const labels = new Map<string, { path: string; value: Record<string, string> }>();
  let theme: { path: string; value: unknown } = { path: show(join(dir, 'theme.json')), value: {} };
  for (const layer of layers) {
    const shownAs = (path: string) => (layer === dir ? show(path) : join('templates', 'default', relative(layer, path)));
    const deckPath = join(layer, 'deck.hbs');
    const deckText = await readText(deckPath, shownAs(deckPath), diagnostics);
    if (deckText !== undefined) deck = { path: shownAs(deckPath), text: deckText };
    for (const name of await listFiles(join(layer, 'slides'), '.hbs')) {
      const path = join(layer, 'slides', name);
      const text = await readText(path, shownAs(path), diagnostics);
      if (text !== undefined) partials.set(basename(name, '.hbs'), { path: shownAs(path), text });
    }
    for (const name of await listFiles(join(layer, 'labels'), '.json')) {
      const path = join(layer, 'labels', name);
      const text = await readText(path, shownAs(path), diagnostics);
      const value = text === undefined ? undefined : parseJson(text, shownAs(path), diagnostics);
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        const language = basename(name, '.json').toLowerCase();
        const merged = Object.assign(Object.create(null) as Record<string, string>, labels.get(language)?.value ?? {});
        for (const [key, label] of Object.entries(value)) if (typeof label === 'string') merged[key] = label;
        labels.set(language, { path: shownAs(path), value: merged });
      }
    }
    const themePath = join(layer, 'theme.json');
    const themeText = await readText(themePath, shownAs(themePath), diagnostics);
    if (themeText !== undefined && layer === dir) theme = { path: shownAs(themePath), value: parseJson(themeText, shownAs(themePath), diagnostics) ?? {} };
  }
  if (!deck) {
    diagnostics.push({ severity: 'error', rule: 'template-set-missing', file: show(dir), message: 'template set has no deck.hbs' });
    return { value: undefined, diagnostics };
  }
  const failed = diagnostics.some((d) => d.severity === 'error');
  return { value: failed ? undefined : { name: nameOrDir, dir, deck, partials, theme, labels }, diagnostics };
}

/** The bundled default theme, against which user themes are checked and merged. */
export async function loadDefaultThemeValue(): Promise<unknown> {
  return JSON.parse(await readFile(join(BUNDLED_TEMPLATES_DIR, 'default', 'theme.json'), 'utf8')) as unknown;
}

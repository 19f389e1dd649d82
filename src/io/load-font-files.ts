import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Diagnostic, StageResult } from '../diagnostics/diagnostic.js';
import { registerFontFile, type FontFileFace, type FontkitLike } from '../fit/font-file.js';

/** File types fontkit reads. */
const FONT_EXTENSIONS = new Set(['.ttf', '.otf', '.ttc', '.woff', '.woff2']);

/** Largest font file accepted: CJK fonts run to ~20 MB; anything beyond is not a font a deck needs. */
export const MAX_FONT_BYTES = 40 * 1024 * 1024;

let fontkit: Promise<FontkitLike> | undefined;

/**
 * fontkit, imported on first use only: a build whose template set supplies no font files never
 * loads it (startup time, README "Performance"). The specifier is computed so the bundler leaves
 * it to Node's resolution at run time rather than inlining the library into the command line.
 */
function loadFontkit(): Promise<FontkitLike> {
  const name = 'fontkit';
  fontkit ??= import(name) as Promise<FontkitLike>;
  return fontkit;
}

/**
 * Reads and parses the font files a template set lists in its `theme.json` (`fonts`: TTF, OTF,
 * TTC, WOFF paths relative to the set's folder) and returns their faces for
 * `createMeasurer({ fontFiles })`. Each problem (outside the folder, wrong type, unreadable, too
 * large, not a font) is an error naming the file, located at the `fonts[i]` entry of `themeFile`
 * when given. An empty list returns at once without loading fontkit.
 */
export async function loadFontFiles(paths: readonly string[], setFolder: string, themeFile?: string): Promise<StageResult<FontFileFace[]>> {
  if (paths.length === 0) return { value: [], diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  const faces: FontFileFace[] = [];
  const root = resolve(setFolder);
  for (const [i, path] of paths.entries()) {
    const problem = (message: string, expected?: string): void => {
      diagnostics.push({ severity: 'error', rule: 'font-file', message, file: themeFile ?? path, dataPath: `fonts[${i}]`, found: path, ...(expected ? { expected } : {}) });
    };
    const full = resolve(root, path);
    const rel = relative(root, full);
    if (isAbsolute(path) || rel.startsWith('..') || rel.split(sep).includes('..')) {
      problem(`font file "${path}" is outside the template set's folder`, 'a path relative to the template set, inside it');
      continue;
    }
    if (!FONT_EXTENSIONS.has(extname(path).toLowerCase())) {
      problem(`font file "${path}" is not a TrueType or OpenType font`, '.ttf, .otf, .ttc, .woff or .woff2');
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = await readFile(full);
    } catch (error) {
      problem(`font file "${path}" cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
      continue;
    }
    if (bytes.byteLength > MAX_FONT_BYTES) {
      problem(`font file "${path}" is ${Math.round(bytes.byteLength / 1024 / 1024)} MB, more than the ${MAX_FONT_BYTES / 1024 / 1024} MB accepted`);
      continue;
    }
    const parsed = registerFontFile(bytes, await loadFontkit(), path);
    for (const d of parsed.diagnostics) diagnostics.push({ ...d, file: themeFile ?? path, dataPath: `fonts[${i}]`, found: path });
    faces.push(...(parsed.value ?? []));
  }
  return { value: diagnostics.some((d) => d.severity === 'error') ? undefined : faces, diagnostics };
}

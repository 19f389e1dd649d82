import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../io/read-source.js';
import { FIELD_TEXT_LABEL } from '../fit/font-check.js';
import type { DataPath } from './data-path.js';
import { locationOf } from './locate.js';
import { parseData, type ParsedData } from './parse-data.js';

/** Every string value of `value` with its data path, in document order. */
function strings(value: unknown, path: DataPath, out: Array<[DataPath, string]>): void {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, [...path, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings(v, [...path, k], out);
}

/** The field text and characters of a `missing-glyph` diagnostic's `found` (see checkFonts). */
function parseFound(found: string | undefined): { text: string; chars: string[] } | undefined {
  if (found === undefined || !found.startsWith(FIELD_TEXT_LABEL)) return undefined;
  const match = /^"([\s\S]*)": ([\s\S]*)$/u.exec(found.slice(FIELD_TEXT_LABEL.length));
  if (!match) return undefined;
  return { text: (match[1] ?? '').replace(/…$/u, ''), chars: (match[2] ?? '').split(' ').filter((c) => c !== '') };
}

/**
 * The data field a piece of slide text came from: the first string in the data holding all of
 * `chars` and the start of `text` (markdown and templates change text little at its start), else
 * the first holding all of `chars`. The deck does not carry the data path of each run, and text
 * is the honest link: it can only miss (leaving the slide's markup location), never invent one.
 */
function fieldOf(parsed: ParsedData, text: string, chars: readonly string[]): DataPath | undefined {
  const all: Array<[DataPath, string]> = [];
  strings(parsed.value, [], all);
  const holding = all.filter(([, s]) => chars.every((c) => s.includes(c)));
  const start = [...text].slice(0, 12).join('').trim();
  // Without characters to go by, only a field that starts the same way is the source.
  return (holding.find(([, s]) => s.includes(start)) ?? (chars.length > 0 ? holding[0] : undefined))?.[0];
}

/**
 * Points font warnings at their source: `missing-glyph` at the data field (file, line, column,
 * data path) whose text holds the characters, `unknown-font` at the theme's `fonts` key, and
 * `content-cannot-fit`, `title-cannot-fit` (issue #13) and `title-slide-cannot-fit` (a cover too
 * long for any room its layout has; issue #11) at the data field whose text the item starts with. Others
 * pass unchanged. `source` is the data file; the data is parsed again only when a glyph warning
 * needs it (rare), so a clean build pays nothing.
 */
export function locateTextWarnings(diagnostics: readonly Diagnostic[], source: SourceFile, theme?: { path: string; parsed?: ParsedData }): Diagnostic[] {
  let parsed: ParsedData | undefined;
  return diagnostics.map((d) => {
    if (d.rule === 'unknown-font' && theme !== undefined && d.file === undefined) {
      const path = (d.dataPath ?? '').split('.');
      return { ...d, file: theme.path, ...(theme.parsed ? locationOf(theme.parsed, path) : {}) };
    }
    if ((d.rule === 'content-cannot-fit' || d.rule === 'title-cannot-fit' || d.rule === 'title-slide-cannot-fit') && d.found !== undefined) {
      // Text that cannot be placed is located at the data field it came from, when one holds it.
      parsed ??= parseData(source).value;
      const path = parsed ? fieldOf(parsed, d.found, []) : undefined;
      return parsed && path !== undefined ? { ...d, ...locationOf(parsed, path) } : d;
    }
    const found = d.rule === 'missing-glyph' ? parseFound(d.found) : undefined;
    if (found === undefined) return d;
    parsed ??= parseData(source).value;
    const path = parsed ? fieldOf(parsed, found.text, found.chars) : undefined;
    if (!parsed || path === undefined) return d;
    return { ...d, ...locationOf(parsed, path), found: found.chars.join(' ') };
  });
}

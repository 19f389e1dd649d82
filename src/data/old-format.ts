/**
 * Files in the first data format (before `version: 2`, issue #15) are recognised before the schema
 * runs, so their author gets one clear line saying how to convert them instead of a dozen
 * "unknown property" errors.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { locationOf } from './locate.js';
import type { ParsedData } from './parse-data.js';

/** Keys only the first format has at the top level. */
const FIRST_FORMAT_KEYS = ['parties', 'mediators', 'military'];

/** True when the value is a brief in the first data format (no `version`, or `version: 1`). */
export function isFirstFormat(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  if (record['version'] === 1) return true;
  if (record['version'] !== undefined) return false;
  const event = record['event'];
  const hasStart = event !== null && typeof event === 'object' && Object.hasOwn(event, 'start');
  return hasStart || FIRST_FORMAT_KEYS.some((key) => Object.hasOwn(record, key));
}

/** The one `old-format` error for a file in the first format, or undefined. */
export function oldFormatDiagnostic(parsed: ParsedData): Diagnostic | undefined {
  if (!isFirstFormat(parsed.value)) return undefined;
  const file = parsed.source.path;
  const location = locationOf(parsed, []);
  return {
    severity: 'error',
    rule: 'old-format',
    message: `${file} is written in the first data format; convert it with \`briefdeck migrate ${file}\``,
    expected: '`version: 2` and the keys of the current format',
    found: 'a brief without `version` (the first format)',
    hint: `\`briefdeck migrate ${file}\` rewrites it in place (\`-o new.yaml\` writes a copy)`,
    ...location,
    line: location.line ?? 1,
    column: location.column ?? 1,
  };
}

/**
 * Size limits on the content of a data file. The read stage caps the file (5 MB); these cap what
 * one value may hold, so a pasted-in document or a generated file fails with a message naming the
 * value instead of taking seconds per slide or producing thousands of slides.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { DataPath } from './data-path.js';
import { locationOf } from './locate.js';
import type { ParsedData } from './parse-data.js';

/**
 * Longest text one field may hold. The longest field of a real brief is a paragraph of a few
 * hundred characters; 100,000 characters is some 40 slides of text in one field.
 */
export const MAX_STRING_LENGTH = 100_000;

/**
 * Reports every string (value or key) longer than `MAX_STRING_LENGTH` as a `string-too-long` error
 * at its data path. Pure; walks the parsed value once.
 */
export function checkLimits(parsed: ParsedData): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const tooLong = (length: number, path: DataPath, what: string): void => {
    diagnostics.push({
      severity: 'error',
      rule: 'string-too-long',
      message: `${what} is ${length.toLocaleString('en')} characters long; the limit is ${MAX_STRING_LENGTH.toLocaleString('en')}`,
      expected: `at most ${MAX_STRING_LENGTH} characters`,
      found: `${length} characters`,
      hint: 'a brief summarises: shorten the text or split it into several points',
      ...locationOf(parsed, path),
    });
  };
  // An explicit stack instead of recursion: a deeply nested file must not overflow the call stack.
  const stack: Array<{ value: unknown; path: DataPath }> = [{ value: parsed.value, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      if (value.length > MAX_STRING_LENGTH) tooLong(value.length, path, 'the text');
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i -= 1) stack.push({ value: value[i], path: [...path, i] });
    } else if (value !== null && typeof value === 'object') {
      const keys = Object.keys(value);
      for (let i = keys.length - 1; i >= 0; i -= 1) {
        const key = keys[i]!;
        // A huge key is marked at its object: the key itself would make an unreadable data path.
        if (key.length > MAX_STRING_LENGTH) tooLong(key.length, path, 'a key of this object');
        else stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
      }
    }
  }
  return diagnostics;
}

/**
 * Words for values and types in diagnostics ("expected string, found number 42"), in the
 * vocabulary of someone editing YAML rather than of JSON Schema.
 */

const TYPE_WORDS: Record<string, string> = {
  string: 'string',
  number: 'number',
  integer: 'whole number',
  boolean: 'boolean (true or false)',
  object: 'object (key: value pairs)',
  array: 'list',
  null: 'nothing',
};

/** JSON Schema type name(s) in words: `["string","null"]` → "string or nothing". */
export function describeTypes(types: string | readonly string[]): string {
  const list = (Array.isArray(types) ? types : String(types).split(',')) as string[];
  const words = [...new Set(list.map((t) => TYPE_WORDS[t] ?? t))];
  if (words.length <= 1) return words[0] ?? 'a value';
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/** A value in words with a short preview: `number 42`, `string "abc"`, `list of 3 items`. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing (empty value)';
  if (typeof value === 'string') return value === '' ? 'empty string' : `string ${JSON.stringify(preview(value))}`;
  if (typeof value === 'number') return `number ${formatNumber(value)}`;
  if (typeof value === 'boolean') return `boolean ${value}`;
  if (Array.isArray(value)) return `list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (value instanceof Date) return `date ${value.toISOString()} (quote it to keep it as text)`;
  if (typeof value === 'object') {
    const keys = Object.keys(value);
    return keys.length === 0 ? 'empty object' : `object with ${keys.slice(0, 3).map((k) => `\`${k}\``).join(', ')}${keys.length > 3 ? ', …' : ''}`;
  }
  return typeof value;
}

function formatNumber(n: number): string {
  if (Number.isNaN(n)) return '.nan';
  if (n === Infinity) return '.inf';
  if (n === -Infinity) return '-.inf';
  return String(n);
}

function preview(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > 40 ? `${oneLine.slice(0, 39)}…` : oneLine;
}

/**
 * The written format as a plain JSON Schema (draft-07, which editors such as the YAML language
 * server understand best). The validator compiles this same object, so the file editors use and
 * the checks briefdeck runs cannot drift apart.
 */
import { BriefSchema } from './schema.js';

/** The JSON Schema dialect of the exported schema. */
export const JSON_SCHEMA_DIALECT = 'http://json-schema.org/draft-07/schema#';
/** Identifier of the exported schema (a URN: the schema is shipped in the package, not hosted). */
export const BRIEF_SCHEMA_ID = 'urn:briefdeck:schema:brief';

/**
 * Keyword order in the written file: identity first, then what a reader looks for, then the
 * structure; anything else alphabetically after. Property maps keep the authored order (the
 * order of the format itself).
 */
const KEYWORD_ORDER = [
  '$schema',
  '$id',
  'title',
  'description',
  'x-markdown',
  'x-expected',
  'type',
  'enum',
  'const',
  'default',
  'examples',
  'pattern',
  'minLength',
  'minItems',
  'anyOf',
  'items',
  'properties',
  'patternProperties',
  'required',
  'additionalProperties',
];
const PROPERTY_MAPS = new Set(['properties', 'patternProperties']);

/** Puts keywords in {@link KEYWORD_ORDER} recursively; symbols (TypeBox's markers) are dropped. */
function canonical(value: unknown, isPropertyMap = false): unknown {
  if (Array.isArray(value)) return value.map((v) => canonical(v));
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (!isPropertyMap) {
    keys.sort((a, b) => {
      const ia = KEYWORD_ORDER.indexOf(a);
      const ib = KEYWORD_ORDER.indexOf(b);
      if (ia !== -1 || ib !== -1) return (ia === -1 ? Infinity : ia) - (ib === -1 ? Infinity : ib);
      return a < b ? -1 : a > b ? 1 : 0;
    });
  }
  const out: Record<string, unknown> = {};
  for (const key of keys) out[key] = canonical(record[key], !isPropertyMap && PROPERTY_MAPS.has(key));
  return out;
}

/** The JSON Schema of the written brief format, with `$schema`, `$id` and `title`. */
export const briefJsonSchema: Record<string, unknown> = canonical({
  $schema: JSON_SCHEMA_DIALECT,
  $id: BRIEF_SCHEMA_ID,
  title: 'briefdeck brief',
  ...BriefSchema,
}) as Record<string, unknown>;

/** The schema as the text of `data/brief.schema.json`: 2-space indent, trailing newline. */
export function serializeBriefJsonSchema(): string {
  return `${JSON.stringify(briefJsonSchema, null, 2)}\n`;
}

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { briefJsonSchema, serializeBriefJsonSchema } from '../../src/data/json-schema.js';

/** Every property schema in the tree, with its name. */
function* properties(schema: unknown, name = ''): Generator<[string, Record<string, unknown>]> {
  if (schema === null || typeof schema !== 'object') return;
  const s = schema as Record<string, unknown>;
  for (const [key, child] of Object.entries((s['properties'] ?? {}) as Record<string, unknown>)) {
    yield [`${name}.${key}`, child as Record<string, unknown>];
    yield* properties(child, `${name}.${key}`);
  }
  for (const key of ['items', 'patternProperties', 'anyOf']) {
    const child = s[key];
    if (Array.isArray(child)) for (const c of child) yield* properties(c, name);
    else if (key === 'patternProperties' && child) for (const c of Object.values(child)) yield* properties(c, name);
    else yield* properties(child, name);
  }
}

describe('brief JSON Schema', () => {
  it('matches the committed data/brief.schema.json (run `node dist/data/write-generated.js` after changing the schema)', () => {
    const committed = readFileSync(fileURLToPath(new URL('../../data/brief.schema.json', import.meta.url)), 'utf8');
    expect(committed).toBe(serializeBriefJsonSchema());
  });

  it('identifies itself and forbids unknown properties everywhere', () => {
    expect(briefJsonSchema).toMatchObject({ $schema: 'http://json-schema.org/draft-07/schema#', $id: expect.any(String), title: 'briefdeck brief' });
    const text = serializeBriefJsonSchema();
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).not.toContain('"additionalProperties": true');
  });

  it('describes every property, for editors', () => {
    const undocumented = [...properties(briefJsonSchema)].filter(([, s]) => typeof s['description'] !== 'string').map(([n]) => n);
    expect(undocumented).toEqual([]);
  });

  it('marks the markdown fields', () => {
    const marked = [...properties(briefJsonSchema)].filter(([, s]) => s['x-markdown'] === true).map(([n]) => n);
    expect(marked).toEqual(expect.arrayContaining(['.event.description', '.participants.description', '.positions.summary', '.bottomLine.text', '.context.events.text', '.participants.notes', '.outcome.nextRound.description']));
    expect(marked).not.toContain('.title');
    expect(marked).not.toContain('.event.format');
  });
});

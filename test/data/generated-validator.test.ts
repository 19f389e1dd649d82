import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validatorSource } from '../../src/data/generate-validator.js';

describe('generated brief validator', () => {
  it('matches the schema (run `npm run build && node dist/data/write-generated.js` after changing the schema)', () => {
    const committed = readFileSync(fileURLToPath(new URL('../../src/data/generated/validate-brief.ts', import.meta.url)), 'utf8');
    expect(committed).toBe(validatorSource());
  });

  it('imports nothing, so a build loads neither TypeBox nor ajv', () => {
    const committed = readFileSync(fileURLToPath(new URL('../../src/data/generated/validate-brief.ts', import.meta.url)), 'utf8');
    expect(committed).not.toMatch(/\brequire\(|^\s*import\b/m);
  });
});

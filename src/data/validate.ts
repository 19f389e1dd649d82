/**
 * The schema stage: checks the parsed value against the written format and turns every ajv
 * error into a Diagnostic a person can act on (dotted path, line:column, expected vs found,
 * "did you mean"). All problems are reported; the noise ajv produces for `anyOf` (one error per
 * branch) is reduced to the one branch the user evidently meant.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Diagnostic, StageResult } from '../diagnostics/diagnostic.js';
import { dataPathFromPointer, formatDataPath, type DataPath } from './data-path.js';
import { describeTypes, describeValue } from './describe-value.js';
import { closestName, didYouMean } from '../diagnostics/did-you-mean.js';
import { validate as generatedValidator } from './generated/validate-brief.js';
import { locationOf } from './locate.js';
import type { ParsedData } from './parse-data.js';
import type { WrittenBrief } from './schema.js';
import { EXPECTED_KEYWORD } from './schema-keywords.js';

/**
 * The validator of the written format. It is generated ahead of time from the schema
 * (`generate-validator.ts`): compiling the schema with ajv at start-up cost ~50 ms, and loading
 * TypeBox and ajv's compiler ~70 ms more, on every cold build.
 */
export function briefValidator(): ValidateFunction {
  return generatedValidator as unknown as ValidateFunction;
}

/**
 * Validates parsed data against the written format. `value` is the data typed as a
 * WrittenBrief when there are no errors, otherwise undefined; diagnostics are sorted by position.
 */
export function validateBrief(parsed: ParsedData): StageResult<WrittenBrief> {
  const validate = briefValidator();
  if (validate(parsed.value)) return { value: parsed.value as WrittenBrief, diagnostics: [] };
  const errors = dropMisspeltRequired(collapseAnyOf(validate.errors ?? []));
  const diagnostics = errors.map((e) => toDiagnostic(e, parsed));
  return { value: undefined, diagnostics: sortByPosition(dedupe(diagnostics)) };
}

/**
 * Replaces each `anyOf` error and the errors of its branches by the errors of the branch the
 * data was evidently written for (its type matches), or by one type error naming all the
 * accepted types when no branch's type matches. Innermost `anyOf`s go first, so nested unions
 * reduce correctly.
 */
export function collapseAnyOf(errors: readonly ErrorObject[]): ErrorObject[] {
  let list = [...errors];
  const unions = list.filter((e) => e.keyword === 'anyOf').sort((a, b) => b.schemaPath.length - a.schemaPath.length);
  for (const union of unions) {
    const base = `${union.schemaPath}/`;
    const inside = (e: ErrorObject): boolean =>
      e.schemaPath.startsWith(base) &&
      (e.instancePath === union.instancePath || e.instancePath.startsWith(`${union.instancePath}/`));
    const branches = new Map<number, ErrorObject[]>();
    for (const e of list) {
      if (!inside(e)) continue;
      const index = Number(e.schemaPath.slice(base.length).split('/')[0]);
      branches.set(index, [...(branches.get(index) ?? []), e]);
    }
    const typeFailed = (index: number): boolean =>
      (branches.get(index) ?? []).some((e) => e.keyword === 'type' && e.instancePath === union.instancePath && e.schemaPath === `${base}${index}/type`);
    const candidates = [...branches.keys()].filter((i) => !typeFailed(i));
    let replacement: ErrorObject[];
    if (candidates.length > 0) {
      const best = candidates.reduce((a, b) => ((branches.get(b)?.length ?? 0) < (branches.get(a)?.length ?? 0) ? b : a));
      replacement = branches.get(best) ?? [];
    } else {
      const types = [...branches.values()].flatMap((es) => es.filter((e) => e.keyword === 'type').flatMap((e) => String(e.params['type']).split(',')));
      replacement = [{ ...union, keyword: 'type', params: { type: types } }];
    }
    // ajv reports a union after its branches, so the replacement takes the union's place.
    list = list.flatMap((e) => (e === union ? replacement : inside(e) ? [] : [e]));
  }
  return list;
}

/**
 * A misspelt key gives two errors: "unknown property `veneu`" and "missing `venue`". The first,
 * with its "did you mean `venue`?", says it all, so the second is dropped.
 */
function dropMisspeltRequired(errors: ErrorObject[]): ErrorObject[] {
  const meant = new Set<string>();
  for (const e of errors) {
    if (e.keyword !== 'additionalProperties') continue;
    const properties = Object.keys(((e.parentSchema ?? {}) as { properties?: object }).properties ?? {});
    const match = closestName(String(e.params['additionalProperty']), properties);
    if (match !== undefined) meant.add(`${e.instancePath}\u0000${match}`);
  }
  return errors.filter((e) => !(e.keyword === 'required' && meant.has(`${e.instancePath}\u0000${String(e.params['missingProperty'])}`)));
}

function toDiagnostic(error: ErrorObject, parsed: ParsedData): Diagnostic {
  const path = dataPathFromPointer(error.instancePath, parsed.value);
  const where = describePath(path);
  const parentSchema = (error.parentSchema ?? {}) as Record<string, unknown>;
  const base = { severity: 'error' as const };
  switch (error.keyword) {
    case 'type': {
      const expected = describeTypes(error.params['type'] as string | string[]);
      const empty = path.length === 0 && (error.data === null || error.data === undefined);
      return {
        ...base,
        rule: 'schema-type',
        message: empty ? 'the data file is empty' : `${where} must be ${/^[aeiou]/.test(expected) ? 'an' : 'a'} ${expected}`,
        expected,
        found: empty ? 'an empty file' : foundNumber(parsed, path, error.data) ?? describeValue(error.data),
        ...(typeof error.data === 'number' && /^string\b/.test(expected) ? { hint: 'put the value in quotes to keep it as text' } : {}),
        ...locationOf(parsed, path),
      };
    }
    case 'required': {
      const missing = String(error.params['missingProperty']);
      return {
        ...base,
        rule: 'schema-required',
        message: `${where === 'the brief' ? 'the brief' : where} is missing the required property \`${missing}\``,
        expected: `a property \`${missing}\``,
        found: describeValue(error.data),
        ...(missing === 'version' && path.length === 0 ? { hint: 'start the file with `version: 2` (the current data format)' } : {}),
        ...locationOf(parsed, [...path, missing], { markPath: path }),
      };
    }
    case 'const': {
      const expected = JSON.stringify(error.params['allowedValue']);
      return {
        ...base,
        rule: 'schema-const',
        message: `${where} must be ${expected}`,
        expected,
        found: describeValue(error.data),
        ...(path.join('.') === 'version' ? { hint: 'briefdeck reads version 2; `briefdeck migrate` converts a file of the first format' } : {}),
        ...locationOf(parsed, path),
      };
    }
    case 'additionalProperties': {
      const name = String(error.params['additionalProperty']);
      const allowed = Object.keys((parentSchema['properties'] ?? {}) as Record<string, unknown>).filter((k) => k !== '$schema');
      const hint = didYouMean(name, allowed);
      return {
        ...base,
        rule: 'schema-unknown-property',
        message: `unknown property \`${name}\` in ${where}`,
        expected: allowed.length > 0 ? `one of ${allowed.map((k) => `\`${k}\``).join(', ')}` : 'no other properties',
        found: `\`${name}\``,
        ...(hint === undefined ? {} : { hint }),
        ...locationOf(parsed, [...path, name], { atKey: true }),
      };
    }
    case 'pattern': {
      const expected = typeof parentSchema[EXPECTED_KEYWORD] === 'string' ? (parentSchema[EXPECTED_KEYWORD] as string) : `text matching ${String(error.params['pattern'])}`;
      return {
        ...base,
        rule: 'schema-format',
        message: `${where} is not ${expected}`,
        expected,
        found: describeValue(error.data),
        ...locationOf(parsed, path),
      };
    }
    case 'enum': {
      const allowed = (error.params['allowedValues'] as unknown[]).map(String);
      const hint = typeof error.data === 'string' ? didYouMean(error.data, allowed) : undefined;
      return {
        ...base,
        rule: 'schema-enum',
        message: `${where} must be one of ${allowed.map((v) => `\`${v}\``).join(', ')}`,
        expected: `one of ${allowed.map((v) => `\`${v}\``).join(', ')}`,
        found: describeValue(error.data),
        ...(hint === undefined ? {} : { hint }),
        ...locationOf(parsed, path),
      };
    }
    case 'minLength':
      return {
        ...base,
        rule: 'schema-empty',
        message: `${where} must not be empty`,
        expected: 'non-empty text',
        found: describeValue(error.data),
        ...locationOf(parsed, path),
      };
    case 'minItems': {
      const limit = Number(error.params['limit']);
      return {
        ...base,
        rule: 'schema-min-items',
        message: `${where} needs at least ${limit} item${limit === 1 ? '' : 's'}`,
        expected: `a list of at least ${limit} item${limit === 1 ? '' : 's'}`,
        found: describeValue(error.data),
        ...locationOf(parsed, path),
      };
    }
    default:
      return {
        ...base,
        rule: `schema-${error.keyword.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`,
        message: `${where} ${error.message ?? 'is invalid'}`,
        found: describeValue(error.data),
        ...locationOf(parsed, path),
      };
  }
}

/**
 * A number written in a form YAML changes (`007` → 7, `0x1F` → 31), said as both, so the message
 * matches the file (issue #14); undefined when the value is no number or reads as written.
 */
function foundNumber(parsed: ParsedData, path: DataPath, value: unknown): string | undefined {
  if (typeof value !== 'number') return undefined;
  const written = parsed.writtenNumber(path);
  return written !== undefined && written !== String(value) ? `\`${written}\`, which YAML reads as the number ${describeNumber(value)}` : undefined;
}

function describeNumber(value: number): string {
  return describeValue(value).replace(/^number /, '');
}

function describePath(path: DataPath): string {
  return path.length === 0 ? 'the brief' : `\`${formatDataPath(path)}\``;
}

/** Drops diagnostics identical in rule, place and message (ajv repeats some for shared schemas). */
function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.rule}\u0000${d.dataPath}\u0000${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Sorts by line then column, keeping the original order for ties and for unplaced diagnostics. */
export function sortByPosition(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (a.d.line ?? 0) - (b.d.line ?? 0) || (a.d.column ?? 0) - (b.d.column ?? 0) || a.i - b.i)
    .map(({ d }) => d);
}

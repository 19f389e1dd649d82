/**
 * fast-check generators of fuzz inputs: briefs that satisfy the schema but carry hostile text in
 * every field, and mutations of the reference data file's text (byte flips, deleted and duplicated
 * lines, swapped value types, spliced payloads, truncation). Each input is the bytes of a data file,
 * so invalid UTF-8 and BOMs reach the read stage as they would from disk.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { HOSTILE_PAYLOADS, TYPE_SWAPS } from './payloads.js';

/** One fuzz case: the name a data file would have, and its bytes. */
export interface FuzzInput {
  /** `fuzz.yaml` or `fuzz.json`; the extension only matters to messages. */
  path: string;
  bytes: Uint8Array;
  /** How the case was made, for reports. */
  kind: 'generated' | 'mutated';
}

const encoder = new TextEncoder();

/**
 * Payloads the data stage rejects (links to other schemes, images outside the folder or missing):
 * a brief meant to build leaves them out, or it would never reach the later stages.
 */
const REJECTED = /javascript:|file:|data:|\.\.\/|\]\(\/|C:\\|x\.png|nope\.png/;

/**
 * Text mixing ordinary words, arbitrary Unicode and hostile payloads, sometimes very long. With
 * `buildable`, payloads the data stage rejects are left out (the rest still is hostile).
 */
export function hostileText(buildable = false): fc.Arbitrary<string> {
  const payloads = HOSTILE_PAYLOADS.filter((p) => !buildable || !REJECTED.test(p));
  const piece = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom('Istanbul', 'talks', 'ceasefire', 'Çırağan Palace', 'Умєров', ' ', ', ', '. ') },
    { weight: 3, arbitrary: fc.constantFrom(...payloads) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
    { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('\u0000', '\u001e', '\uD800', '\n', '*', '[', ']', '(', ')', '<', '>', '#', '-', ':', '|', '`', '\\'), maxLength: 10 }) },
    // Block structure: lists, quotes and indentation nested in one another (marked 18 throws on
    // some, e.g. `- item\n   >  -\ntext`; see src/markup/block-lexer.ts).
    { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('\n', '\n\n', '- ', '1. ', '> ', '  ', '   ', '    ', '-', '=', '|', 'text'), maxLength: 10 }) },
  );
  const text = fc.array(piece, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''));
  // Now and then a long text, to exercise wrapping and continuation slides.
  const long = fc.tuple(text, fc.integer({ min: 20, max: 80 })).map(([t, n]) => `${t} `.repeat(n));
  return fc.oneof({ weight: 20, arbitrary: text }, { weight: 1, arbitrary: long });
}

/**
 * A written brief object. With `buildable` it passes the schema and the rules (only its text is
 * hostile), so it exercises render, markup, fit and write; without, any value may also be wrong.
 */
export function writtenBrief(buildable: boolean): fc.Arbitrary<Record<string, unknown>> {
  // Valid values only when buildable; otherwise mostly valid with now and then a wrong one.
  const mostly = <T>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<T>): fc.Arbitrary<T> =>
    buildable ? valid : fc.oneof({ weight: 4, arbitrary: valid }, { weight: 1, arbitrary: invalid });
  const partyId = mostly(fc.constantFrom('ua', 'ru'), fc.oneof(fc.constantFrom('tr', 'ua ', ''), fc.string({ maxLength: 6 })));
  const sourceId = mostly(fc.constantFrom('s1', 's2'), fc.oneof(fc.constantFrom('s3', 's 1'), fc.string({ maxLength: 6 })));
  const id = fc.oneof(partyId, sourceId);
  return briefOf(buildable, mostly, partyId, sourceId, id);
}

type Mostly = <T>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<T>) => fc.Arbitrary<T>;

function briefOf(buildable: boolean, mostly: Mostly, partyId: fc.Arbitrary<string>, sourceId: fc.Arbitrary<string>, id: fc.Arbitrary<string>): fc.Arbitrary<Record<string, unknown>> {
  const text = hostileText(buildable);
  const nonEmpty = text.map((t) => (t.trim() === '' ? 'x' : t));
  const sources = fc.array(sourceId, { maxLength: 3 });
  const point = fc.oneof(nonEmpty, fc.record({ text: nonEmpty, sources }));
  const person = fc.record({ id: mostly(fc.constant(undefined), id), name: nonEmpty, role: nonEmpty, organisation: fc.option(text, { nil: undefined }) }, { requiredKeys: ['name', 'role'] });
  const roles = mostly<string[]>(fc.constantFrom(['party'], ['party', 'chair']), fc.constantFrom<string[]>([], ['judge'], ['mediator', 'host']));
  const party = (partyIdArb: fc.Arbitrary<string>) => fc.record({
    id: partyIdArb, name: nonEmpty, roles,
    delegation: fc.record({ head: buildable ? fc.constant(undefined) : fc.option(id, { nil: undefined, freq: 2 }), members: fc.array(person, { maxLength: 4 }) }, { requiredKeys: [] }),
    sources,
  }, { requiredKeys: ['id', 'name', 'roles'] });
  const parties = mostly(
    fc.tuple(party(fc.constant('ua')), party(fc.constant('ru'))).map((list) => [...list]),
    fc.array(party(partyId), { maxLength: 3 }),
  );
  const date = mostly(fc.constantFrom('2025-06-02', '2024-02-29'), fc.constantFrom('2025-02-30', '2025-13-01', 'yesterday'));
  const partialDate = mostly(fc.constantFrom('2025-06-02', '2025-03', '2024'), fc.constantFrom('2025-00', '2025-02-30'));
  const time = mostly(fc.constantFrom('13:00', '09:30'), fc.constantFrom('25:00', '1pm'));
  const dateTime = mostly(fc.constantFrom('2025-06-02T13:00:00+03:00', '2025-06-02T13:00:00Z'), fc.constantFrom('2025-06-02T25:00:00+03:00', '2025-06-02T13:00:00'));
  const listedSources = fc.tuple(
    fc.constant([{ id: 's1', title: 'One' }, { id: 's2', title: 'Two', url: 'https://example.org/two' }]),
    fc.array(fc.record({ id: sourceId, title: nonEmpty, publisher: fc.option(text, { nil: undefined }), date: fc.option(date, { nil: undefined }), url: fc.option(fc.constantFrom('https://example.org/a', 'http://example.org/b?c=<d>', 'mailto:a@b.c', 'javascript:alert(1)', 'not a url'), { nil: undefined }) }, { requiredKeys: ['id', 'title'] }), { maxLength: buildable ? 0 : 2 }),
  ).map(([fixed, extra]) => [...fixed, ...extra]);
  const series = fc.integer({ min: 1, max: 5 }).chain((n) => fc.record({
    title: nonEmpty,
    unit: fc.option(text, { nil: undefined }),
    type: fc.constantFrom('bar', 'line'),
    categories: fc.array(nonEmpty, { minLength: n, maxLength: n }),
    values: fc.array(fc.record({ name: nonEmpty, data: fc.array(fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(null)), { minLength: n, maxLength: buildable ? n : n + 1 }) }), { minLength: 1, maxLength: 3 }),
  }, { requiredKeys: ['title', 'categories', 'values'] }));
  return fc.record({
    title: nonEmpty,
    subtitle: fc.option(text, { nil: undefined }),
    language: mostly(fc.constantFrom('en', 'en-GB', 'uk', 'tr', 'ar'), fc.constant('xx-invalid-')),
    version: mostly(fc.constant(2), fc.constantFrom(1, 3, '2')),
    marking: fc.option(text, { nil: undefined }),
    event: fc.record({
      date, time: fc.option(time, { nil: undefined }), timeZone: mostly(fc.constantFrom('Europe/Istanbul', 'UTC'), fc.constant('Mars/Base')),
      venue: fc.option(nonEmpty, { nil: undefined }), city: fc.option(nonEmpty, { nil: undefined }),
      country: fc.option(text, { nil: undefined }), format: fc.option(fc.constantFrom('direct', 'indirect', 'multilateral'), { nil: undefined }),
      description: fc.option(nonEmpty, { nil: undefined }), sources,
    }, { requiredKeys: ['date', 'timeZone'] }),
    bottomLine: fc.array(point, { maxLength: 5 }),
    participants: fc.tuple(parties, fc.array(fc.record({
      id: fc.constantFrom('tr', 'qa', 'om'), name: nonEmpty, roles: fc.constantFrom(['mediator'], ['host'], ['mediator', 'host', 'chair'], ['observer', 'guarantor']),
      description: fc.option(nonEmpty, { nil: undefined }), delegation: fc.record({ members: fc.array(person, { maxLength: 2 }) }), sources,
    }, { requiredKeys: ['id', 'name', 'roles'] }), { maxLength: 1 })).map(([a, b]) => [...a, ...b]),
    outcome: fc.option(fc.record({
      summary: fc.option(nonEmpty, { nil: undefined }), points: fc.array(point, { maxLength: 3 }),
      nextRound: fc.option(fc.record({ date: partialDate, city: fc.option(nonEmpty, { nil: undefined }), sources }, { requiredKeys: [] }), { nil: undefined }), sources,
    }, { requiredKeys: [] }), { nil: undefined }),
    priorRounds: fc.array(fc.record({ title: nonEmpty, date, venue: fc.option(text, { nil: undefined }), outcomes: fc.array(nonEmpty, { maxLength: 3 }), unresolved: fc.array(nonEmpty, { maxLength: 3 }), sources }, { requiredKeys: ['title', 'date'] }), { maxLength: 2 }),
    positions: fc.array(fc.record({ by: partyId, summary: fc.option(text, { nil: undefined }), points: fc.array(point, { maxLength: 4 }) }, { requiredKeys: ['by'] }), { maxLength: 3 }),
    clashes: fc.array(fc.record({ topic: nonEmpty, views: fc.dictionary(partyId, nonEmpty, { maxKeys: 3 }), sources }), { maxLength: 3 }),
    context: fc.array(fc.record({
      kind: mostly(fc.constantFrom('military', 'economic', 'humanitarian'), fc.constantFrom('other', 'weather')),
      keyFigures: fc.array(fc.record({ value: fc.oneof(nonEmpty, fc.integer()), label: nonEmpty, sources }, { requiredKeys: ['value', 'label'] }), { maxLength: 4 }),
      events: fc.array(fc.record({ date: fc.oneof(partialDate, dateTime), text, sources }, { requiredKeys: ['date', 'text'] }), { maxLength: 4 }),
      series,
    }, { requiredKeys: ['kind'] }), { maxLength: 2 }),
    watch: fc.array(point, { maxLength: 4 }),
    sources: listedSources,
    notes: fc.dictionary(fc.constantFrom('cover', 'bottomLine', 'participants', 'positions', 'watch', 'sources', 'clashes'), text, { maxKeys: 4 }),
  }, { requiredKeys: buildable ? ['version', 'title', 'event', 'participants', 'sources'] : ['title', 'event'] });
}

/** Generated briefs written out as YAML or JSON (JSON keeps lone surrogates as `\ud800` escapes). */
export function generatedInput(): fc.Arbitrary<FuzzInput> {
  const brief = fc.oneof({ weight: 3, arbitrary: writtenBrief(true) }, { weight: 1, arbitrary: writtenBrief(false) });
  return fc.tuple(brief, fc.boolean()).map(([brief, asJson]): FuzzInput => ({
    path: asJson ? 'fuzz.json' : 'fuzz.yaml',
    bytes: encoder.encode(asJson ? JSON.stringify(brief, null, 2) : stringify(brief, { lineWidth: 0 })),
    kind: 'generated',
  }));
}

type Mutation = (lines: string[]) => string[];

/** Edits of a data file's lines: each picks its place from the generated numbers. */
function mutation(): fc.Arbitrary<Mutation> {
  const at = fc.nat();
  return fc.oneof(
    at.map((i): Mutation => (lines) => lines.filter((_, k) => k !== i % lines.length)),
    at.map((i): Mutation => (lines) => lines.flatMap((l, k) => (k === i % lines.length ? [l, l] : [l]))),
    fc.tuple(at, at).map(([i, j]): Mutation => (lines) => {
      const out = [...lines];
      const a = i % out.length;
      const b = j % out.length;
      [out[a], out[b]] = [out[b]!, out[a]!];
      return out;
    }),
    fc.tuple(at, fc.constantFrom(...TYPE_SWAPS)).map(([i, value]): Mutation => (lines) => lines.map((l, k) => (k === i % lines.length ? l.replace(/:\s.*$|:$/, `: ${value}`) : l))),
    fc.tuple(at, at, fc.constantFrom(...HOSTILE_PAYLOADS)).map(([i, j, payload]): Mutation => (lines) => lines.map((l, k) => {
      if (k !== i % lines.length) return l;
      const cut = j % (l.length + 1);
      return l.slice(0, cut) + payload + l.slice(cut);
    })),
    fc.tuple(at, fc.integer({ min: -4, max: 4 })).map(([i, shift]): Mutation => (lines) => lines.map((l, k) => (k === i % lines.length ? (shift >= 0 ? ' '.repeat(shift) + l : l.slice(-shift)) : l))),
    at.map((i): Mutation => (lines) => lines.slice(0, Math.max(1, i % lines.length))),
  );
}

/** Byte-level damage applied after the line edits: flips, inserted bytes, a BOM, CRLF. */
function byteDamage(): fc.Arbitrary<(bytes: Uint8Array) => Uint8Array> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant((bytes: Uint8Array) => bytes) },
    { weight: 2, arbitrary: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }).map((flips) => (bytes: Uint8Array) => {
      const out = new Uint8Array(bytes);
      for (const [i, b] of flips) if (out.length > 0) out[i % out.length] = b;
      return out;
    }) },
    { weight: 1, arbitrary: fc.constant((bytes: Uint8Array) => new Uint8Array([0xef, 0xbb, 0xbf, ...bytes])) },
    { weight: 1, arbitrary: fc.constant((bytes: Uint8Array) => encoder.encode(new TextDecoder().decode(bytes).replace(/\n/g, '\r\n'))) },
  );
}

/** Mutations of a reference data file's text: one to four line edits, then optional byte damage. */
export function mutatedInput(reference: string, path = 'fuzz.yaml'): fc.Arbitrary<FuzzInput> {
  const lines = reference.split('\n');
  return fc.tuple(fc.array(mutation(), { minLength: 1, maxLength: 4 }), byteDamage()).map(([edits, damage]): FuzzInput => ({
    path,
    bytes: damage(encoder.encode(edits.reduce((ls, edit) => (ls.length > 0 ? edit(ls) : ls), lines).join('\n'))),
    kind: 'mutated',
  }));
}

/** The fuzz input mix: half generated briefs, half mutations of the reference file. */
export function fuzzInput(reference: string): fc.Arbitrary<FuzzInput> {
  return fc.oneof(generatedInput(), mutatedInput(reference));
}

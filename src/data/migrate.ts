/**
 * `briefdeck migrate`: a brief in the first data format → the same brief in version 2 (issue #15).
 * Pure: text in, text out. The deck built from the result shows what the old one showed: an old
 * file without `marking` got `OFFICIAL`, so the migrated file says so; `event.start` becomes the
 * local `date` and `time` in the event's time zone; parties and mediators become participants
 * with roles; `military` becomes a context section; `notes.mediators` moves to the mediator.
 */
import { Document, isPair, isScalar, parseDocument, Scalar, visit } from 'yaml';
import type { Diagnostic, StageResult } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../io/read-source.js';
import { isFirstFormat } from './old-format.js';
import { slugify } from './normalize.js';
import { FORMAT_VERSION } from './schema.js';

type Json = Record<string, unknown>;

/** The marking a first-format file got when it set none. */
const FIRST_FORMAT_MARKING = 'OFFICIAL';

/** What `migrateBrief` returns: the new text, and what the migration changed in words. */
export interface Migrated {
  text: string;
  changes: string[];
}

/**
 * Converts the text of a first-format brief (YAML or JSON: JSON in, JSON out) to version 2.
 * Errors: `migrate-parse` when the text is not data, `migrate-not-old` when it is not in the
 * first format (already version 2, or not a brief).
 */
export function migrateBrief(source: SourceFile): StageResult<Migrated> {
  const doc = parseDocument(source.text, { uniqueKeys: true, prettyErrors: false });
  const fail = (rule: string, message: string): StageResult<Migrated> => ({
    value: undefined,
    diagnostics: [{ severity: 'error', rule, message, file: source.path } satisfies Diagnostic],
  });
  if (doc.errors.length > 0) return fail('migrate-parse', `cannot migrate: ${doc.errors[0]!.message.split('\n')[0]}`);
  const old: unknown = doc.toJS();
  if (!isFirstFormat(old)) {
    const version = (old as Json | null)?.['version'];
    return fail('migrate-not-old', version === FORMAT_VERSION ? 'already in data format version 2; nothing to migrate' : 'not a brief in the first data format; nothing to migrate');
  }
  const changes: string[] = [];
  const value = migrateValue(old as Json, changes);
  const json = /\.json$/i.test(source.path) || /^\s*[{[]/.test(source.text);
  if (json) return { value: { text: `${JSON.stringify(value, null, 2)}\n`, changes }, diagnostics: [] };
  const header = leadingComments(source.text);
  return { value: { text: `${header}${toYaml(value)}`, changes }, diagnostics: [] };
}

/**
 * YAML text of the migrated value: short lists of ids in flow style (`sources: [seed]`), as people
 * write them, and times quoted so no YAML 1.1 reader takes `13:00` for a number.
 */
function toYaml(value: Json): string {
  const doc = new Document(value);
  visit(doc, {
    Seq(_, node) {
      if (node.items.every((item) => isScalar(item) && typeof item.value !== 'string' || (isScalar(item) && String(item.value).length <= 24 && !/\s/.test(String(item.value))))) node.flow = true;
    },
    Pair(_, pair) {
      if (isPair(pair) && isScalar(pair.key) && pair.key.value === 'time' && isScalar(pair.value)) pair.value.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** The comment lines at the top of a YAML file (the `$schema` modeline, a description). */
function leadingComments(text: string): string {
  const lines = text.split('\n');
  const kept: string[] = [];
  for (const line of lines) {
    if (!/^\s*#/.test(line)) break;
    kept.push(line);
  }
  return kept.length > 0 ? `${kept.join('\n')}\n` : '';
}

/** The version 2 value of a first-format brief; `changes` gets one line per kind of change. */
export function migrateValue(old: Json, changes: string[]): Json {
  const out: Json = {};
  if (old['$schema'] !== undefined) out['$schema'] = old['$schema'];
  out['version'] = FORMAT_VERSION;
  copy(old, out, ['title', 'subtitle', 'language']);
  if (old['marking'] === undefined) {
    out['marking'] = FIRST_FORMAT_MARKING;
    changes.push(`marking: set to \`${FIRST_FORMAT_MARKING}\`, the first format's default (version 2 has none)`);
  } else out['marking'] = old['marking'];
  copy(old, out, ['prepared']);

  const event = (old['event'] ?? {}) as Json;
  const next: Json = {};
  const zone = typeof event['timeZone'] === 'string' ? event['timeZone'] : null;
  const local = typeof event['start'] === 'string' ? localDateTime(event['start'], zone) : undefined;
  if (local !== undefined) {
    next['date'] = local.date;
    if (local.time !== undefined) next['time'] = local.time;
    changes.push('event.start: now `event.date` and `event.time`, local time in `event.timeZone`');
  }
  copy(event, next, ['timeZone', 'venue', 'city', 'country']);
  // A time needs a zone in version 2: the start's own offset gives one when the file named none.
  const offsetZone = zone === null && local?.time !== undefined ? zoneOfOffset(String(event['start'])) : undefined;
  if (offsetZone !== undefined) {
    next['timeZone'] = offsetZone;
    changes.push(`event.timeZone: \`${offsetZone}\`, from the start's UTC offset; name the city's zone (e.g. Europe/Istanbul) if you know it`);
  }
  if (event['format'] !== undefined) {
    next['description'] = event['format'];
    changes.push('event.format (text): now `event.description`; `event.format` names the kind of talks (direct, indirect, ...)');
  }
  copy(event, next, ['sources']);
  out['event'] = next;
  copy(old, out, ['bottomLine']);

  const participants: Json[] = [];
  for (const party of asList(old['parties'])) participants.push({ id: party['id'], name: party['name'], roles: ['party'], ...pick(party, ['delegation', 'sources']) });
  const notes = { ...((old['notes'] ?? {}) as Json) };
  const taken = new Set(participants.map((p) => String(p['id'])));
  for (const mediator of asList(old['mediators'])) {
    // The first format named a mediator by `country`; a `name` (a person or body) is kept as the name.
    const name = mediator['country'] ?? mediator['name'];
    const id = uniqueId(slugify(String(name ?? '')) || 'mediator', taken);
    const participant: Json = { id, name, roles: ['mediator'] };
    if (mediator['role'] !== undefined) participant['description'] = mediator['role'];
    if (Array.isArray(mediator['people'])) participant['delegation'] = { members: mediator['people'] };
    if (mediator['sources'] !== undefined) participant['sources'] = mediator['sources'];
    if (notes['mediators'] !== undefined) participant['notes'] = notes['mediators'];
    participants.push(participant);
  }
  if (participants.length > 0) {
    out['participants'] = participants;
    changes.push('parties and mediators: now `participants` with `roles` (party, mediator, host, chair, observer, guarantor)');
  }
  copy(old, out, ['priorRounds']);
  const positions = asList(old['positions']).map(({ party, ...rest }) => ({ by: party, ...rest }));
  if (positions.length > 0) {
    out['positions'] = positions;
    changes.push('positions[].party: now `positions[].by` (a participant or an actor)');
  }
  copy(old, out, ['clashes']);

  const military = old['military'] as Json | undefined | null;
  if (military && typeof military === 'object') {
    const section: Json = { kind: 'military' };
    const figures = asList(military['keyFigures']).map(({ source, ...rest }) => ({ ...rest, ...(typeof source === 'string' ? { sources: [source] } : {}) }));
    if (figures.length > 0) section['keyFigures'] = figures;
    if (Array.isArray(military['events'])) section['events'] = military['events'];
    const series = military['series'] as Json | null | undefined;
    if (series && typeof series === 'object') {
      const { source, ...rest } = series;
      section['series'] = { ...rest, ...(typeof source === 'string' ? { sources: [source] } : {}) };
    }
    out['context'] = [section];
    changes.push('military: now a `context` section of kind `military`; `source` of figures and series: now `sources` lists');
  }
  copy(old, out, ['watch', 'sources']);

  const renamed: Record<string, string> = { participants: 'delegation', priorRound: 'priorRounds', military: 'keyFigures' };
  const newNotes: Json = {};
  for (const [key, text] of Object.entries(notes)) {
    if (key === 'mediators') continue;
    newNotes[renamed[key] ?? key] = text;
  }
  if (Object.keys(notes).length > 0) {
    out['notes'] = newNotes;
    changes.push('notes: `participants` → `delegation`, `priorRound` → `priorRounds`, `military` → `keyFigures`, `mediators` → the mediator\'s own `notes`');
  }
  // Keys neither format has are not carried over: said, so nothing goes missing without a word.
  const dropped = [
    ...Object.keys(old).filter((key) => !TOP_LEVEL_KEYS.has(key)),
    ...Object.keys(event).filter((key) => !EVENT_KEYS.has(key)).map((key) => `event.${key}`),
  ];
  if (dropped.length > 0) changes.push(`dropped, not part of the format: ${dropped.map((key) => `\`${key}\``).join(', ')}`);
  return out;
}

/** The first format's top-level and `event` keys, all carried over. */
const TOP_LEVEL_KEYS = new Set(['$schema', 'version', 'title', 'subtitle', 'language', 'marking', 'prepared', 'event', 'bottomLine', 'parties', 'mediators', 'priorRounds', 'positions', 'clashes', 'military', 'watch', 'sources', 'notes']);
const EVENT_KEYS = new Set(['start', 'timeZone', 'venue', 'city', 'country', 'format', 'sources']);

/**
 * An IANA zone for an ISO date-time's UTC offset: `UTC` for `Z` or `+00:00`, `Etc/GMT-3` for
 * `+03:00` (the Etc zones' signs are inverted, POSIX style); undefined for no offset or one that is
 * not whole hours (no Etc zone exists for it).
 */
function zoneOfOffset(iso: string): string | undefined {
  if (/Z$/i.test(iso)) return 'UTC';
  const offset = /([+-])(\d{2}):?(\d{2})$/.exec(iso);
  if (!offset || offset[3] !== '00') return undefined;
  const hours = Number(offset[2]);
  if (hours === 0) return 'UTC';
  return `Etc/GMT${offset[1] === '+' ? '-' : '+'}${hours}`;
}

function copy(from: Json, to: Json, keys: string[]): void {
  for (const key of keys) if (from[key] !== undefined) to[key] = from[key];
}

function pick(from: Json, keys: string[]): Json {
  const out: Json = {};
  copy(from, out, keys);
  return out;
}

function asList(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter((v): v is Json => v !== null && typeof v === 'object') : [];
}

function uniqueId(base: string, taken: Set<string>): string {
  let candidate = base;
  for (let n = 2; taken.has(candidate); n += 1) candidate = `${base}-${n}`;
  taken.add(candidate);
  return candidate;
}

/**
 * The local date and time of an ISO date-time in `zone` (or at its own offset when there is no
 * zone); a date-only value keeps its date and has no time.
 */
function localDateTime(iso: string, zone: string | null): { date: string; time?: string } | undefined {
  const dateOnly = /^(\d{4}-\d{2}-\d{2})$/.exec(iso);
  if (dateOnly) return { date: dateOnly[1]! };
  const written = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  if (!written) return undefined;
  const instant = new Date(iso);
  if (zone === null || Number.isNaN(instant.getTime())) return { date: written[1]!, time: written[2]! };
  try {
    const parts = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(instant);
    const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
    return { date: `${part('year')}-${part('month')}-${part('day')}`, time: `${part('hour')}:${part('minute')}` };
  } catch {
    return { date: written[1]!, time: written[2]! };
  }
}

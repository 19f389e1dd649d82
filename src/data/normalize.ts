/**
 * The normalise stage: a written brief that passed the schema → the fully defaulted `Brief`
 * templates see. Shorthand is expanded, defaults filled in, person ids generated, the head of a
 * delegation moved first, markdown fields wrapped in MarkdownText, and characters that cannot
 * appear in XML removed (with a warning) so they never reach the pptx writer.
 */
import type { Diagnostic, StageResult } from '../diagnostics/diagnostic.js';
import type { DataPath } from './data-path.js';
import { locationOf } from './locate.js';
import { MarkdownText } from './markdown-text.js';
import type { ParsedData } from './parse-data.js';
import type { WrittenBrief, WrittenPerson, WrittenPoint } from './schema.js';
import type {
  Brief,
  Clash,
  KeyFigure,
  Mediator,
  Party,
  Person,
  Point,
  Position,
  PriorRound,
  Series,
  Source,
  TimelineEvent,
} from './types.js';

/** Default `language` when the data file has none. */
export const DEFAULT_LANGUAGE = 'en';
/** Default handling marking when the data file has none. */
export const DEFAULT_MARKING = 'OFFICIAL';

/**
 * The normalised brief plus, for each object in it, the data path it was written at. The rules
 * need the written path to point at the right line even where normalising moved things (the
 * head of a delegation comes first) or expanded shorthand.
 */
export interface NormalizedBrief {
  brief: Brief;
  /** Written data path of each object of `brief` (parties, people, points, sources, ...). */
  origins: WeakMap<object, DataPath>;
  /** Every markdown field with its written data path, for the checks of markdown content. */
  markdown: Array<{ text: MarkdownText; path: DataPath }>;
}

/**
 * Characters XML 1.0 does not allow (C0 controls except tab, LF, CR; U+FFFE; U+FFFF) and
 * lone UTF-16 surrogates (from `\uD800`-style escapes).
 */
export const XML_INVALID_CHARACTERS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Normalises a written brief. Never fails: the only diagnostics are `control-character`
 * warnings. `parsed` is used only to give those warnings a line and column.
 */
export function normalizeBrief(written: WrittenBrief, parsed?: ParsedData): StageResult<NormalizedBrief> {
  const diagnostics: Diagnostic[] = [];
  const origins = new WeakMap<object, DataPath>();
  const markdown: NormalizedBrief['markdown'] = [];

  /** Removes XML-invalid characters from a string, warning once per string. */
  const clean = (value: string, path: DataPath): string => {
    const cleaned = value.replace(XML_INVALID_CHARACTERS, '');
    if (cleaned !== value) {
      const codes = [...new Set([...value.matchAll(XML_INVALID_CHARACTERS)].map((m) => `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`))];
      diagnostics.push({
        severity: 'warning',
        rule: 'control-character',
        message: `removed ${codes.join(', ')} (not allowed in a presentation) from the text`,
        found: codes.join(', '),
        hint: 'these characters usually come from copy and paste; delete them from the data file',
        ...locationOf(parsed, path),
      });
    }
    return cleaned;
  };
  const opt = (value: string | null | undefined, path: DataPath): string | null =>
    value === null || value === undefined ? null : clean(value, path);
  const md = (value: string, path: DataPath): MarkdownText => {
    const text = new MarkdownText(clean(value, path));
    markdown.push({ text, path });
    return text;
  };
  const optMd = (value: string | undefined, path: DataPath): MarkdownText | null =>
    value === undefined ? null : md(value, path);
  const ids = (list: readonly string[] | undefined, path: DataPath): string[] =>
    (list ?? []).map((s, i) => clean(s, [...path, i]));
  const track = <T extends object>(value: T, path: DataPath): T => {
    origins.set(value, path);
    return value;
  };

  const point = (p: WrittenPoint, path: DataPath): Point =>
    track(
      typeof p === 'string'
        ? { text: md(p, path), sources: [] }
        : { text: md(p.text, [...path, 'text']), sources: ids(p.sources, [...path, 'sources']) },
      path,
    );
  const points = (list: readonly WrittenPoint[] | undefined, path: DataPath): Point[] =>
    (list ?? []).map((p, i) => point(p, [...path, i]));

  // Person ids: explicit ones are kept (duplicates are the rules' business); generated ones
  // avoid every explicit id and each other, so they are unique by construction.
  const takenIds = new Set<string>();
  for (const party of written.parties ?? []) for (const m of party.delegation?.members ?? []) if (m.id) takenIds.add(m.id);
  for (const mediator of written.mediators ?? []) for (const m of mediator.people ?? []) if (m.id) takenIds.add(m.id);
  const person = (p: WrittenPerson, path: DataPath, head: string | null): Person => {
    const name = clean(p.name, [...path, 'name']);
    const id = p.id !== undefined ? clean(p.id, [...path, 'id']) : uniqueId(slugify(name) || 'person', takenIds);
    return track(
      { id, name, role: clean(p.role, [...path, 'role']), organisation: opt(p.organisation, [...path, 'organisation']), isHead: head !== null && id === head },
      path,
    );
  };

  const parties: Party[] = (written.parties ?? []).map((party, i) => {
    const path: DataPath = ['parties', i];
    const head = opt(party.delegation?.head, [...path, 'delegation', 'head']);
    const members = (party.delegation?.members ?? []).map((m, k) => person(m, [...path, 'delegation', 'members', k], head));
    // The head leads the list; the others keep the order written.
    const headIndex = members.findIndex((m) => m.isHead);
    if (headIndex > 0) members.unshift(...members.splice(headIndex, 1));
    return track(
      {
        id: clean(party.id, [...path, 'id']),
        name: clean(party.name, [...path, 'name']),
        delegation: track({ head, members }, [...path, 'delegation']),
        sources: ids(party.sources, [...path, 'sources']),
      },
      path,
    );
  });

  const mediators: Mediator[] = (written.mediators ?? []).map((m, i) => {
    const path: DataPath = ['mediators', i];
    return track(
      {
        country: clean(m.country, [...path, 'country']),
        role: optMd(m.role, [...path, 'role']),
        people: (m.people ?? []).map((p, k) => person(p, [...path, 'people', k], null)),
        sources: ids(m.sources, [...path, 'sources']),
      },
      path,
    );
  });

  const priorRounds: PriorRound[] = (written.priorRounds ?? []).map((r, i) => {
    const path: DataPath = ['priorRounds', i];
    return track(
      {
        title: clean(r.title, [...path, 'title']),
        date: clean(r.date, [...path, 'date']),
        venue: opt(r.venue, [...path, 'venue']),
        city: opt(r.city, [...path, 'city']),
        outcomes: (r.outcomes ?? []).map((o, k) => md(o, [...path, 'outcomes', k])),
        unresolved: (r.unresolved ?? []).map((o, k) => md(o, [...path, 'unresolved', k])),
        sources: ids(r.sources, [...path, 'sources']),
      },
      path,
    );
  });

  const positions: Position[] = (written.positions ?? []).map((p, i) => {
    const path: DataPath = ['positions', i];
    return track(
      { party: clean(p.party, [...path, 'party']), summary: optMd(p.summary, [...path, 'summary']), points: points(p.points, [...path, 'points']) },
      path,
    );
  });

  const clashes: Clash[] = (written.clashes ?? []).map((c, i) => {
    const path: DataPath = ['clashes', i];
    const views: Record<string, MarkdownText> = {};
    for (const [party, view] of Object.entries(c.views)) views[party] = md(view, [...path, 'views', party]);
    return track({ topic: clean(c.topic, [...path, 'topic']), views, sources: ids(c.sources, [...path, 'sources']) }, path);
  });

  const military = written.military ?? {};
  const keyFigures: KeyFigure[] = (military.keyFigures ?? []).map((f, i) => {
    const path: DataPath = ['military', 'keyFigures', i];
    return track(
      {
        // An unquoted number is shown as written (`007`, `3.50`, `1e3`), not as YAML read it (issue #14).
        value: typeof f.value === 'number' ? (parsed?.writtenNumber([...path, 'value']) ?? String(f.value)) : clean(f.value, [...path, 'value']),
        label: clean(f.label, [...path, 'label']),
        source: opt(f.source, [...path, 'source']),
      },
      path,
    );
  });
  const events: TimelineEvent[] = (military.events ?? []).map((e, i) => {
    const path: DataPath = ['military', 'events', i];
    return track({ date: clean(e.date, [...path, 'date']), text: md(e.text, [...path, 'text']), sources: ids(e.sources, [...path, 'sources']) }, path);
  });
  let series: Series | null = null;
  if (military.series) {
    const s = military.series;
    const path: DataPath = ['military', 'series'];
    series = track(
      {
        title: clean(s.title, [...path, 'title']),
        unit: opt(s.unit, [...path, 'unit']),
        type: s.type ?? 'bar',
        categories: s.categories.map((c, k) => clean(c, [...path, 'categories', k])),
        values: s.values.map((v, k) => track({ name: clean(v.name, [...path, 'values', k, 'name']), data: [...v.data] }, [...path, 'values', k])),
        source: opt(s.source, [...path, 'source']),
      },
      path,
    );
  }

  const sources: Source[] = (written.sources ?? []).map((s, i) => {
    const path: DataPath = ['sources', i];
    return track(
      {
        id: clean(s.id, [...path, 'id']),
        title: clean(s.title, [...path, 'title']),
        publisher: opt(s.publisher, [...path, 'publisher']),
        date: opt(s.date, [...path, 'date']),
        url: opt(s.url, [...path, 'url']),
        number: i + 1,
      },
      path,
    );
  });

  const notes: Record<string, MarkdownText> = {};
  for (const [key, value] of Object.entries(written.notes ?? {})) notes[clean(key, ['notes'])] = md(value, ['notes', key]);

  const event = written.event;
  const brief: Brief = {
    title: clean(written.title, ['title']),
    subtitle: opt(written.subtitle, ['subtitle']),
    language: written.language ?? DEFAULT_LANGUAGE,
    marking: written.marking !== undefined ? clean(written.marking, ['marking']) : DEFAULT_MARKING,
    prepared: { by: opt(written.prepared?.by, ['prepared', 'by']), date: opt(written.prepared?.date, ['prepared', 'date']) },
    event: track(
      {
        start: event.start,
        timeZone: clean(event.timeZone, ['event', 'timeZone']),
        venue: clean(event.venue, ['event', 'venue']),
        city: clean(event.city, ['event', 'city']),
        country: opt(event.country, ['event', 'country']),
        format: optMd(event.format, ['event', 'format']),
        sources: ids(event.sources, ['event', 'sources']),
      },
      ['event'],
    ),
    bottomLine: points(written.bottomLine, ['bottomLine']),
    parties,
    mediators,
    priorRounds,
    positions,
    clashes,
    military: { keyFigures, events, series },
    watch: points(written.watch, ['watch']),
    sources,
    notes,
  };
  origins.set(brief, []);
  return { value: { brief, origins, markdown }, diagnostics };
}

/** Transliteration for letters Unicode does not decompose into a base letter plus a mark. */
const EXTRA_LETTERS: Record<string, string> = { ı: 'i', ø: 'o', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', æ: 'ae', œ: 'oe', þ: 'th' };

/**
 * An ASCII slug of a name, for generated ids: `İbrahim Kalın` → `ibrahim-kalin`. Names with
 * no Latin letters give an empty slug (the caller falls back to `person`).
 */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ıøßłđðæœþ]/g, (c) => EXTRA_LETTERS[c] ?? '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `base`, or `base-2`, `base-3`, ... whichever is not taken yet; marks the result as taken. */
function uniqueId(base: string, taken: Set<string>): string {
  let candidate = base;
  for (let n = 2; taken.has(candidate); n += 1) candidate = `${base}-${n}`;
  taken.add(candidate);
  return candidate;
}

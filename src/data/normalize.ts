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
  Actor,
  Brief,
  Clash,
  ContextSection,
  DatePrecision,
  KeyFigure,
  Outcome,
  Participant,
  Person,
  Phase,
  Point,
  Position,
  PriorRound,
  Series,
  Source,
  TimelineEvent,
} from './types.js';

/** Default `language` when the data file has none. */
export const DEFAULT_LANGUAGE = 'en';

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

  const notesOf = (value: string | undefined, path: DataPath): MarkdownText | null => optMd(value, [...path, 'notes']);
  const point = (p: WrittenPoint, path: DataPath): Point =>
    track(
      typeof p === 'string'
        ? { text: md(p, path), sources: [], notes: null }
        : { text: md(p.text, [...path, 'text']), sources: ids(p.sources, [...path, 'sources']), notes: notesOf(p.notes, path) },
      path,
    );
  const points = (list: readonly WrittenPoint[] | undefined, path: DataPath): Point[] =>
    (list ?? []).map((p, i) => point(p, [...path, i]));
  const place = (p: { venue?: string | null; city?: string | null; country?: string | null }, path: DataPath) => ({
    venue: opt(p.venue, [...path, 'venue']),
    city: opt(p.city, [...path, 'city']),
    country: opt(p.country, [...path, 'country']),
  });

  // Person ids: explicit ones are kept (duplicates are the rules' business); generated ones
  // avoid every explicit id and each other, so they are unique by construction.
  const takenIds = new Set<string>();
  for (const participant of written.participants ?? []) for (const m of participant.delegation?.members ?? []) if (m.id) takenIds.add(m.id);
  const person = (p: WrittenPerson, path: DataPath, head: string | null): Person => {
    const name = clean(p.name, [...path, 'name']);
    const id = p.id !== undefined ? clean(p.id, [...path, 'id']) : uniqueId(slugify(name) || 'person', takenIds);
    return track(
      { id, name, role: clean(p.role, [...path, 'role']), organisation: opt(p.organisation, [...path, 'organisation']), isHead: head !== null && id === head },
      path,
    );
  };

  const participants: Participant[] = (written.participants ?? []).map((participant, i) => {
    const path: DataPath = ['participants', i];
    const head = opt(participant.delegation?.head, [...path, 'delegation', 'head']);
    const members = (participant.delegation?.members ?? []).map((m, k) => person(m, [...path, 'delegation', 'members', k], head));
    // The head leads the list; the others keep the order written.
    const headIndex = members.findIndex((m) => m.isHead);
    if (headIndex > 0) members.unshift(...members.splice(headIndex, 1));
    const roles = [...new Set(participant.roles)];
    return track(
      {
        id: clean(participant.id, [...path, 'id']),
        name: clean(participant.name, [...path, 'name']),
        roles,
        isParty: roles.includes('party'),
        description: optMd(participant.description, [...path, 'description']),
        delegation: track({ head, members }, [...path, 'delegation']),
        sources: ids(participant.sources, [...path, 'sources']),
        notes: notesOf(participant.notes, path),
      },
      path,
    );
  });

  const actors: Actor[] = (written.actors ?? []).map((a, i) => {
    const path: DataPath = ['actors', i];
    return track(
      {
        id: clean(a.id, [...path, 'id']),
        name: clean(a.name, [...path, 'name']),
        description: optMd(a.description, [...path, 'description']),
        sources: ids(a.sources, [...path, 'sources']),
      },
      path,
    );
  });

  let outcome: Outcome | null = null;
  if (written.outcome) {
    const o = written.outcome;
    const path: DataPath = ['outcome'];
    const next = o.nextRound;
    const nextPath: DataPath = [...path, 'nextRound'];
    outcome = track(
      {
        summary: optMd(o.summary, [...path, 'summary']),
        points: points(o.points, [...path, 'points']),
        nextRound: next === undefined ? null : track(
          {
            date: opt(next.date, [...nextPath, 'date']),
            precision: next.precision ?? precisionOf(next.date ?? ''),
            ...place(next, nextPath),
            description: optMd(next.description, [...nextPath, 'description']),
            sources: ids(next.sources, [...nextPath, 'sources']),
          },
          nextPath,
        ),
        sources: ids(o.sources, [...path, 'sources']),
        notes: notesOf(o.notes, path),
      },
      path,
    );
  }

  const priorRounds: PriorRound[] = (written.priorRounds ?? []).map((r, i) => {
    const path: DataPath = ['priorRounds', i];
    return track(
      {
        title: clean(r.title, [...path, 'title']),
        date: clean(r.date, [...path, 'date']),
        endDate: opt(r.endDate, [...path, 'endDate']),
        ...place(r, path),
        outcomes: (r.outcomes ?? []).map((o, k) => md(o, [...path, 'outcomes', k])),
        unresolved: (r.unresolved ?? []).map((o, k) => md(o, [...path, 'unresolved', k])),
        sources: ids(r.sources, [...path, 'sources']),
        notes: notesOf(r.notes, path),
      },
      path,
    );
  });

  const positions: Position[] = (written.positions ?? []).map((p, i) => {
    const path: DataPath = ['positions', i];
    return track(
      {
        by: clean(p.by, [...path, 'by']),
        summary: optMd(p.summary, [...path, 'summary']),
        points: points(p.points, [...path, 'points']),
        notes: notesOf(p.notes, path),
      },
      path,
    );
  });

  const clashes: Clash[] = (written.clashes ?? []).map((c, i) => {
    const path: DataPath = ['clashes', i];
    const views: Record<string, MarkdownText> = {};
    for (const [side, view] of Object.entries(c.views)) views[side] = md(view, [...path, 'views', side]);
    return track({ topic: clean(c.topic, [...path, 'topic']), views, sources: ids(c.sources, [...path, 'sources']), notes: notesOf(c.notes, path) }, path);
  });

  const context: ContextSection[] = (written.context ?? []).map((section, i) => {
    const path: DataPath = ['context', i];
    const keyFigures: KeyFigure[] = (section.keyFigures ?? []).map((f, k) => {
      const at: DataPath = [...path, 'keyFigures', k];
      return track(
        {
          // An unquoted number is shown as written (`007`, `3.50`, `1e3`), not as YAML read it (issue #14).
          value: typeof f.value === 'number' ? (parsed?.writtenNumber([...at, 'value']) ?? String(f.value)) : clean(f.value, [...at, 'value']),
          label: clean(f.label, [...at, 'label']),
          sources: ids(f.sources, [...at, 'sources']),
          notes: notesOf(f.notes, at),
        },
        at,
      );
    });
    const events: TimelineEvent[] = (section.events ?? []).map((e, k) => {
      const at: DataPath = [...path, 'events', k];
      const when = clean(e.date, [...at, 'date']);
      return track({ date: when, precision: e.precision ?? precisionOf(when), text: md(e.text, [...at, 'text']), sources: ids(e.sources, [...at, 'sources']) }, at);
    });
    let series: Series | null = null;
    if (section.series) {
      const s = section.series;
      const at: DataPath = [...path, 'series'];
      series = track(
        {
          title: clean(s.title, [...at, 'title']),
          unit: opt(s.unit, [...at, 'unit']),
          type: s.type ?? 'bar',
          categories: s.categories.map((c, k) => clean(c, [...at, 'categories', k])),
          values: s.values.map((v, k) => track({ name: clean(v.name, [...at, 'values', k, 'name']), data: [...v.data] }, [...at, 'values', k])),
          sources: ids(s.sources, [...at, 'sources']),
        },
        at,
      );
    }
    return track(
      {
        kind: section.kind,
        title: opt(section.title, [...path, 'title']),
        number: i + 1,
        keyFigures,
        events,
        series,
        notes: notesOf(section.notes, path),
      },
      path,
    );
  });

  const notes: Record<string, MarkdownText> = {};
  for (const [key, value] of Object.entries(written.notes ?? {})) if (typeof value === 'string') notes[key] = md(value, ['notes', key]);

  const event = written.event;
  const bottomLine = points(written.bottomLine, ['bottomLine']);
  const watch = points(written.watch, ['watch']);
  const phases: Phase[] = (event.phases ?? []).map((ph, i) => {
    const path: DataPath = ['event', 'phases', i];
    return track(
      {
        name: clean(ph.name, [...path, 'name']),
        date: ph.date,
        endDate: opt(ph.endDate, [...path, 'endDate']),
        time: opt(ph.time, [...path, 'time']),
        ...place(ph, path),
        description: optMd(ph.description, [...path, 'description']),
        sources: ids(ph.sources, [...path, 'sources']),
      },
      path,
    );
  });
  const eventValue: Brief['event'] = track(
    {
      date: event.date,
      time: opt(event.time, ['event', 'time']),
      endDate: opt(event.endDate, ['event', 'endDate']),
      timeZone: opt(event.timeZone, ['event', 'timeZone']),
      ...place(event, ['event']),
      format: event.format ?? null,
      description: optMd(event.description, ['event', 'description']),
      phases,
      sources: ids(event.sources, ['event', 'sources']),
    },
    ['event'],
  );

  // Which sources are cited, so templates show the sources slide only when something is.
  const citing: Array<{ sources: readonly string[] } | null> = [
    eventValue, ...phases, ...bottomLine, ...participants, ...actors, outcome, ...(outcome?.points ?? []), outcome?.nextRound ?? null,
    ...priorRounds, ...positions.flatMap((p) => p.points), ...clashes, ...watch,
    ...context.flatMap((c) => [...c.keyFigures, ...c.events, c.series]),
  ];
  const citedIds = new Set(citing.flatMap((item) => item?.sources ?? []));

  const sources: Source[] = (written.sources ?? []).map((s, i) => {
    const path: DataPath = ['sources', i];
    const id = clean(s.id, [...path, 'id']);
    return track(
      {
        id,
        title: clean(s.title, [...path, 'title']),
        publisher: opt(s.publisher, [...path, 'publisher']),
        date: opt(s.date, [...path, 'date']),
        url: opt(s.url, [...path, 'url']),
        number: i + 1,
        cited: citedIds.has(id),
      },
      path,
    );
  });

  const brief: Brief = {
    version: 2,
    title: clean(written.title, ['title']),
    subtitle: opt(written.subtitle, ['subtitle']),
    language: written.language ?? DEFAULT_LANGUAGE,
    marking: opt(written.marking, ['marking']),
    prepared: { by: opt(written.prepared?.by, ['prepared', 'by']), date: opt(written.prepared?.date, ['prepared', 'date']) },
    event: eventValue,
    bottomLine,
    participants,
    parties: participants.filter((p) => p.isParty),
    facilitators: participants.filter((p) => !p.isParty),
    actors,
    outcome,
    priorRounds,
    positions,
    clashes,
    context,
    watch,
    sources,
    hasCitations: sources.some((s) => s.cited),
    notes,
  };
  origins.set(brief, []);
  return { value: { brief, origins, markdown }, diagnostics };
}

/** The precision a date is written with: `2025` → year, `2025-03` → month, a full date → day. */
export function precisionOf(date: string): DatePrecision {
  return /^\d{4}$/.test(date) ? 'year' : /^\d{4}-\d{2}$/.test(date) ? 'month' : 'day';
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

/**
 * The normalised brief: what templates see after the data file was parsed, validated against
 * the schema, defaulted and checked by the cross-field rules. Every optional key of the written
 * format is present here (`null` when absent, `[]` for lists) so templates can run in strict mode.
 *
 * Fields typed `MarkdownText` are the ones the schema marks as markdown; every other string is
 * plain text and is escaped for markdown when a template prints it.
 */
import type { MarkdownText } from './markdown-text.js';

/** A statement that can cite sources by id (bottom line, positions, watch items, ...). */
export interface Point {
  text: MarkdownText;
  /** Ids of entries in `Brief.sources`. */
  sources: string[];
}

/** A person in a delegation or a mediating team. */
export interface Person {
  /** Id unique within the brief; generated from the name when the data file omits it. */
  id: string;
  name: string;
  /** Title or role, e.g. "Deputy Foreign Minister". */
  role: string;
  organisation: string | null;
  /** True for the head of the delegation (derived from `delegation.head`). */
  isHead: boolean;
}

/** One party to the talks and its delegation. */
export interface Party {
  id: string;
  name: string;
  delegation: {
    /** Id of the member who heads the delegation, or null when not known. */
    head: string | null;
    /** Members in the order written, with the head first. */
    members: Person[];
  };
  sources: string[];
}

/** A mediating country or organisation and its people. */
export interface Mediator {
  /** Country or organisation name. */
  country: string;
  role: MarkdownText | null;
  people: Person[];
  sources: string[];
}

/** An earlier round of talks. */
export interface PriorRound {
  title: string;
  /** ISO date `YYYY-MM-DD`. */
  date: string;
  venue: string | null;
  city: string | null;
  outcomes: MarkdownText[];
  unresolved: MarkdownText[];
  sources: string[];
}

/** One party's positions. */
export interface Position {
  /** Id of a party in `Brief.parties`. */
  party: string;
  summary: MarkdownText | null;
  points: Point[];
}

/** A point where the parties' positions clash, with each party's view. */
export interface Clash {
  topic: string;
  /** Party id → that party's view. Every key is a known party id. */
  views: Record<string, MarkdownText>;
  sources: string[];
}

/** A key figure of the military context, with its source. */
export interface KeyFigure {
  value: string;
  label: string;
  /** Id of an entry in `Brief.sources`. */
  source: string | null;
}

/** A dated event. */
export interface TimelineEvent {
  /** ISO date `YYYY-MM-DD` (or date-time with offset). */
  date: string;
  text: MarkdownText;
  sources: string[];
}

/** A numeric series for a native chart. */
export interface Series {
  title: string;
  unit: string | null;
  type: 'bar' | 'line';
  categories: string[];
  /** One or more named value lists, each as long as `categories`. */
  values: Array<{ name: string; data: number[] }>;
  source: string | null;
}

/** A cited source. */
export interface Source {
  id: string;
  title: string;
  publisher: string | null;
  /** ISO date `YYYY-MM-DD`, or null. */
  date: string | null;
  /** http(s) URL, or null. */
  url: string | null;
  /** 1-based number in citation order (order of `sources` in the data file). */
  number: number;
}

/** The whole normalised brief. */
export interface Brief {
  title: string;
  subtitle: string | null;
  /** BCP 47 language tag, default `en`. */
  language: string;
  /** Handling/classification marking shown on every slide. */
  marking: string;
  prepared: { by: string | null; date: string | null };
  event: {
    /** ISO date-time with offset, e.g. `2025-06-02T13:00:00+03:00`. */
    start: string;
    /** IANA time zone the brief's dates are shown in. */
    timeZone: string;
    venue: string;
    city: string;
    country: string | null;
    format: MarkdownText | null;
    sources: string[];
  };
  bottomLine: Point[];
  parties: Party[];
  mediators: Mediator[];
  priorRounds: PriorRound[];
  positions: Position[];
  clashes: Clash[];
  military: {
    keyFigures: KeyFigure[];
    events: TimelineEvent[];
    series: Series | null;
  };
  watch: Point[];
  sources: Source[];
  /** Speaker notes per slide kind (`cover`, `bottomLine`, ... any key the templates use). */
  notes: Record<string, MarkdownText>;
}

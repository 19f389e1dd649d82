/**
 * The normalised brief (data format version 2): what templates see after the data file was
 * parsed, validated against the schema, defaulted and checked by the cross-field rules. Every
 * optional key of the written format is present here (`null` when absent, `[]` for lists) so
 * templates can run in strict mode.
 *
 * Fields typed `MarkdownText` are the ones the schema marks as markdown; every other string is
 * plain text and is escaped for markdown when a template prints it.
 */
import type { MarkdownText } from './markdown-text.js';

/** A role in the talks (issue #15). A chair or host may also be a party. */
export type ParticipantRole = 'party' | 'mediator' | 'host' | 'chair' | 'observer' | 'guarantor';
/** How exactly a date is known. */
export type DatePrecision = 'day' | 'month' | 'year' | 'approximate';
/** Format of the talks. */
export type TalksFormat = 'direct' | 'indirect' | 'proximity' | 'shuttle' | 'multilateral' | 'virtual';

/** A statement that can cite sources by id (bottom line, positions, watch items, ...). */
export interface Point {
  text: MarkdownText;
  /** Ids of entries in `Brief.sources`. */
  sources: string[];
  /** Speaker notes of this item, or null. */
  notes: MarkdownText | null;
}

/** A person in a delegation or team. */
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

/** A participant in the talks: party, mediator, host, chair, observer, guarantor (several at once). */
export interface Participant {
  id: string;
  name: string;
  /** Roles in the order written, each once. */
  roles: ParticipantRole[];
  /** True when `roles` includes `party`. */
  isParty: boolean;
  description: MarkdownText | null;
  delegation: {
    /** Id of the member who heads the delegation, or null when not known. */
    head: string | null;
    /** Members in the order written, with the head first. */
    members: Person[];
  };
  sources: string[];
  notes: MarkdownText | null;
}

/** A state or organisation outside the talks whose view matters. */
export interface Actor {
  id: string;
  name: string;
  description: MarkdownText | null;
  sources: string[];
}

/** A date as precise as it is known. */
export interface PartialDate {
  /** `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or an ISO date-time with offset. */
  date: string;
  /** As written, or derived from how precisely `date` is written. */
  precision: DatePrecision;
}

/** A phase of a round held in several parts. */
export interface Phase {
  name: string;
  date: string;
  endDate: string | null;
  time: string | null;
  venue: string | null;
  city: string | null;
  country: string | null;
  description: MarkdownText | null;
  sources: string[];
}

/** The next round, as far as it is known. */
export interface NextRound {
  /** Null when no date is known. */
  date: string | null;
  precision: DatePrecision;
  venue: string | null;
  city: string | null;
  country: string | null;
  description: MarkdownText | null;
  sources: string[];
}

/** What came out of the round. */
export interface Outcome {
  summary: MarkdownText | null;
  points: Point[];
  nextRound: NextRound | null;
  sources: string[];
  notes: MarkdownText | null;
}

/** An earlier round of talks. */
export interface PriorRound {
  title: string;
  /** ISO date `YYYY-MM-DD`. */
  date: string;
  endDate: string | null;
  venue: string | null;
  city: string | null;
  country: string | null;
  outcomes: MarkdownText[];
  unresolved: MarkdownText[];
  sources: string[];
  notes: MarkdownText | null;
}

/** The positions of one participant or actor. */
export interface Position {
  /** Id of a participant or actor. */
  by: string;
  summary: MarkdownText | null;
  points: Point[];
  notes: MarkdownText | null;
}

/** A point where positions clash, with each side's view. */
export interface Clash {
  topic: string;
  /** Participant or actor id → that side's view. Every key is a known id. */
  views: Record<string, MarkdownText>;
  sources: string[];
  notes: MarkdownText | null;
}

/** A key figure with its sources. */
export interface KeyFigure {
  value: string;
  label: string;
  /** Ids of entries in `Brief.sources`. */
  sources: string[];
  notes: MarkdownText | null;
}

/** A dated event. */
export interface TimelineEvent extends PartialDate {
  text: MarkdownText;
  sources: string[];
}

/** A numeric series for a native chart. */
export interface Series {
  title: string;
  unit: string | null;
  type: 'bar' | 'line';
  categories: string[];
  /** One or more named value lists, each as long as `categories`; `null` is a gap. */
  values: Array<{ name: string; data: Array<number | null> }>;
  sources: string[];
}

/** A context section (security, economic, humanitarian, ...). */
export interface ContextSection {
  kind: 'security' | 'military' | 'economic' | 'humanitarian' | 'political' | 'diplomatic' | 'legal' | 'energy' | 'other';
  /** The title as written, or null (templates then use the kind's label). */
  title: string | null;
  /** 1-based number of the section, for slide ids. */
  number: number;
  keyFigures: KeyFigure[];
  events: TimelineEvent[];
  series: Series | null;
  notes: MarkdownText | null;
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
  /** True when some item of the brief cites it. */
  cited: boolean;
}

/** The whole normalised brief. */
export interface Brief {
  version: 2;
  title: string;
  subtitle: string | null;
  /** BCP 47 language tag, default `en`. */
  language: string;
  /** Handling marking the brief sets, or null (the theme's default marking, if any, applies). */
  marking: string | null;
  prepared: { by: string | null; date: string | null };
  event: {
    /** Local date `YYYY-MM-DD` of the first day. */
    date: string;
    /** Local start time `HH:MM`, or null when not announced. */
    time: string | null;
    endDate: string | null;
    /** IANA time zone, or null (then no time is given). */
    timeZone: string | null;
    venue: string | null;
    city: string | null;
    country: string | null;
    format: TalksFormat | null;
    description: MarkdownText | null;
    phases: Phase[];
    sources: string[];
  };
  bottomLine: Point[];
  /** Every participant, in the order written. */
  participants: Participant[];
  /** The participants with the role `party`. */
  parties: Participant[];
  /** The participants that are not parties (mediators, hosts, chairs, observers, guarantors). */
  facilitators: Participant[];
  actors: Actor[];
  outcome: Outcome | null;
  priorRounds: PriorRound[];
  positions: Position[];
  clashes: Clash[];
  context: ContextSection[];
  watch: Point[];
  sources: Source[];
  /** True when some item cites a source (the sources slide is shown only then). */
  hasCitations: boolean;
  /** Speaker notes per slide kind (`cover`, `bottomLine`, ...). */
  notes: Record<string, MarkdownText>;
}

/**
 * The written format of a brief as a TypeBox schema: what users may write, with most fields
 * optional and a few shorthands (a Point may be a plain string). `normalize` turns a value that
 * passed this schema into the fully defaulted `Brief`; `json-schema.ts` exports it for editors.
 *
 * Every property carries a `description` (editors show it on hover). Fields whose text is
 * markdown carry `"x-markdown": true`; every other string is printed as plain text. String
 * shapes the user may get wrong carry `"x-expected"`, the words a diagnostic shows for them.
 */
import { Type, type Static, type TSchema, type TString } from '@sinclair/typebox';
import { EXPECTED_KEYWORD, MARKDOWN_KEYWORD } from './schema-keywords.js';

export { EXPECTED_KEYWORD, MARKDOWN_KEYWORD } from './schema-keywords.js';

/** Ids of parties, people and sources: short, no spaces, safe in anchors and file names. */
export const ID_PATTERN = '^[A-Za-z0-9][A-Za-z0-9_.-]*$';
/** A calendar date; whether the day exists is checked by the rules. */
export const DATE_PATTERN = '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';
/** A date known to the year, month or day, optionally with a time (dated events). */
export const PARTIAL_DATE_PATTERN =
  '^[0-9]{4}(-[0-9]{2}(-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2})?)?)?)?$';
/** A local time of day, 24-hour clock. */
export const TIME_PATTERN = '^[0-9]{2}:[0-9]{2}$';
/** The shape of a BCP 47 tag; `Intl` checks it properly in the rules. */
export const LANGUAGE_PATTERN = '^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$';
/** Links in a brief are web links only; other schemes are never followed. */
export const URL_PATTERN = '^https?://[^\\s]+$';

// ---- building blocks -------------------------------------------------------------------------

/** A required, non-empty plain-text string. */
function text(description: string, extra: Record<string, unknown> = {}): TString {
  return Type.String({ description, minLength: 1, ...extra });
}

/** A markdown string. */
function markdown(description: string): TString {
  return Type.String({ description, minLength: 1, [MARKDOWN_KEYWORD]: true });
}

/**
 * An optional string that may also be written empty (`venue:` gives null in YAML), which
 * means the same as leaving it out.
 */
function nullable<T extends string>(description: string, extra: Record<string, unknown> = {}) {
  return Type.Optional(Type.Unsafe<T | null>({ type: ['string', 'null'], description, ...extra }));
}

function id(description: string) {
  return Type.String({ description, pattern: ID_PATTERN, [EXPECTED_KEYWORD]: 'an id made of letters, digits, `-`, `_` or `.` (no spaces)' });
}

function date(description: string) {
  return Type.String({ description, pattern: DATE_PATTERN, [EXPECTED_KEYWORD]: 'a date written YYYY-MM-DD', examples: ['2025-06-02'] });
}

function sources(description = 'Ids of the entries in `sources` this item cites.') {
  return Type.Optional(Type.Array(id('Id of an entry in `sources`.'), { description }));
}

function strict<T extends Record<string, TSchema>>(properties: T, description: string) {
  return Type.Object(properties, { description, additionalProperties: false });
}

// ---- the format (version 2) ------------------------------------------------------------------

/** The version of the data format this schema describes; `briefdeck migrate` writes it. */
export const FORMAT_VERSION = 2;

/** Roles a participant can have in the talks; a chair or host may also be a party. */
export const PARTICIPANT_ROLES = ['party', 'mediator', 'host', 'chair', 'observer', 'guarantor'] as const;
/** Formats of talks. */
export const TALKS_FORMATS = ['direct', 'indirect', 'proximity', 'shuttle', 'multilateral', 'virtual'] as const;
/** Kinds of context section; `other` needs a `title`. */
export const CONTEXT_KINDS = ['security', 'military', 'economic', 'humanitarian', 'political', 'diplomatic', 'legal', 'energy', 'other'] as const;
/** How exactly a date is known. */
export const DATE_PRECISIONS = ['day', 'month', 'year', 'approximate'] as const;
/** Slide kinds that take speaker notes from `notes`. */
export const NOTE_KINDS = [
  'cover', 'bottomLine', 'outcome', 'participants', 'delegation', 'priorRounds', 'positions', 'clashes',
  'keyFigures', 'timeline', 'chart', 'watch', 'sources',
] as const;

function oneOf<T extends string>(values: readonly T[], description: string) {
  return Type.Unsafe<T>({ type: 'string', enum: [...values], description });
}

function itemNotes() {
  return Type.Optional(markdown('Speaker notes for the slide that shows this item (markdown), beside the per-slide-kind `notes`.'));
}

/** A date known to the day, month or year (`2025-06-02`, `2025-06`, `2025`). */
function partialDate(description: string) {
  return Type.String({
    description,
    pattern: PARTIAL_DATE_PATTERN,
    [EXPECTED_KEYWORD]: 'a date written YYYY-MM-DD, YYYY-MM or YYYY (or YYYY-MM-DDTHH:MM with an offset)',
    examples: ['2025-06-02'],
  });
}

function precision() {
  return Type.Optional(
    oneOf(DATE_PRECISIONS, 'How exactly the date is known: `day`, `month`, `year` (default: as precise as `date` is written) or `approximate` ("about").'),
  );
}

/** A statement that may cite sources: a plain markdown string, or `{text, sources, notes}`. */
export const PointSchema = Type.Union(
  [
    markdown('The statement (markdown), when no sources are cited.'),
    strict(
      {
        text: markdown('The statement (markdown).'),
        sources: sources(),
        notes: itemNotes(),
      },
      'A statement with the sources it cites.',
    ),
  ],
  { description: 'A statement: either markdown text, or an object with `text`, `sources` and `notes`.' },
);

/** A person as written; the id is generated from the name when left out. */
export const PersonSchema = strict(
  {
    id: Type.Optional(id('Id unique in the brief, used by `delegation.head`; generated from the name when left out.')),
    name: text('Full name.'),
    role: text('Title or role, e.g. "Deputy Foreign Minister".'),
    organisation: nullable('Ministry, agency or organisation.'),
  },
  'A member of a delegation or team.',
);

/** A participant in the talks: a party, a mediator, a host, a chair, an observer or a guarantor. */
export const ParticipantSchema = strict(
  {
    id: id('Id of the participant, used by `positions[].by` and `clashes[].views`.'),
    name: text('Name, e.g. "Ukraine" or "African Union".'),
    roles: Type.Array(oneOf(PARTICIPANT_ROLES, 'A role in the talks.'), {
      description: `Roles in the talks: ${PARTICIPANT_ROLES.map((r) => `\`${r}\``).join(', ')}; a chair or host may also be a party.`,
      minItems: 1,
    }),
    description: Type.Optional(markdown('What the participant does in these talks (markdown).')),
    delegation: Type.Optional(
      strict(
        {
          head: nullable('Id of the member who heads the delegation.', { pattern: ID_PATTERN, [EXPECTED_KEYWORD]: 'the id of a member' }),
          members: Type.Optional(Type.Array(PersonSchema, { description: 'Members of the delegation or team.' })),
        },
        'The delegation or team sent to the talks.',
      ),
    ),
    sources: sources(),
    notes: itemNotes(),
  },
  'A participant in the talks and its delegation.',
);

/** A state or organisation outside the talks whose view matters. */
export const ActorSchema = strict(
  {
    id: id('Id of the actor, used by `positions[].by` and `clashes[].views`.'),
    name: text('Name of the actor.'),
    description: Type.Optional(markdown('Why the actor matters to the talks (markdown).')),
    sources: sources(),
  },
  'A state or organisation outside the talks whose position can be cited.',
);

/** A place: venue, city, country, each optional. */
const placeProperties = {
  venue: nullable('Venue, e.g. "Çırağan Palace".'),
  city: nullable('City.'),
  country: nullable('Country.'),
};

/** A phase of a round held in several parts. */
export const PhaseSchema = strict(
  {
    name: text('Name of the phase, e.g. "Technical talks".'),
    date: date('First day of the phase (YYYY-MM-DD).'),
    endDate: Type.Optional(date('Last day of the phase (YYYY-MM-DD).')),
    time: nullable('Local start time (HH:MM) in `event.timeZone`.', { pattern: TIME_PATTERN, [EXPECTED_KEYWORD]: 'a time written HH:MM' }),
    ...placeProperties,
    description: Type.Optional(markdown('What the phase covers (markdown).')),
    sources: sources(),
  },
  'A phase of the round.',
);

/** The next round, as far as it is known. */
export const NextRoundSchema = strict(
  {
    date: Type.Optional(partialDate('Date of the next round, as precise as it is known.')),
    precision: precision(),
    ...placeProperties,
    description: Type.Optional(markdown('What is known about the next round (markdown).')),
    sources: sources(),
  },
  'The next round of talks, if known.',
);

/** What came out of the round. */
export const OutcomeSchema = strict(
  {
    summary: Type.Optional(markdown('The readout in a sentence or two (markdown).')),
    points: Type.Optional(Type.Array(PointSchema, { description: 'Agreements, statements and results.' })),
    nextRound: Type.Optional(NextRoundSchema),
    sources: sources(),
    notes: itemNotes(),
  },
  'The outcome of the round: readout, agreements, next round.',
);

/** An earlier round of talks. */
export const PriorRoundSchema = strict(
  {
    title: text('Name of the round, e.g. "First round".'),
    date: date('First day of the round (YYYY-MM-DD).'),
    endDate: Type.Optional(date('Last day of the round (YYYY-MM-DD).')),
    ...placeProperties,
    outcomes: Type.Optional(Type.Array(markdown('An outcome (markdown).'), { description: 'What the round achieved.' })),
    unresolved: Type.Optional(Type.Array(markdown('An unresolved issue (markdown).'), { description: 'What the round left open.' })),
    sources: sources(),
    notes: itemNotes(),
  },
  'An earlier round of talks.',
);

/** The positions of one participant or actor. */
export const PositionSchema = strict(
  {
    by: id('Id of the participant or actor whose positions these are.'),
    summary: Type.Optional(markdown('One-line summary of the position (markdown).')),
    points: Type.Optional(Type.Array(PointSchema, { description: 'The individual positions.' })),
    notes: itemNotes(),
  },
  "One participant's or actor's positions.",
);

/** A point of clash. */
export const ClashSchema = strict(
  {
    topic: text('What the sides disagree about.'),
    views: Type.Record(Type.String(), markdown('The view (markdown).'), {
      description: 'Each side\'s view, keyed by participant or actor id (e.g. `ua: "Ceasefire first."`).',
    }),
    sources: sources(),
    notes: itemNotes(),
  },
  'A point where positions clash.',
);

/** A key figure of a context section. */
export const KeyFigureSchema = strict(
  {
    value: Type.Unsafe<string | number>({
      type: ['string', 'number'],
      description: 'The figure as shown, e.g. "472" or "~3 years" (quote it to keep its exact form).',
    }),
    label: text('What the figure measures.'),
    sources: sources('Ids of the entries in `sources` the figure comes from.'),
    notes: itemNotes(),
  },
  'A key figure with its label and sources.',
);

/** A dated event. */
export const TimelineEventSchema = strict(
  {
    date: partialDate('Date of the event: YYYY-MM-DD, YYYY-MM, YYYY, or a date-time with offset.'),
    precision: precision(),
    text: markdown('What happened (markdown).'),
    sources: sources(),
  },
  'A dated event.',
);

/** A numeric series shown as a native chart. */
export const SeriesSchema = strict(
  {
    title: text('Chart title.'),
    unit: nullable('Unit of the values, e.g. "prisoners".'),
    type: Type.Optional(
      Type.Unsafe<'bar' | 'line'>({ type: 'string', enum: ['bar', 'line'], default: 'bar', description: 'Chart type: `bar` (default) or `line`.' }),
    ),
    categories: Type.Array(text('A category label.'), { description: 'Category labels along the axis.', minItems: 1 }),
    values: Type.Array(
      strict(
        {
          name: text('Name of the value list (legend entry).'),
          data: Type.Array(Type.Unsafe<number | null>({ type: ['number', 'null'], description: 'A value, or null for a gap.' }), {
            description: 'One number per category; `null` where there is no value.',
          }),
        },
        'A named list of values.',
      ),
      { description: 'One or more value lists, each as long as `categories`.', minItems: 1 },
    ),
    sources: sources('Ids of the entries in `sources` the data comes from.'),
  },
  'A numeric series for a native chart.',
);

/** A context section: security, economic, humanitarian, ... */
export const ContextSectionSchema = strict(
  {
    kind: oneOf(CONTEXT_KINDS, `Kind of context: ${CONTEXT_KINDS.map((k) => `\`${k}\``).join(', ')}.`),
    title: Type.Optional(text('Title of the section; default from its kind ("Economic context"). Needed for `other`.')),
    keyFigures: Type.Optional(Type.Array(KeyFigureSchema, { description: 'Key figures.' })),
    events: Type.Optional(Type.Array(TimelineEventSchema, { description: 'Timeline of events.' })),
    series: Type.Optional(Type.Union([SeriesSchema, Type.Null()], { description: 'A numeric series shown as a chart.' })),
    notes: itemNotes(),
  },
  'A section of context with key figures, a timeline and a chart.',
);

/** A cited source. */
export const SourceSchema = strict(
  {
    id: id('Id used to cite the source.'),
    title: text('Title of the source.'),
    publisher: nullable('Publisher or outlet.'),
    date: nullable('Publication date (YYYY-MM-DD).', { pattern: DATE_PATTERN, [EXPECTED_KEYWORD]: 'a date written YYYY-MM-DD' }),
    url: nullable('Web address (http or https).', { pattern: URL_PATTERN, [EXPECTED_KEYWORD]: 'an http:// or https:// address' }),
  },
  'A cited source.',
);

/** The whole brief as written in the data file. */
export const BriefSchema = strict(
  {
    $schema: Type.Optional(Type.String({ description: 'Path or URL of this JSON Schema, for editors; ignored by briefdeck.' })),
    version: Type.Unsafe<2>({
      const: FORMAT_VERSION,
      description: `Version of the data format: \`${FORMAT_VERSION}\`. Files without it are in the first format; \`briefdeck migrate\` converts them.`,
    }),
    title: text('Title of the brief (cover slide).'),
    subtitle: nullable('Subtitle of the brief.'),
    language: Type.Optional(
      Type.String({
        description: 'BCP 47 language tag of the brief, e.g. `en` or `en-GB` (default `en`).',
        pattern: LANGUAGE_PATTERN,
        default: 'en',
        [EXPECTED_KEYWORD]: 'a BCP 47 language tag such as `en` or `en-GB`',
      }),
    ),
    marking: nullable('Handling marking shown on every slide; none when left out (unless the template set\'s theme gives a default).'),
    prepared: Type.Optional(
      strict(
        {
          by: nullable('Who prepared the brief.'),
          date: nullable('When the brief was prepared (YYYY-MM-DD).', { pattern: DATE_PATTERN, [EXPECTED_KEYWORD]: 'a date written YYYY-MM-DD' }),
        },
        'Who prepared the brief and when.',
      ),
    ),
    event: strict(
      {
        date: date('First day of the round (YYYY-MM-DD, local date).'),
        time: nullable('Local start time (HH:MM) in `timeZone`; leave out when not announced.', {
          pattern: TIME_PATTERN,
          [EXPECTED_KEYWORD]: 'a time written HH:MM',
          examples: ['13:00'],
        }),
        endDate: Type.Optional(date('Last day of a round of several days (YYYY-MM-DD).')),
        timeZone: nullable('IANA time zone of the event, e.g. `Europe/Istanbul`; needed when a time is given.', { examples: ['Europe/Istanbul'] }),
        ...placeProperties,
        format: Type.Optional(oneOf(TALKS_FORMATS, `Format of the talks: ${TALKS_FORMATS.map((f) => `\`${f}\``).join(', ')}.`)),
        description: Type.Optional(markdown('The round in a sentence or two (markdown).')),
        phases: Type.Optional(Type.Array(PhaseSchema, { description: 'Phases of a round held in several parts.' })),
        sources: sources(),
      },
      'The round of talks the brief is about.',
    ),
    bottomLine: Type.Optional(Type.Array(PointSchema, { description: 'The key points, first slide after the cover.' })),
    participants: Type.Optional(Type.Array(ParticipantSchema, { description: 'Parties, mediators, hosts, chairs, observers and guarantors.' })),
    actors: Type.Optional(Type.Array(ActorSchema, { description: 'States or organisations outside the talks whose positions matter.' })),
    outcome: Type.Optional(OutcomeSchema),
    priorRounds: Type.Optional(Type.Array(PriorRoundSchema, { description: 'Earlier rounds of talks.' })),
    positions: Type.Optional(Type.Array(PositionSchema, { description: 'Positions of participants and actors.' })),
    clashes: Type.Optional(Type.Array(ClashSchema, { description: 'Points where the positions clash.' })),
    context: Type.Optional(Type.Array(ContextSectionSchema, { description: 'Context sections: security, economic, humanitarian, ...' })),
    watch: Type.Optional(Type.Array(PointSchema, { description: 'What to watch for.' })),
    sources: Type.Optional(Type.Array(SourceSchema, { description: 'Sources cited in the brief, numbered in this order.' })),
    notes: Type.Optional(
      strict(
        Object.fromEntries(NOTE_KINDS.map((k) => [k, Type.Optional(markdown(`Speaker notes for the ${k} slide(s) (markdown).`))])),
        'Speaker notes per slide kind; items such as participants and positions also take their own `notes`.',
      ),
    ),
  },
  'A briefing on a round of talks, turned into a PowerPoint deck by briefdeck.',
);

/** The brief as written (what passed the schema), before defaults and shorthand expansion. */
export type WrittenBrief = Static<typeof BriefSchema>;
/** A Point as written: a string or `{text, sources, notes}`. */
export type WrittenPoint = Static<typeof PointSchema>;
/** A person as written. */
export type WrittenPerson = Static<typeof PersonSchema>;
/** A dated event as written. */
export type WrittenEvent = Static<typeof TimelineEventSchema>;

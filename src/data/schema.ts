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
/** A date and time; the UTC offset is optional here so the rules can say precisely that it is missing. */
export const DATE_TIME_PATTERN =
  '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2})?$';
/** A date, optionally with a time (timeline events). */
export const DATE_OR_DATE_TIME_PATTERN =
  '^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2})?)?$';
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

// ---- the format ------------------------------------------------------------------------------

/** A statement that may cite sources: a plain markdown string, or `{text, sources}`. */
export const PointSchema = Type.Union(
  [
    markdown('The statement (markdown), when no sources are cited.'),
    strict(
      {
        text: markdown('The statement (markdown).'),
        sources: sources(),
      },
      'A statement with the sources it cites.',
    ),
  ],
  { description: 'A statement: either markdown text, or an object with `text` and `sources`.' },
);

/** A person as written; the id is generated from the name when left out. */
export const PersonSchema = strict(
  {
    id: Type.Optional(id('Id unique in the brief, used by `delegation.head`; generated from the name when left out.')),
    name: text('Full name.'),
    role: text('Title or role, e.g. "Deputy Foreign Minister".'),
    organisation: nullable('Ministry, agency or organisation.'),
  },
  'A member of a delegation or a mediating team.',
);

/** A party to the talks. */
export const PartySchema = strict(
  {
    id: id('Id of the party, used by `positions[].party` and `clashes[].views`.'),
    name: text('Name of the party, e.g. "Ukraine".'),
    delegation: Type.Optional(
      strict(
        {
          head: nullable('Id of the member who heads the delegation.', { pattern: ID_PATTERN, [EXPECTED_KEYWORD]: 'the id of a member' }),
          members: Type.Optional(Type.Array(PersonSchema, { description: 'Members of the delegation.' })),
        },
        'The delegation sent to the talks.',
      ),
    ),
    sources: sources(),
  },
  'A party to the talks and its delegation.',
);

/** A mediating country or organisation. */
export const MediatorSchema = strict(
  {
    country: text('Mediating country or organisation.'),
    role: Type.Optional(markdown('What the mediator does in these talks (markdown).')),
    people: Type.Optional(Type.Array(PersonSchema, { description: 'People of the mediating team.' })),
    sources: sources(),
  },
  'A mediating country or organisation and its people.',
);

/** An earlier round of talks. */
export const PriorRoundSchema = strict(
  {
    title: text('Name of the round, e.g. "First round".'),
    date: date('Date of the round (YYYY-MM-DD).'),
    venue: nullable('Venue of the round.'),
    city: nullable('City of the round.'),
    outcomes: Type.Optional(Type.Array(markdown('An outcome (markdown).'), { description: 'What the round achieved.' })),
    unresolved: Type.Optional(Type.Array(markdown('An unresolved issue (markdown).'), { description: 'What the round left open.' })),
    sources: sources(),
  },
  'An earlier round of talks.',
);

/** One party's positions. */
export const PositionSchema = strict(
  {
    party: id('Id of the party (from `parties`) whose positions these are.'),
    summary: Type.Optional(markdown('One-line summary of the position (markdown).')),
    points: Type.Optional(Type.Array(PointSchema, { description: 'The individual positions.' })),
  },
  "One party's positions.",
);

/** A point of clash between the parties. */
export const ClashSchema = strict(
  {
    topic: text('What the parties disagree about.'),
    views: Type.Record(Type.String(), markdown("The party's view (markdown)."), {
      description: 'Each party\'s view, keyed by party id (e.g. `ua: "Ceasefire first."`).',
    }),
    sources: sources(),
  },
  'A point where the parties clash.',
);

/** A key figure of the military context. */
export const KeyFigureSchema = strict(
  {
    value: Type.Unsafe<string | number>({
      type: ['string', 'number'],
      description: 'The figure as shown, e.g. "472" or "~3 years" (quote it to keep its exact form).',
    }),
    label: text('What the figure measures.'),
    source: nullable('Id of the entry in `sources` the figure comes from.', { pattern: ID_PATTERN, [EXPECTED_KEYWORD]: 'the id of a source' }),
  },
  'A key figure with its label and source.',
);

/** A dated event on the timeline. */
export const TimelineEventSchema = strict(
  {
    date: Type.String({
      description: 'Date of the event (YYYY-MM-DD, or a date-time with offset).',
      pattern: DATE_OR_DATE_TIME_PATTERN,
      [EXPECTED_KEYWORD]: 'a date written YYYY-MM-DD (or YYYY-MM-DDTHH:MM with an offset)',
    }),
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
          data: Type.Array(Type.Number({ description: 'A value.' }), { description: 'One number per category.' }),
        },
        'A named list of values.',
      ),
      { description: 'One or more value lists, each as long as `categories`.', minItems: 1 },
    ),
    source: nullable('Id of the entry in `sources` the data comes from.', { pattern: ID_PATTERN, [EXPECTED_KEYWORD]: 'the id of a source' }),
  },
  'A numeric series for a native chart.',
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
    marking: Type.Optional(text('Handling marking shown on every slide (default `OFFICIAL`).', { default: 'OFFICIAL' })),
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
        start: Type.String({
          description: 'Start of the talks: ISO date-time with UTC offset, e.g. `2025-06-02T13:00:00+03:00`.',
          pattern: DATE_TIME_PATTERN,
          [EXPECTED_KEYWORD]: 'a date-time written YYYY-MM-DDTHH:MM:SS+HH:MM',
          examples: ['2025-06-02T13:00:00+03:00'],
        }),
        timeZone: text('IANA time zone the brief shows times in, e.g. `Europe/Istanbul`.', { examples: ['Europe/Istanbul'] }),
        venue: text('Venue of the talks.'),
        city: text('City of the talks.'),
        country: nullable('Country of the talks.'),
        format: Type.Optional(markdown('Format of the talks (markdown).')),
        sources: sources(),
      },
      'The talks the brief is about.',
    ),
    bottomLine: Type.Optional(Type.Array(PointSchema, { description: 'The key points, first slide after the cover.' })),
    parties: Type.Optional(Type.Array(PartySchema, { description: 'Parties to the talks.' })),
    mediators: Type.Optional(Type.Array(MediatorSchema, { description: 'Mediating countries or organisations.' })),
    priorRounds: Type.Optional(Type.Array(PriorRoundSchema, { description: 'Earlier rounds of talks.' })),
    positions: Type.Optional(Type.Array(PositionSchema, { description: "Each party's positions." })),
    clashes: Type.Optional(Type.Array(ClashSchema, { description: 'Points where the positions clash.' })),
    military: Type.Optional(
      strict(
        {
          keyFigures: Type.Optional(Type.Array(KeyFigureSchema, { description: 'Key figures of the military context.' })),
          events: Type.Optional(Type.Array(TimelineEventSchema, { description: 'Timeline of events.' })),
          series: Type.Optional(Type.Union([SeriesSchema, Type.Null()], { description: 'A numeric series shown as a chart.' })),
        },
        'The military context.',
      ),
    ),
    watch: Type.Optional(Type.Array(PointSchema, { description: 'What to watch for.' })),
    sources: Type.Optional(Type.Array(SourceSchema, { description: 'Sources cited in the brief, numbered in this order.' })),
    notes: Type.Optional(
      Type.Record(Type.String(), markdown('Speaker notes for the slide (markdown).'), {
        description: 'Speaker notes per slide kind (`cover`, `bottomLine`, ...).',
      }),
    ),
  },
  'A briefing on a round of talks, turned into a PowerPoint deck by briefdeck.',
);

/** The brief as written (what passed the schema), before defaults and shorthand expansion. */
export type WrittenBrief = Static<typeof BriefSchema>;
/** A Point as written: a string or `{text, sources}`. */
export type WrittenPoint = Static<typeof PointSchema>;
/** A person as written. */
export type WrittenPerson = Static<typeof PersonSchema>;

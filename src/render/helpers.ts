import type { HelperOptions } from 'handlebars';
import type { Actor, Brief, DatePrecision, Participant, Series } from '../data/types.js';
import { MarkdownText } from '../data/markdown-text.js';
import { calendarDate, formatDate, formatDateRange, formatLocalTime, formatTime, type DateStyle } from './format-date.js';
import { escapeMarkdown } from './escape-markdown.js';
import type { Labels } from './labels.js';
import { wrapLabel } from '../markup/label-markers.js';
import { closestName } from '../diagnostics/did-you-mean.js';
import { formatNumber, pluralCategory } from './format-number.js';
import { BoundedCache } from '../bounded-cache.js';

/** Raw markdown produced by a helper; printed without escaping (same hook as MarkdownText). */
class HelperMarkdown {
  constructor(private readonly markdown: string) {}
  toHTML(): string {
    return this.markdown;
  }
  toString(): string {
    return this.markdown;
  }
}

/**
 * Thrown by a helper that was called wrongly. The render stage wraps every helper and fills in
 * `lineNumber`/`column` from Handlebars' `options.loc`, so the message points at the template line.
 */
export class HelperUsageError extends Error {
  /** 1-based line of the helper call in its template, once known. */
  lineNumber?: number;
  /** 0-based column of the helper call (Handlebars' convention). */
  column?: number;
  constructor(message: string, readonly hint?: string) {
    super(message);
    this.name = 'HelperUsageError';
  }
}

type Helper = (...args: unknown[]) => unknown;

/** Date styles `formatDate` accepts. */
export const DATE_STYLES: readonly DateStyle[] = ['long', 'short', 'weekday', 'day-month'];

/** List formats by locale: constructing one per call was most of the `roles` helper's time in a batch profile. */
const conjunctionFormats = new BoundedCache<string, Intl.ListFormat>(16);
const conjunctionFormat = (locale: string) => conjunctionFormats.getOrCreate(locale, () => new Intl.ListFormat(locale, { type: 'conjunction' }));

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?)?)?$/;

function optionsOf(args: unknown[]): HelperOptions {
  return args[args.length - 1] as HelperOptions;
}

function positional(args: unknown[]): unknown[] {
  return args.slice(0, -1);
}

function text(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value instanceof MarkdownText) return JSON.stringify(value.source);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null) return 'an object';
  return JSON.stringify(value);
}

function hintFor(name: string, candidates: Iterable<string>): string | undefined {
  const match = closestName(name, candidates);
  return match === undefined ? undefined : `did you mean \`${match}\`?`;
}

function requireString(helper: string, value: unknown, what: string): string {
  if (typeof value !== 'string' && !(value instanceof MarkdownText)) {
    throw new HelperUsageError(`helper \`${helper}\` expects ${what}, got ${shown(value)}`);
  }
  return String(value);
}

function requireNumber(helper: string, value: unknown): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
  if (!Number.isFinite(n)) throw new HelperUsageError(`helper \`${helper}\` expects a number, got ${shown(value)}`);
  return n;
}

function requireIsoDate(helper: string, value: unknown): string {
  const iso = requireString(helper, value, 'an ISO date (`2025-06-02`, `2025-06`, `2025`) or date-time with offset');
  // A date known to the month or year is checked as its first day.
  const full = iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso;
  if (!ISO_DATE.test(iso) || Number.isNaN(new Date(full.length === 10 ? `${full}T00:00:00Z` : full).getTime())) {
    throw new HelperUsageError(`helper \`${helper}\` expects an ISO date (\`2025-06-02\`, \`2025-06\`, \`2025\`) or date-time with offset, got ${shown(value)}`);
  }
  return iso;
}

/**
 * The helpers templates may call, bound to one brief, its labels and its time zone. Each is
 * documented in the README ("Template helpers"); all are pure. A helper called with the wrong
 * arguments throws `HelperUsageError` rather than printing something plausible but wrong.
 * `markLabels` wraps the words of labels in label markers (src/markup/label-markers.ts).
 */
export function createHelpers(brief: Brief, labels: Labels, options: { markLabels?: boolean } = {}): Record<string, Helper> {
  const locale = brief.language;
  const zone = brief.event.timeZone ?? 'UTC';
  const sidesById = new Map<string, Participant | Actor>([...brief.participants, ...brief.actors].map((p) => [p.id, p]));
  const sourcesById = new Map(brief.sources.map((s) => [s.id, s]));

  // With `markLabels`, fixed words (a label's own words, dates and times in the labels' locale) are
  // marked so they can be tagged with the labels' language; values filled into a label stay the
  // brief's (src/markup/label-markers.ts, issue #12).
  const mark = options.markLabels === true ? wrapLabel : (literal: string) => literal;
  const label = (key: string, hash: Record<string, unknown>): string => {
    const template = labels.get(key);
    if (template === undefined) throw new HelperUsageError(`no label \`${key}\` in the label files`, hintFor(key, labels.keys()));
    let out = '';
    let position = 0;
    for (const match of template.matchAll(/\{(\w+)\}/g)) {
      const name = match[1] ?? '';
      if (!Object.hasOwn(hash, name)) continue;
      out += mark(template.slice(position, match.index)) + text(hash[name]);
      position = (match.index ?? 0) + match[0].length;
    }
    return out + mark(template.slice(position));
  };
  const partyById = (helper: string, id: unknown): Participant | Actor => {
    const key = requireString(helper, id, 'a participant or actor id');
    const found = sidesById.get(key);
    if (!found) throw new HelperUsageError(`no participant or actor with id \`${key}\`; known: ${[...sidesById.keys()].join(', ')}`, hintFor(key, sidesById.keys()));
    return found;
  };
  const dateText = (iso: string, style: DateStyle): string => formatDate(iso, locale, zone, style);
  /** A dated item's date as precisely as it is known; "about …" when approximate. */
  const when = (item: { date: string; precision: DatePrecision }, style: DateStyle): string => {
    const cut = item.precision === 'year' ? item.date.slice(0, 4) : item.precision === 'month' ? item.date.slice(0, 7) : item.date;
    const shown = dateText(cut, style);
    return item.precision === 'approximate' ? label('date.approximate', { date: shown }) : shown;
  };
  // The first letter after any label markers (--lang wraps fixed words in them): upper-casing the
  // marker itself left "посередник" lower-case.
  const capitalise = (value: string): string => value.replace(/^([\u001c\u001d]*)(.)/su, (_m, markers: string, first: string) => markers + first.toLocaleUpperCase(locale));
  const sourceIds = (helper: string, ids: unknown): string[] => {
    if (ids === null || ids === undefined) return [];
    const list = Array.isArray(ids) ? ids : [ids];
    return list.map((id) => {
      const key = requireString(helper, id, 'a source id or a list of them');
      if (!sourcesById.has(key)) throw new HelperUsageError(`no source with id \`${key}\``, hintFor(key, sourcesById.keys()));
      return key;
    });
  };

  return {
    /** `{{t "key" name=value}}`: a label in the brief's language with `{name}` filled in. */
    t: (...args) => {
      const [key] = positional(args);
      return label(requireString('t', key, 'a label key'), optionsOf(args).hash ?? {});
    },
    /** `{{formatDate iso "long"|"short"|"weekday"|"day-month"}}`: a date in the brief's locale and time zone. */
    formatDate: (...args) => {
      const [iso, style] = positional(args);
      if (iso === null || iso === undefined) return '';
      return mark(dateText(requireIsoDate('formatDate', iso), dateStyle('formatDate', style)));
    },
    /** `{{formatTime iso}}`: the time of a date-time in the event's time zone, e.g. `13:00 GMT+3`. */
    formatTime: (...args) => {
      const [date, time] = positional(args);
      if (time === undefined) return mark(formatTime(requireIsoDate('formatTime', date), locale, zone));
      const hhmm = requireString('formatTime', time, 'a local time written HH:MM');
      if (!/^\d{2}:\d{2}$/.test(hhmm)) throw new HelperUsageError(`helper \`formatTime\` expects a local time written HH:MM, got ${shown(time)}`);
      return mark(formatLocalTime(requireIsoDate('formatTime', date), hhmm, locale, zone));
    },
    /**
     * `{{formatDateRange start end "long"}}`: a span of days as the locale writes it ("2–3 June 2025");
     * `end` may be null (then the one day).
     */
    formatDateRange: (...args) => {
      const [start, end, style] = positional(args);
      const chosen = dateStyle('formatDateRange', style);
      const first = requireIsoDate('formatDateRange', start);
      if (end === null || end === undefined) return mark(dateText(first, chosen));
      return mark(formatDateRange(first, requireIsoDate('formatDateRange', end), locale, chosen));
    },
    /** `{{when event "short"}}`: an item's `date` as precisely as its `precision` says ("about March 2025"). */
    when: (...args) => {
      const [item, style] = positional(args);
      const dated = item as { date?: unknown; precision?: unknown } | null;
      if (dated === null || typeof dated !== 'object' || typeof dated.date !== 'string') throw new HelperUsageError(`helper \`when\` expects an item with a \`date\` (an event, the next round), got ${shown(item)}`);
      const precision = typeof dated.precision === 'string' ? (dated.precision as DatePrecision) : 'day';
      return mark(when({ date: requireIsoDate('when', dated.date), precision }, dateStyle('when', style)));
    },
    /**
     * `{{timelineStyle events}}`: `day-month` when every event falls in the year of the round,
     * else `short` (with the year), so a timeline that spans years always shows them.
     */
    timelineStyle: (...args) => {
      const [events] = positional(args);
      if (!Array.isArray(events)) throw new HelperUsageError(`helper \`timelineStyle\` expects a list of events, got ${shown(events)}`);
      const year = brief.event.date.slice(0, 4);
      return events.every((e: { date?: unknown }) => typeof e?.date === 'string' && e.date.startsWith(year) && e.date.length >= 10) ? 'day-month' : 'short';
    },
    /** `{{place venue city country}}`: the parts that are given, joined by ", " (nothing when none is). */
    place: (...args) => positional(args).filter((p) => p !== null && p !== undefined && String(p).trim() !== '').map(String).join(', '),
    /** `{{roles participant}}`: its roles as words of the locale, e.g. "mediator and host". */
    roles: (...args) => {
      const [participant] = positional(args);
      const roles = (participant as { roles?: unknown } | null)?.roles;
      if (!Array.isArray(roles)) throw new HelperUsageError(`helper \`roles\` expects a participant (an item of \`participants\`), got ${shown(participant)}`);
      const except = optionsOf(args).hash?.['except'];
      const shownRoles = roles.filter((r) => r !== except);
      return conjunctionFormat(locale).format(shownRoles.map((r) => label(`role.${String(r)}`, {})));
    },
    /** `{{t (concat "format." event.format)}}`: the texts joined, to build a label key. */
    concat: (...args) => positional(args).map(text).join(''),
    /** `{{#if (gt a b)}}`: true when the number `a` is greater than `b`. */
    gt: (...args) => {
      const [a, b] = positional(args);
      return requireNumber('gt', a) > requireNumber('gt', b);
    },
    /** `{{capitalise text}}`: the text with its first letter upper-case in the brief's language. */
    capitalise: (...args) => capitalise(text(positional(args)[0])),
    /**
     * `{{#each (groups list 4)}}…{{items}}…{{part}}/{{parts}}{{/each}}`: the list cut into as few
     * groups of at most `size` items as possible, balanced (6 in groups of 4 → 3 + 3), so a layout
     * with a fixed number of columns pages instead of failing.
     */
    groups: (...args) => {
      const [list, size] = positional(args);
      if (!Array.isArray(list)) throw new HelperUsageError(`helper \`groups\` expects a list, got ${shown(list)}`);
      const most = requireNumber('groups', size);
      if (most < 1) throw new HelperUsageError(`helper \`groups\` expects a group size of at least 1, got ${most}`);
      const parts = Math.max(1, Math.ceil(list.length / most));
      const out: Array<{ items: unknown[]; part: number; parts: number }> = [];
      let start = 0;
      for (let part = 1; part <= parts; part += 1) {
        const count = Math.ceil((list.length - start) / (parts - part + 1));
        out.push({ items: list.slice(start, start + count), part, parts });
        start += count;
      }
      return list.length === 0 ? [] : out;
    },
    /**
     * `{{#each (sidesIn positions clashes)}}`: the participants and actors that hold a position
     * (`by`) or have a view in a clash, in the order of `participants` then `actors`.
     */
    sidesIn: (...args) => {
      const lists = positional(args);
      if (!lists.every(Array.isArray)) throw new HelperUsageError(`helper \`sidesIn\` expects lists of positions or clashes, got ${lists.map(shown).join(', ')}`);
      const named = new Set((lists as unknown[][]).flat().flatMap((item) => {
        const { by, views } = (item ?? {}) as { by?: unknown; views?: object };
        return [...(typeof by === 'string' ? [by] : []), ...Object.keys(views ?? {})];
      }));
      return [...sidesById.values()].filter((s) => named.has(s.id));
    },
    /** `{{joinSentences list}}`: markdown items (or points) in one line, "A; B; C." (no ".;"). */
    joinSentences: (...args) => {
      const [list] = positional(args);
      if (!Array.isArray(list)) throw new HelperUsageError(`helper \`joinSentences\` expects a list, got ${shown(list)}`);
      const items = list.map((item) => escapeForJoin(item).trim()).filter((t) => t !== '');
      if (items.length === 0) return '';
      const joined = items.map((t, i) => (i < items.length - 1 ? t.replace(/[.;]+([\u001c\u001d]*)$/, '$1') : t)).join('; ');
      return new HelperMarkdown(joined);
    },
    /** `{{contextTitle section}}`: a context section's title, or the label of its kind ("Economic context"). */
    contextTitle: (...args) => {
      const [section] = positional(args);
      const s = section as { title?: unknown; kind?: unknown } | null;
      if (s === null || typeof s !== 'object' || typeof s.kind !== 'string') throw new HelperUsageError(`helper \`contextTitle\` expects a context section, got ${shown(section)}`);
      return typeof s.title === 'string' && s.title !== '' ? s.title : label(`context.${s.kind}`, {});
    },
    /** `{{#if (hasGaps series)}}`: true when a value of the series is null (no value). */
    hasGaps: (...args) => {
      const series = positional(args)[0] as Series | null | undefined;
      return Boolean(series && Array.isArray(series.values) && series.values.some((v) => v.data.some((n) => n === null)));
    },
    /** `{{figure n}}`: a number with the locale's grouping, or "—" for no value (null). */
    figure: (...args) => {
      const [n] = positional(args);
      return n === null || n === undefined ? '—' : formatNumber(locale, requireNumber('figure', n));
    },
    /** `{{calendarDate iso}}`: `YYYY-MM-DD` of a date-time in the event's time zone. */
    calendarDate: (...args) => calendarDate(requireIsoDate('calendarDate', positional(args)[0]), zone),
    /** `{{formatNumber n}}`: a number with the locale's grouping and decimal sign. */
    formatNumber: (...args) => formatNumber(locale, requireNumber('formatNumber', positional(args)[0])),
    /** `{{party "ua"}}`: the participant or actor with that id (use as a subexpression: `{{#with (party id)}}`). */
    party: (...args) => partyById('party', positional(args)[0]),
    /** `{{partyName "ua"}}`: the name of the participant or actor with that id. */
    partyName: (...args) => partyById('partyName', positional(args)[0]).name,
    /** `{{#if (isActor id)}}`: true when the id names an actor outside the talks, not a participant. */
    isActor: (...args) => {
      const side = partyById('isActor', positional(args)[0]);
      return brief.actors.some((a) => a === side);
    },
    /** `{{view clash id}}`: one side's view in a clash, "—" when it has none. */
    view: (...args) => {
      const [clash, id] = positional(args);
      const views = (clash as { views?: unknown } | null)?.views;
      if (typeof views !== 'object' || views === null) throw new HelperUsageError(`helper \`view\` expects a clash (an item of \`clashes\`) first, got ${shown(clash)}`);
      const party = partyById('view', id).id;
      // A side with no view on this issue: a dash, not an empty cell (an empty cell reads as missing).
      return Object.hasOwn(views, party) ? (views as Record<string, unknown>)[party] : '—';
    },
    /** `{{note "key"}}`: the speaker note the data file gives for a slide kind, or nothing. */
    note: (...args) => {
      const key = requireString('note', positional(args)[0], 'a notes key');
      return Object.hasOwn(brief.notes, key) ? brief.notes[key] : '';
    },
    /** `{{cite sources}}`: citation numbers like `[1, 3]`, linked to the sources slide. */
    cite: (...args) => {
      const ids = sourceIds('cite', positional(args)[0]);
      const cited = [...new Set(ids.map((id) => sourcesById.get(id)!.number))].sort((a, b) => a - b);
      if (cited.length === 0) return '';
      return new HelperMarkdown(`[\\[${cited.join(', ')}\\]](#sources)`);
    },
    /** `{{sourceList sources}}`: "[n] title, publisher" for each cited source, joined by "; ". */
    sourceList: (...args) => sourceIds('sourceList', positional(args)[0]).map((id) => sourcesById.get(id)!)
      .map((s) => `[${s.number}] ${s.title}${s.publisher ? `, ${s.publisher}` : ''}`).join('; '),
    /** `{{join list ", "}}`: items joined (plain text, escaped on output). */
    join: (...args) => {
      const [list, separator] = positional(args);
      if (!Array.isArray(list)) return text(list);
      return list.map(text).join(typeof separator === 'string' ? separator : ', ');
    },
    /**
     * `{{plural n "delegate"}}`: the label `delegate.one|two|few|many|other` that the locale's
     * plural rules pick for `n` (`{count}` in it becomes `n`); `{{plural n "delegate" "delegates"}}`
     * picks between two given words, English-style.
     */
    plural: (...args) => {
      const [n, one, many] = positional(args);
      const count = requireNumber('plural', n);
      const word = requireString('plural', one, 'a label key or a word');
      if (many !== undefined) return count === 1 ? word : requireString('plural', many, 'the plural word');
      const key = `${word}.${pluralCategory(locale, count)}`;
      const fallback = `${word}.other`;
      const chosen = labels.get(key) !== undefined ? key : fallback;
      if (labels.get(chosen) === undefined) {
        throw new HelperUsageError(`helper \`plural\` found no label \`${key}\` or \`${fallback}\`; give labels ${word}.one, ${word}.other (and few, many where the language has them), or two words`, hintFor(fallback, labels.keys()));
      }
      return label(chosen, { count: formatNumber(locale, count) });
    },
    /** `{{count list}}`: the length of a list (0 for nothing). */
    count: (...args) => {
      const [list] = positional(args);
      if (list === null || list === undefined) return 0;
      if (!Array.isArray(list)) throw new HelperUsageError(`helper \`count\` expects a list, got ${shown(list)}`);
      return list.length;
    },
    /** `{{inc @index}}`: a number plus one (1-based numbering). */
    inc: (...args) => requireNumber('inc', positional(args)[0]) + 1,
    /** `{{#if (eq a b)}}`: equality of two values (markdown fields compare by their text). */
    eq: (...args) => {
      const [a, b] = positional(args).map((v) => (v instanceof MarkdownText ? v.source : v));
      return a === b;
    },
    /** `{{#if (and a b)}}`: true when every value is truthy (an empty list counts as false). */
    and: (...args) => positional(args).every(truthy),
    /** `{{#if (or a b)}}`: true when any value is truthy (an empty list counts as false). */
    or: (...args) => positional(args).some(truthy),
    /** `{{#if (not a)}}`: the opposite of `a` (an empty list counts as false). */
    not: (...args) => !truthy(positional(args)[0]),
    /** `{{#if (isEmpty list)}}`: true for nothing, empty text and empty lists. */
    isEmpty: (...args) => !truthy(positional(args)[0]) && positional(args)[0] !== 0 && positional(args)[0] !== false,
    /** `{{escape value}}`: force plain-text escaping, even for a markdown field. */
    escape: (...args) => new HelperMarkdown(escapeMarkdown(text(positional(args)[0]))),
    /** `{{sentence title}}`: the text with a closing full stop, unless it already ends in . ! ? or …. */
    sentence: (...args) => {
      const value = text(positional(args)[0]).trimEnd();
      // Label markers (fixed words under --lang) may close the text; the stop is looked for before them.
      return value === '' || /[.!?…]["”’)]*[\u001c\u001d]*$/.test(value) ? value : `${value}.`;
    },
    /**
     * `{{sourceList (citedBy bottomLine)}}`, `{{cite (citedBy participants actors)}}`: the source ids
     * that one or more lists of items cite, each once, in order.
     */
    citedBy: (...args) => {
      const items = positional(args).flatMap((list) => (Array.isArray(list) ? list : []));
      const ids = items.flatMap((item: { sources?: unknown }) => (Array.isArray(item?.sources) ? item.sources : []));
      return [...new Set(ids.map(String))];
    },
    /**
     * `{{link url}}` or `{{link url "text"}}`: a markdown link whose text is escaped; a URL that is
     * not http, https or mailto prints as plain text, so data cannot smuggle in another scheme.
     */
    link: (...args) => {
      const [url, label] = positional(args);
      const href = requireString('link', url, 'a URL');
      const shown = escapeMarkdown(typeof label === 'string' && label ? label : href);
      const safe = /^(https?:|mailto:)/i.test(href) && URL.canParse(href);
      return new HelperMarkdown(safe ? `[${shown}](<${new URL(href).href.replace(/[<>]/g, encodeURIComponent)}>)` : shown);
    },
    /** `{{{chartJson series}}}`: the JSON a ```chart block takes, from a data series. */
    chartJson: (...args) => {
      const series = positional(args)[0] as Series | null | undefined;
      if (!series || typeof series !== 'object' || !Array.isArray(series.values)) throw new HelperUsageError(`helper \`chartJson\` expects a series (\`context[].series\`), got ${shown(series)}`);
      if (series.values.some((v) => v.data.some((n) => n === null))) throw new HelperUsageError('helper `chartJson` cannot chart a series with gaps (null values); show it as a table (see `hasGaps`)');
      return JSON.stringify({
        type: series.type, title: series.title, unit: series.unit ?? '',
        categories: series.categories, series: series.values.map((v) => ({ name: v.name, values: v.data })),
      });
    },
  };
}

/** A date style argument (default `long`), checked. */
function dateStyle(helper: string, style: unknown): DateStyle {
  const chosen = style === undefined ? 'long' : requireString(helper, style, `a style (${DATE_STYLES.join(', ')})`);
  if (!(DATE_STYLES as readonly string[]).includes(chosen)) {
    throw new HelperUsageError(`helper \`${helper}\` has no style \`${chosen}\`; styles: ${DATE_STYLES.join(', ')}`, hintFor(chosen, DATE_STYLES));
  }
  return chosen as DateStyle;
}

/** An item of a list joined into one line: markdown as written, plain text escaped. */
function escapeForJoin(item: unknown): string {
  // A point (`{text, sources}`) joins by its text.
  if (item !== null && typeof item === 'object' && 'text' in item) return escapeForJoin((item as { text: unknown }).text);
  if (item instanceof MarkdownText) return item.toHTML().replace(/\s*\n\s*/g, ' ');
  return escapeMarkdown(text(item));
}

/** Handlebars' idea of truth (`{{#if}}`): empty lists and empty text are false, 0 is false. */
function truthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (value instanceof MarkdownText) return value.source !== '';
  return Boolean(value);
}

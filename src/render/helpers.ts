import type { HelperOptions } from 'handlebars';
import type { Brief, Party, Series } from '../data/types.js';
import { MarkdownText } from '../data/markdown-text.js';
import { calendarDate, formatDate, formatTime, type DateStyle } from './format-date.js';
import { escapeMarkdown } from './escape-markdown.js';
import type { Labels } from './labels.js';
import { wrapLabel } from '../markup/label-markers.js';
import { closestName } from '../diagnostics/did-you-mean.js';
import { formatNumber, pluralCategory } from './format-number.js';

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

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

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
  const iso = requireString(helper, value, 'an ISO date (`2025-06-02`) or date-time with offset');
  if (!ISO_DATE.test(iso) || Number.isNaN(new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso).getTime())) {
    throw new HelperUsageError(`helper \`${helper}\` expects an ISO date (\`2025-06-02\`) or date-time with offset, got ${shown(value)}`);
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
  const zone = brief.event.timeZone;
  const partiesById = new Map<string, Party>(brief.parties.map((p) => [p.id, p]));
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
  const partyById = (helper: string, id: unknown): Party => {
    const key = requireString(helper, id, 'a party id');
    const found = partiesById.get(key);
    if (!found) throw new HelperUsageError(`no party with id \`${key}\`; known: ${[...partiesById.keys()].join(', ')}`, hintFor(key, partiesById.keys()));
    return found;
  };
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
      const chosen = style === undefined ? 'long' : requireString('formatDate', style, `a style (${DATE_STYLES.join(', ')})`);
      if (!(DATE_STYLES as readonly string[]).includes(chosen)) {
        throw new HelperUsageError(`helper \`formatDate\` has no style \`${chosen}\`; styles: ${DATE_STYLES.join(', ')}`, hintFor(chosen, DATE_STYLES));
      }
      return mark(formatDate(requireIsoDate('formatDate', iso), locale, zone, chosen as DateStyle));
    },
    /** `{{formatTime iso}}`: the time of a date-time in the event's time zone, e.g. `13:00 GMT+3`. */
    formatTime: (...args) => mark(formatTime(requireIsoDate('formatTime', positional(args)[0]), locale, zone)),
    /** `{{calendarDate iso}}`: `YYYY-MM-DD` of a date-time in the event's time zone. */
    calendarDate: (...args) => calendarDate(requireIsoDate('calendarDate', positional(args)[0]), zone),
    /** `{{formatNumber n}}`: a number with the locale's grouping and decimal sign. */
    formatNumber: (...args) => formatNumber(locale, requireNumber('formatNumber', positional(args)[0])),
    /** `{{party "ua"}}`: the party with that id (use as a subexpression: `{{#with (party id)}}`). */
    party: (...args) => partyById('party', positional(args)[0]),
    /** `{{partyName "ua"}}`: the name of the party with that id. */
    partyName: (...args) => partyById('partyName', positional(args)[0]).name,
    /** `{{view clash partyId}}`: one party's view in a clash, empty when it has none. */
    view: (...args) => {
      const [clash, id] = positional(args);
      const views = (clash as { views?: unknown } | null)?.views;
      if (typeof views !== 'object' || views === null) throw new HelperUsageError(`helper \`view\` expects a clash (an item of \`clashes\`) first, got ${shown(clash)}`);
      const party = partyById('view', id).id;
      return Object.hasOwn(views, party) ? (views as Record<string, unknown>)[party] : '';
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
      return value === '' || /[.!?…]["”’)]*$/.test(value) ? value : `${value}.`;
    },
    /**
     * `{{sourceList (citedBy bottomLine)}}`, `{{cite (citedBy parties mediators)}}`: the source ids
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
      if (!series || typeof series !== 'object' || !Array.isArray(series.values)) throw new HelperUsageError(`helper \`chartJson\` expects a series (\`military.series\`), got ${shown(series)}`);
      return JSON.stringify({
        type: series.type, title: series.title, unit: series.unit ?? '',
        categories: series.categories, series: series.values.map((v) => ({ name: v.name, values: v.data })),
      });
    },
  };
}

/** Handlebars' idea of truth (`{{#if}}`): empty lists and empty text are false, 0 is false. */
function truthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (value instanceof MarkdownText) return value.source !== '';
  return Boolean(value);
}

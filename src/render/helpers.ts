import type { HelperOptions } from 'handlebars';
import type { Brief, Party, Series } from '../data/types.js';
import { MarkdownText } from '../data/markdown-text.js';
import { calendarDate, formatDate, formatTime, type DateStyle } from './format-date.js';
import { escapeMarkdown } from './escape-markdown.js';
import type { Labels } from './labels.js';

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

/** Thrown by a helper that was called wrongly; the render stage reports it at the template line. */
export class HelperUsageError extends Error {}

type Helper = (...args: unknown[]) => unknown;

function optionsOf(args: unknown[]): HelperOptions {
  return args[args.length - 1] as HelperOptions;
}

function positional(args: unknown[]): unknown[] {
  return args.slice(0, -1);
}

function text(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

function requireString(helper: string, value: unknown, what: string): string {
  if (typeof value !== 'string' && !(value instanceof MarkdownText)) {
    throw new HelperUsageError(`helper \`${helper}\` expects ${what}, got ${value === undefined ? 'nothing' : JSON.stringify(value)}`);
  }
  return String(value);
}

/**
 * The helpers templates may call, bound to one brief, its labels and its time zone. Each is
 * documented in the README ("Template helpers"); all are pure.
 */
export function createHelpers(brief: Brief, labels: Labels): Record<string, Helper> {
  const locale = brief.language;
  const zone = brief.event.timeZone;
  const partiesById = new Map<string, Party>(brief.parties.map((p) => [p.id, p]));
  const sourcesById = new Map(brief.sources.map((s) => [s.id, s]));

  const label = (key: string, hash: Record<string, unknown>): string => {
    const template = labels.get(key);
    if (template === undefined) throw new HelperUsageError(`no label \`${key}\` in the label files`);
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(hash, name) ? text(hash[name]) : whole));
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
      return formatDate(requireString('formatDate', iso, 'an ISO date'), locale, zone, (typeof style === 'string' ? style : 'long') as DateStyle);
    },
    /** `{{formatTime iso}}`: the time of a date-time in the event's time zone, e.g. `13:00 GMT+3`. */
    formatTime: (...args) => formatTime(requireString('formatTime', positional(args)[0], 'an ISO date-time'), locale, zone),
    /** `{{calendarDate iso}}`: `YYYY-MM-DD` of a date-time in the event's time zone. */
    calendarDate: (...args) => calendarDate(requireString('calendarDate', positional(args)[0], 'an ISO date-time'), zone),
    /** `{{formatNumber n}}`: a number with the locale's grouping. */
    formatNumber: (...args) => {
      const [n] = positional(args);
      if (typeof n !== 'number') throw new HelperUsageError(`helper \`formatNumber\` expects a number, got ${JSON.stringify(n)}`);
      return new Intl.NumberFormat(locale).format(n);
    },
    /** `{{party "ua"}}`: the party with that id (use as a subexpression: `{{#with (party id)}}`). */
    party: (...args) => {
      const [id] = positional(args);
      const found = partiesById.get(requireString('party', id, 'a party id'));
      if (!found) throw new HelperUsageError(`no party with id \`${String(id)}\`; known: ${[...partiesById.keys()].join(', ')}`);
      return found;
    },
    /** `{{partyName "ua"}}`: the name of the party with that id. */
    partyName: (...args) => {
      const [id] = positional(args);
      return partiesById.get(requireString('partyName', id, 'a party id'))?.name ?? '';
    },
    /** `{{view clash partyId}}`: one party's view in a clash, empty when it has none. */
    view: (...args) => {
      const [clash, id] = positional(args) as [{ views?: Record<string, unknown> }, string];
      const views = clash?.views ?? {};
      return Object.hasOwn(views, id) ? views[id] : '';
    },
    /** `{{note "key"}}`: the speaker note the data file gives for a slide kind, or nothing. */
    note: (...args) => {
      const key = requireString('note', positional(args)[0], 'a notes key');
      return Object.hasOwn(brief.notes, key) ? brief.notes[key] : '';
    },
    /** `{{cite sources}}`: citation numbers like `[1, 3]`, linked to the sources slide. */
    cite: (...args) => {
      const [ids] = positional(args);
      const list = Array.isArray(ids) ? ids : typeof ids === 'string' ? [ids] : [];
      const numbers = [...new Set(list.map((id) => sourcesById.get(String(id))?.number).filter((n): n is number => n !== undefined))].sort((a, b) => a - b);
      if (numbers.length === 0) return '';
      return new HelperMarkdown(`[\\[${numbers.join(', ')}\\]](#sources)`);
    },
    /** `{{sourceList sources}}`: "title (publisher, date)" for each cited source, joined by "; ". */
    sourceList: (...args) => {
      const [ids] = positional(args);
      const list = Array.isArray(ids) ? ids : [];
      return list.map((id) => sourcesById.get(String(id))).filter((s) => s !== undefined)
        .map((s) => `[${s.number}] ${s.title}${s.publisher ? `, ${s.publisher}` : ''}`).join('; ');
    },
    /** `{{join list ", "}}`: items joined (plain text, escaped on output). */
    join: (...args) => {
      const [list, separator] = positional(args);
      if (!Array.isArray(list)) return text(list);
      return list.map(text).join(typeof separator === 'string' ? separator : ', ');
    },
    /** `{{plural n "delegate" "delegates"}}`: the word that fits `n` (English-style two forms; use labels for other rules). */
    plural: (...args) => {
      const [n, one, many] = positional(args);
      return Number(n) === 1 ? text(one) : text(many);
    },
    /** `{{count list}}`: the length of a list. */
    count: (...args) => {
      const [list] = positional(args);
      return Array.isArray(list) ? list.length : 0;
    },
    /** `{{inc @index}}`: a number plus one (1-based numbering). */
    inc: (...args) => Number(positional(args)[0]) + 1,
    /** `{{#if (eq a b)}}`: strict equality. */
    eq: (...args) => {
      const [a, b] = positional(args);
      return a === b;
    },
    /** `{{#if (and a b)}}` and `{{#if (or a b)}}`: logic on several values. */
    and: (...args) => positional(args).every(Boolean),
    or: (...args) => positional(args).some(Boolean),
    /** `{{#if (not a)}}`. */
    not: (...args) => !positional(args)[0],
    /** `{{#if (isEmpty list)}}`: true for null, empty text and empty lists. */
    isEmpty: (...args) => {
      const [value] = positional(args);
      return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
    },
    /** `{{escape value}}`: force plain-text escaping, even for a markdown field. */
    escape: (...args) => new HelperMarkdown(escapeMarkdown(text(positional(args)[0]))),
    /** `{{{chartJson series}}}`: the JSON a ```chart block takes, from a data series. */
    chartJson: (...args) => {
      const series = positional(args)[0] as Series | null;
      if (!series) throw new HelperUsageError('helper `chartJson` expects a series, got nothing');
      return JSON.stringify({
        type: series.type, title: series.title, unit: series.unit ?? '',
        categories: series.categories, series: series.values.map((v) => ({ name: v.name, values: v.data })),
      });
    },
  };
}

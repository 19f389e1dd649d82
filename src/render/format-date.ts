import { BoundedCache } from '../bounded-cache.js';

/** Styles of date output offered to templates. */
export type DateStyle = 'long' | 'short' | 'weekday' | 'day-month';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Most formatters kept; a process builds briefs in a handful of languages and zones. */
const MAX_FORMATTERS = 256;
const formatters = new BoundedCache<string, Intl.DateTimeFormat>(MAX_FORMATTERS);

/**
 * A formatter per locale, options and zone, created once per process: creating an
 * `Intl.DateTimeFormat` costs far more than formatting with one, and a brief formats dozens of dates.
 */
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return formatters.getOrCreate(`${locale}\u0000${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
}

/**
 * Formats an ISO date (`2025-06-02`) or date-time with offset in the brief's locale. A date-time
 * is shown in `timeZone` (the event's), so every machine prints the same whatever its own zone.
 */
export function formatDate(iso: string, locale: string, timeZone: string, style: DateStyle = 'long'): string {
  const partial = /^(\d{4})(?:-(\d{2}))?$/.exec(iso);
  if (partial) {
    // Known to the month or year only: say no more than is known. The month is written out in
    // every style: with no day beside it, an abbreviation ("лют. 2025 р.") reads as a typo.
    const instant = new Date(Date.UTC(Number(partial[1]), partial[2] === undefined ? 0 : Number(partial[2]) - 1, 1));
    const options: Intl.DateTimeFormatOptions = partial[2] === undefined ? { year: 'numeric' } : { month: 'long', year: 'numeric' };
    return formatter(locale, { ...options, timeZone: 'UTC' }).format(instant);
  }
  const dateOnly = DATE_ONLY.exec(iso);
  const instant = dateOnly ? new Date(Date.UTC(Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3]))) : new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  const zone = dateOnly ? 'UTC' : timeZone;
  const options: Intl.DateTimeFormatOptions =
    style === 'short' ? { day: 'numeric', month: 'short', year: 'numeric' }
      : style === 'weekday' ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }
        : style === 'day-month' ? { day: 'numeric', month: 'long' }
          : { day: 'numeric', month: 'long', year: 'numeric' };
  return formatter(locale, { ...options, timeZone: zone }).format(instant);
}

/**
 * Formats a local time (`13:00`) on a local date in `timeZone` with the zone's short name for that
 * day (`13:00 GMT+3`), the way `formatTime` shows a date-time.
 */
export function formatLocalTime(date: string, time: string, locale: string, timeZone: string): string {
  return formatTime(instantOf(date, time, timeZone), locale, timeZone);
}

/**
 * The ISO instant of a local date and time in `timeZone`: the UTC guess corrected by the zone's
 * offset at that moment (twice, so a change of offset near the time is followed).
 */
export function instantOf(date: string, time: string, timeZone: string): string {
  const guess = Date.parse(`${date}T${time}:00Z`);
  let instant = guess;
  for (let i = 0; i < 2; i += 1) instant = guess - offsetMinutes(instant, timeZone) * 60_000;
  return new Date(instant).toISOString();
}

/** The offset of `timeZone` from UTC at an instant, minutes. */
function offsetMinutes(instant: number, timeZone: string): number {
  const parts = formatter('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
    .formatToParts(new Date(instant));
  const n = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  const local = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
  return Math.round((local - Math.floor(instant / 1000) * 1000) / 60_000);
}

/** Formats the time of an ISO date-time in `timeZone` with the zone's short name, e.g. `13:00 GMT+3`. */
export function formatTime(iso: string, locale: string, timeZone: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  return formatter(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone, timeZoneName: 'short' }).format(instant);
}

/** The calendar date (`YYYY-MM-DD`) of an ISO date-time in `timeZone`. */
export function calendarDate(iso: string, timeZone: string): string {
  if (DATE_ONLY.test(iso)) return iso;
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  const parts = formatter('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(instant);
  return parts;
}

/**
 * Formats a span of days (`2025-06-02` to `2025-06-03`) as the locale writes it, e.g.
 * "2–3 June 2025"; a span of one day is that day.
 */
export function formatDateRange(start: string, end: string, locale: string, style: DateStyle = 'long'): string {
  if (end === start) return formatDate(start, locale, 'UTC', style);
  const a = DATE_ONLY.exec(start);
  const b = DATE_ONLY.exec(end);
  if (!a || !b) return `${formatDate(start, locale, 'UTC', style)} – ${formatDate(end, locale, 'UTC', style)}`;
  const options: Intl.DateTimeFormatOptions =
    style === 'short' ? { day: 'numeric', month: 'short', year: 'numeric' }
      : style === 'weekday' ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }
        : style === 'day-month' ? { day: 'numeric', month: 'long' }
          : { day: 'numeric', month: 'long', year: 'numeric' };
  const at = (m: RegExpExecArray): Date => new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return formatter(locale, { ...options, timeZone: 'UTC' }).formatRange(at(a), at(b));
}

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

/**
 * The rules stage: checks that need the whole brief, which a schema cannot express — ids
 * that must exist or be unique, dates that must exist on the calendar, a time zone `Intl`
 * knows, series as long as their categories. Every rule runs; all findings come back at once,
 * each with the written data path and its line:column.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { DataPath } from './data-path.js';
import { formatDataPath } from './data-path.js';
import { didYouMean } from '../diagnostics/did-you-mean.js';
import { locationOf } from './locate.js';
import type { NormalizedBrief } from './normalize.js';
import type { ParsedData } from './parse-data.js';
import { BoundedCache } from '../bounded-cache.js';
import { chartValueProblem } from '../deck/chart-values.js';

/**
 * Runs every cross-field rule on a normalised brief. `parsed` gives positions (and is walked for
 * non-finite numbers); without it diagnostics carry data paths only.
 */
export function checkRules(normalized: NormalizedBrief, parsed?: ParsedData): Diagnostic[] {
  const { brief, origins } = normalized;
  const diagnostics: Diagnostic[] = [];
  const pathOf = (value: object, fallback: DataPath): DataPath => origins.get(value) ?? fallback;
  const report = (
    rule: string,
    path: DataPath,
    message: string,
    extra: Partial<Pick<Diagnostic, 'expected' | 'found' | 'hint' | 'severity'>> & { atKey?: boolean } = {},
  ): void => {
    const { atKey, severity, ...rest } = extra;
    const clean = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
    diagnostics.push({ severity: severity ?? 'error', rule, message, ...clean, ...locationOf(parsed, path, { atKey: atKey ?? false }) });
  };

  // ---- ids: unique within their kind ---------------------------------------------------------
  const firstSeen = (kind: string, entries: Array<{ id: string; path: DataPath }>): void => {
    const seen = new Map<string, DataPath>();
    for (const { id, path } of entries) {
      const first = seen.get(id);
      if (first === undefined) seen.set(id, path);
      else report('duplicate-id', path, `duplicate ${kind} id \`${id}\` (already used at ${formatDataPath(first)})`, { expected: `a ${kind} id used once`, found: `\`${id}\` again` });
    }
  };
  const sides = [
    ...brief.participants.map((p, i) => ({ id: p.id, path: [...pathOf(p, ['participants', i]), 'id'] as DataPath })),
    ...brief.actors.map((a, i) => ({ id: a.id, path: [...pathOf(a, ['actors', i]), 'id'] as DataPath })),
  ];
  // Participants and actors share one namespace: positions and views name either.
  firstSeen('participant or actor', sides);
  // Generated ids are unique by construction, so only ids the user wrote can clash. Members are
  // taken in written order (normalising moved each head first) so "already used at" names the
  // earlier entry.
  const writtenIndex = (person: object): number => Number(pathOf(person, [0]).at(-1));
  const people = brief.participants.flatMap((p) => [...p.delegation.members].sort((a, b) => writtenIndex(a) - writtenIndex(b)));
  const writtenPeople = people.map((p) => ({ id: p.id, path: [...pathOf(p, []), 'id'] as DataPath }));
  firstSeen('person', writtenPeople);
  firstSeen('source', brief.sources.map((s, i) => ({ id: s.id, path: [...pathOf(s, ['sources', i]), 'id'] })));

  // ---- participants and actors referenced by positions and clashes ---------------------------
  const sideIds = new Set(sides.map((s) => s.id));
  const sideList = sideIds.size > 0 ? [...sideIds].map((id) => `\`${id}\``).join(', ') : 'none (no participants or actors listed)';
  brief.positions.forEach((position, i) => {
    if (sideIds.has(position.by)) return;
    report('unknown-party', [...pathOf(position, ['positions', i]), 'by'], `\`${position.by}\` is not the id of a participant or actor`, {
      expected: `one of ${sideList}`,
      found: `\`${position.by}\``,
      hint: didYouMean(position.by, sideIds),
    });
  });
  brief.clashes.forEach((clash, i) => {
    for (const side of Object.keys(clash.views)) {
      if (sideIds.has(side)) continue;
      report('unknown-party', [...pathOf(clash, ['clashes', i]), 'views', side], `\`${side}\` in \`views\` is not the id of a participant or actor`, {
        expected: `one of ${sideList}`,
        found: `\`${side}\``,
        hint: didYouMean(side, sideIds),
        atKey: true,
      });
    }
  });

  // ---- heads of delegation -------------------------------------------------------------------
  brief.participants.forEach((participant, i) => {
    const head = participant.delegation.head;
    if (head === null) return;
    const memberIds = participant.delegation.members.map((m) => m.id);
    if (memberIds.includes(head)) return;
    report('head-not-member', [...pathOf(participant, ['participants', i]), 'delegation', 'head'], `the head of the ${participant.name} delegation, \`${head}\`, is not one of its members`, {
      expected: memberIds.length > 0 ? `one of ${memberIds.map((id) => `\`${id}\``).join(', ')}` : 'the id of a member (the delegation has none)',
      found: `\`${head}\``,
      hint: didYouMean(head, memberIds),
    });
  });

  // ---- dates, time, time zone, language, links -----------------------------------------------
  const checkDate = (value: string | null, path: DataPath, allowTime: boolean): boolean => {
    if (value === null) return true;
    const problem = dateProblem(value, allowTime);
    if (problem !== undefined) {
      report('invalid-date', path, `\`${value}\` is not a real ${value.includes('T') ? 'date and time' : 'date'}: ${problem}`, {
        expected: allowTime ? 'a date (and time) that exists' : 'a date that exists, written YYYY-MM-DD',
        found: `\`${value}\``,
      });
      return false;
    }
    if (value.includes('T') && !/(Z|[+-]\d{2}:\d{2})$/.test(value)) {
      report('missing-time-offset', path, `\`${value}\` has no UTC offset, so the time is ambiguous`, {
        expected: 'a date-time ending in an offset such as `+03:00` or `Z`',
        found: `\`${value}\``,
        hint: `write it as \`${value}+HH:MM\` with the offset of the local time`,
      });
      return false;
    }
    return true;
  };
  const checkRange = (start: string, end: string | null, owner: object, fallback: DataPath): void => {
    const path = [...pathOf(owner, fallback), 'endDate'];
    if (!checkDate(end, path, false) || end === null || dateProblem(start, false) !== undefined) return;
    if (end < start) report('end-before-start', path, `the end date \`${end}\` is before the start date \`${start}\``, { expected: `a date on or after ${start}`, found: `\`${end}\`` });
  };
  const checkTime = (time: string | null, path: DataPath): void => {
    if (time === null) return;
    const [h, m] = time.split(':').map(Number);
    if (h! > 23 || m! > 59) report('invalid-time', path, `\`${time}\` is not a time of day`, { expected: 'a time from 00:00 to 23:59', found: `\`${time}\`` });
    else if (brief.event.timeZone === null) {
      report('missing-time-zone', path, 'a time is given but `event.timeZone` is not, so the time is ambiguous', {
        expected: 'an IANA time zone in `event.timeZone`, such as `Europe/Istanbul`',
        found: 'no time zone',
        hint: 'add `timeZone:` to `event`',
      });
    }
  };
  checkDate(brief.event.date, ['event', 'date'], false);
  checkRange(brief.event.date, brief.event.endDate, brief.event, ['event']);
  checkTime(brief.event.time, ['event', 'time']);
  brief.event.phases.forEach((ph, i) => {
    const at = pathOf(ph, ['event', 'phases', i]);
    checkDate(ph.date, [...at, 'date'], false);
    checkRange(ph.date, ph.endDate, ph, ['event', 'phases', i]);
    checkTime(ph.time, [...at, 'time']);
  });
  checkDate(brief.prepared.date, ['prepared', 'date'], false);
  brief.priorRounds.forEach((r, i) => {
    checkDate(r.date, [...pathOf(r, ['priorRounds', i]), 'date'], false);
    checkRange(r.date, r.endDate, r, ['priorRounds', i]);
  });
  const next = brief.outcome?.nextRound;
  if (next) checkDate(next.date, [...pathOf(next, ['outcome', 'nextRound']), 'date'], true);
  brief.context.forEach((section, i) => {
    section.events.forEach((e, k) => {
      const path = [...pathOf(e, ['context', i, 'events', k]), 'date'];
      if (checkDate(e.date, path, true) && e.date.includes('T') && brief.event.timeZone === null) {
        report('missing-time-zone', path, 'a time is given but `event.timeZone` is not, so the brief cannot show it in the local time', {
          expected: 'an IANA time zone in `event.timeZone`', found: 'no time zone', hint: 'add `timeZone:` to `event`',
        });
      }
    });
    if (section.kind === 'other' && section.title === null) {
      report('context-title', pathOf(section, ['context', i]), 'a context section of kind `other` needs a `title`', {
        expected: 'a `title`, e.g. "Energy context"', found: 'no title', atKey: false,
      });
    }
  });
  brief.sources.forEach((s, i) => checkDate(s.date, [...pathOf(s, ['sources', i]), 'date'], false));

  const zone = brief.event.timeZone;
  if (zone !== null && !isKnownTimeZone(zone)) {
    report('unknown-time-zone', ['event', 'timeZone'], `\`${zone}\` is not a known IANA time zone`, {
      expected: 'an IANA time zone such as `Europe/Istanbul`',
      found: `\`${zone}\``,
      hint: didYouMean(zone, knownTimeZones()),
    });
  }
  if (!isValidLanguageTag(brief.language)) {
    report('invalid-language', ['language'], `\`${brief.language}\` is not a valid BCP 47 language tag`, {
      expected: 'a language tag such as `en`, `en-GB` or `uk`',
      found: `\`${brief.language}\``,
    });
  }
  brief.sources.forEach((s, i) => {
    // `javascript:` and `file:` parse as URLs too; a source must be a web page.
    if (s.url !== null && (!URL.canParse(s.url) || !/^https?:$/.test(new URL(s.url).protocol))) {
      report('invalid-url', [...pathOf(s, ['sources', i]), 'url'], `\`${s.url}\` is not a valid web address`, { expected: 'an http:// or https:// address', found: `\`${s.url}\`` });
    }
  });

  // ---- sources: every citation resolves, every source is cited ------------------------------
  const sourceIds = new Set(brief.sources.map((s) => s.id));
  const cited = new Set<string>();
  const cite = (id: string, path: DataPath): void => {
    cited.add(id);
    if (sourceIds.has(id)) return;
    report('unknown-source', path, `the source \`${id}\` is cited but not listed in \`sources\``, {
      expected: sourceIds.size > 0 ? `one of ${[...sourceIds].map((s) => `\`${s}\``).join(', ')}` : 'the id of an entry in `sources` (none are listed)',
      found: `\`${id}\``,
      hint: didYouMean(id, sourceIds),
    });
  };
  const citeAll = (owner: { sources: readonly string[] } | null | undefined, fallback: DataPath): void => {
    if (!owner) return;
    const base = [...pathOf(owner, fallback), 'sources'];
    owner.sources.forEach((id, k) => cite(id, [...base, k]));
  };
  citeAll(brief.event, ['event']);
  brief.event.phases.forEach((p, i) => citeAll(p, ['event', 'phases', i]));
  brief.bottomLine.forEach((p, i) => citeAll(p, ['bottomLine', i]));
  brief.participants.forEach((p, i) => citeAll(p, ['participants', i]));
  brief.actors.forEach((a, i) => citeAll(a, ['actors', i]));
  if (brief.outcome) {
    citeAll(brief.outcome, ['outcome']);
    brief.outcome.points.forEach((p, i) => citeAll(p, ['outcome', 'points', i]));
    citeAll(brief.outcome.nextRound, ['outcome', 'nextRound']);
  }
  brief.priorRounds.forEach((r, i) => citeAll(r, ['priorRounds', i]));
  brief.positions.forEach((pos, i) => pos.points.forEach((p, k) => citeAll(p, ['positions', i, 'points', k])));
  brief.clashes.forEach((c, i) => citeAll(c, ['clashes', i]));
  brief.context.forEach((section, i) => {
    section.keyFigures.forEach((f, k) => citeAll(f, ['context', i, 'keyFigures', k]));
    section.events.forEach((e, k) => citeAll(e, ['context', i, 'events', k]));
    citeAll(section.series, ['context', i, 'series']);
  });
  brief.watch.forEach((p, i) => citeAll(p, ['watch', i]));
  brief.sources.forEach((s, i) => {
    if (cited.has(s.id)) return;
    report('unused-source', [...pathOf(s, ['sources', i]), 'id'], `the source \`${s.id}\` is listed but never cited`, {
      severity: 'warning',
      hint: 'cite it from a `sources` list, or remove it',
    });
  });

  // ---- positions and clashes that would show nothing ------------------------------------------
  // An empty card or a clash with no views is drawn empty or left out: said, not silent (a
  // newcomer's `points: []` with no summary gave an empty card; `views: {}` a missing clash).
  const known = new Set(sides.map((side) => side.id));
  brief.positions.forEach((pos, i) => {
    // A position by an unknown side is already an error: one message is enough.
    if (pos.summary === null && pos.points.length === 0 && known.has(pos.by)) {
      report('empty-position', [...pathOf(pos, ['positions', i]), 'by'], `the position of \`${pos.by}\` has no summary and no points: its card on the slide is empty`, {
        severity: 'warning', hint: 'add a `summary` or `points`, or remove the position',
      });
    }
  });
  brief.clashes.forEach((clash, i) => {
    if (Object.keys(clash.views).length === 0) {
      report('empty-clash', [...pathOf(clash, ['clashes', i]), 'topic'], `the clash \`${clash.topic}\` has no views: its row is empty, and with no views in any clash there is no clashes slide`, {
        severity: 'warning', hint: 'add each side\'s view under `views`, or remove the clash',
      });
    }
  });

  // ---- series ---------------------------------------------------------------------------------
  brief.context.forEach((section, i) => {
    const series = section.series;
    if (!series) return;
    series.values.forEach((v, k) => {
      v.data.forEach((value, j) => {
        // A gap (null) is allowed; non-finite numbers are reported below, for any field.
        if (value === null || !Number.isFinite(value) || chartValueProblem(value) === undefined) return;
        report('chart-value-range', [...pathOf(series, ['context', i, 'series']), 'values', k, 'data', j], `${value} ${chartValueProblem(value)}`, {
          expected: 'a number between -999,999,999,999,999 and 999,999,999,999,999',
          found: String(value),
          hint: 'give the values in a larger unit (e.g. billions) and say so in `unit`',
        });
      });
      if (v.data.length === series.categories.length) return;
      report('series-length', [...pathOf(series, ['context', i, 'series']), 'values', k, 'data'], `\`${v.name}\` has ${v.data.length} value${v.data.length === 1 ? '' : 's'} but there are ${series.categories.length} categories`, {
        expected: `${series.categories.length} values (numbers or null), one per category`,
        found: `${v.data.length} value${v.data.length === 1 ? '' : 's'}`,
      });
    });
  });

  // ---- numbers YAML can write but no chart can show ------------------------------------------
  if (parsed !== undefined) {
    for (const { path, value } of nonFiniteNumbers(parsed.value)) {
      const written = Number.isNaN(value) ? '.nan' : value > 0 ? '.inf' : '-.inf';
      report('non-finite-number', path, `\`${written}\` is not a usable number`, { expected: 'a finite number', found: `\`${written}\`` });
    }
  }

  return diagnostics;
}

/** Why an ISO date or date-time string names no real moment, or undefined when it does. */
export function dateProblem(value: string, allowTime: boolean): string | undefined {
  // A date known only to the year or month (`2025`, `2025-03`) names a real period when the month does.
  const partial = /^(\d{4})(?:-(\d{2}))?$/.exec(value);
  if (partial !== null && allowTime) return partial[2] !== undefined && (Number(partial[2]) < 1 || Number(partial[2]) > 12) ? `there is no month ${Number(partial[2])}` : undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|([+-])(\d{2}):(\d{2}))?)?$/.exec(value);
  if (match === null) return allowTime ? 'expected YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS+HH:MM' : 'expected YYYY-MM-DD';
  const [, y, mo, d, h, mi, s, , , oh, om] = match;
  if (!allowTime && h !== undefined) return 'a time is not allowed here';
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12) return `there is no month ${month}`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) return `${MONTHS[month - 1]} ${year} has ${days} days`;
  if (h !== undefined && Number(h) > 23) return `there is no hour ${Number(h)}`;
  if (mi !== undefined && Number(mi) > 59) return `there is no minute ${Number(mi)}`;
  if (s !== undefined && Number(s) > 59) return `there is no second ${Number(s)}`;
  if (oh !== undefined && (Number(oh) > 14 || Number(om) > 59)) return `the offset ${value.slice(-6)} is out of range`;
  return undefined;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Zones off `Intl`'s canonical list, with its answer (a zone's validity never changes in a process). */
const otherZonesKnown = new BoundedCache<string, boolean>(1000);

/** True when `Intl` knows the IANA time zone (the check the renderer's date formatting relies on). */
export function isKnownTimeZone(timeZone: string): boolean {
  // The canonical list answers for nearly every brief in ~1 ms in a fresh process; constructing a
  // formatter costs ~13 ms there (ICU's date patterns, loaded before any date is formatted). Only a
  // zone not on the list (an alias such as Europe/Kiev, other letter case) needs the formatter.
  return canonicalTimeZones().has(timeZone) || otherZonesKnown.getOrCreate(timeZone, () => formatterAccepts(timeZone));
}

/** True when `Intl.DateTimeFormat` accepts the zone. */
function formatterAccepts(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

let canonical: Set<string> | undefined;

/** The IANA zones `Intl` lists (canonical names only), read once per process. */
function canonicalTimeZones(): Set<string> {
  canonical ??= new Set(knownTimeZones());
  return canonical;
}

function knownTimeZones(): string[] {
  return typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
}

/** True when `Intl` accepts the string as a BCP 47 language tag. */
export function isValidLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** Every NaN or ±Infinity in a parsed value, with its path (YAML writes them `.nan`, `.inf`). */
function* nonFiniteNumbers(value: unknown, path: Array<string | number> = []): Generator<{ path: DataPath; value: number }> {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) yield { path, value };
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) yield* nonFiniteNumbers(value[i], [...path, i]);
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) yield* nonFiniteNumbers((value as Record<string, unknown>)[key], [...path, key]);
  }
}

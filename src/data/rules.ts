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
  firstSeen('party', brief.parties.map((p, i) => ({ id: p.id, path: [...pathOf(p, ['parties', i]), 'id'] })));
  // Generated ids are unique by construction, so only ids the user wrote can clash. Members are
  // taken in written order (normalising moved each head first) so "already used at" names the
  // earlier entry.
  const writtenIndex = (person: object): number => Number(pathOf(person, [0]).at(-1));
  const people = [
    ...brief.parties.flatMap((p) => [...p.delegation.members].sort((a, b) => writtenIndex(a) - writtenIndex(b))),
    ...brief.mediators.flatMap((m) => m.people),
  ];
  const writtenPeople = people.map((p) => ({ id: p.id, path: [...pathOf(p, []), 'id'] as DataPath }));
  firstSeen('person', writtenPeople);
  firstSeen('source', brief.sources.map((s, i) => ({ id: s.id, path: [...pathOf(s, ['sources', i]), 'id'] })));

  // ---- parties referenced by positions and clashes -------------------------------------------
  const partyIds = new Set(brief.parties.map((p) => p.id));
  const partyList = partyIds.size > 0 ? [...partyIds].map((id) => `\`${id}\``).join(', ') : 'none (no parties listed)';
  brief.positions.forEach((position, i) => {
    if (partyIds.has(position.party)) return;
    report('unknown-party', [...pathOf(position, ['positions', i]), 'party'], `\`${position.party}\` is not the id of a party`, {
      expected: `one of ${partyList}`,
      found: `\`${position.party}\``,
      hint: didYouMean(position.party, partyIds),
    });
  });
  brief.clashes.forEach((clash, i) => {
    for (const party of Object.keys(clash.views)) {
      if (partyIds.has(party)) continue;
      report('unknown-party', [...pathOf(clash, ['clashes', i]), 'views', party], `\`${party}\` in \`views\` is not the id of a party`, {
        expected: `one of ${partyList}`,
        found: `\`${party}\``,
        hint: didYouMean(party, partyIds),
        atKey: true,
      });
    }
  });

  // ---- heads of delegation -------------------------------------------------------------------
  brief.parties.forEach((party, i) => {
    const head = party.delegation.head;
    if (head === null) return;
    const memberIds = party.delegation.members.map((m) => m.id);
    if (memberIds.includes(head)) return;
    report('head-not-member', [...pathOf(party, ['parties', i]), 'delegation', 'head'], `the head of the ${party.name} delegation, \`${head}\`, is not one of its members`, {
      expected: memberIds.length > 0 ? `one of ${memberIds.map((id) => `\`${id}\``).join(', ')}` : 'the id of a member (the delegation has none)',
      found: `\`${head}\``,
      hint: didYouMean(head, memberIds),
    });
  });

  // ---- dates, time, time zone, language, links -----------------------------------------------
  const checkDate = (value: string | null, path: DataPath, allowTime: boolean, requireOffset: boolean): void => {
    if (value === null) return;
    const problem = dateProblem(value, allowTime);
    if (problem !== undefined) {
      report('invalid-date', path, `\`${value}\` is not a real ${value.includes('T') ? 'date and time' : 'date'}: ${problem}`, {
        expected: allowTime ? 'a date (and time) that exists' : 'a date that exists, written YYYY-MM-DD',
        found: `\`${value}\``,
      });
    } else if (value.includes('T') && requireOffset && !/(Z|[+-]\d{2}:\d{2})$/.test(value)) {
      report('missing-time-offset', path, `\`${value}\` has no UTC offset, so the time is ambiguous`, {
        expected: 'a date-time ending in an offset such as `+03:00` or `Z`',
        found: `\`${value}\``,
        hint: `write it as \`${value}+HH:MM\` with the offset of the local time`,
      });
    }
  };
  checkDate(brief.event.start, ['event', 'start'], true, true);
  checkDate(brief.prepared.date, ['prepared', 'date'], false, false);
  brief.priorRounds.forEach((r, i) => checkDate(r.date, [...pathOf(r, ['priorRounds', i]), 'date'], false, false));
  brief.military.events.forEach((e, i) => checkDate(e.date, [...pathOf(e, ['military', 'events', i]), 'date'], true, true));
  brief.sources.forEach((s, i) => checkDate(s.date, [...pathOf(s, ['sources', i]), 'date'], false, false));

  if (!isKnownTimeZone(brief.event.timeZone)) {
    report('unknown-time-zone', ['event', 'timeZone'], `\`${brief.event.timeZone}\` is not a known IANA time zone`, {
      expected: 'an IANA time zone such as `Europe/Istanbul`',
      found: `\`${brief.event.timeZone}\``,
      hint: didYouMean(brief.event.timeZone, knownTimeZones()),
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
  const cite = (id: string | null, path: DataPath): void => {
    if (id === null) return;
    cited.add(id);
    if (sourceIds.has(id)) return;
    report('unknown-source', path, `the source \`${id}\` is cited but not listed in \`sources\``, {
      expected: sourceIds.size > 0 ? `one of ${[...sourceIds].map((s) => `\`${s}\``).join(', ')}` : 'the id of an entry in `sources` (none are listed)',
      found: `\`${id}\``,
      hint: didYouMean(id, sourceIds),
    });
  };
  const citeAll = (owner: object, fallback: DataPath, list: readonly string[]): void => {
    const base = [...pathOf(owner, fallback), 'sources'];
    list.forEach((id, k) => cite(id, [...base, k]));
  };
  citeAll(brief.event, ['event'], brief.event.sources);
  brief.bottomLine.forEach((p, i) => citeAll(p, ['bottomLine', i], p.sources));
  brief.parties.forEach((p, i) => citeAll(p, ['parties', i], p.sources));
  brief.mediators.forEach((m, i) => citeAll(m, ['mediators', i], m.sources));
  brief.priorRounds.forEach((r, i) => citeAll(r, ['priorRounds', i], r.sources));
  brief.positions.forEach((pos, i) => pos.points.forEach((p, k) => citeAll(p, ['positions', i, 'points', k], p.sources)));
  brief.clashes.forEach((c, i) => citeAll(c, ['clashes', i], c.sources));
  brief.military.keyFigures.forEach((f, i) => cite(f.source, [...pathOf(f, ['military', 'keyFigures', i]), 'source']));
  brief.military.events.forEach((e, i) => citeAll(e, ['military', 'events', i], e.sources));
  if (brief.military.series) cite(brief.military.series.source, ['military', 'series', 'source']);
  brief.watch.forEach((p, i) => citeAll(p, ['watch', i], p.sources));
  brief.sources.forEach((s, i) => {
    if (cited.has(s.id)) return;
    report('unused-source', [...pathOf(s, ['sources', i]), 'id'], `the source \`${s.id}\` is listed but never cited`, {
      severity: 'warning',
      hint: 'cite it from a `sources` list, or remove it',
    });
  });

  // ---- series ---------------------------------------------------------------------------------
  const series = brief.military.series;
  if (series) {
    series.values.forEach((v, k) => {
      v.data.forEach((value, i) => {
        // Non-finite numbers are reported below, for any field.
        if (!Number.isFinite(value) || chartValueProblem(value) === undefined) return;
        report('chart-value-range', ['military', 'series', 'values', k, 'data', i], `${value} ${chartValueProblem(value)}`, {
          expected: 'a number between -999,999,999,999,999 and 999,999,999,999,999',
          found: String(value),
          hint: 'give the values in a larger unit (e.g. billions) and say so in `unit`',
        });
      });
      if (v.data.length === series.categories.length) return;
      report('series-length', ['military', 'series', 'values', k, 'data'], `\`${v.name}\` has ${v.data.length} value${v.data.length === 1 ? '' : 's'} but there are ${series.categories.length} categories`, {
        expected: `${series.categories.length} numbers, one per category`,
        found: `${v.data.length} number${v.data.length === 1 ? '' : 's'}`,
      });
    });
  }

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

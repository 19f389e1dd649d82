/**
 * Diagnostics as text for people: one headline in the `file:line:column: error: message [rule]`
 * form editors and CI log viewers link, then indented details and the code frame.
 */
import type { Diagnostic } from './diagnostic.js';

/** Formatting options. */
export interface FormatOptions {
  /** ANSI colours (off by default: output often goes to files and CI logs). */
  color?: boolean;
}

const ANSI = {
  red: (s: string) => `\u001b[31m${s}\u001b[39m`,
  yellow: (s: string) => `\u001b[33m${s}\u001b[39m`,
  bold: (s: string) => `\u001b[1m${s}\u001b[22m`,
  dim: (s: string) => `\u001b[2m${s}\u001b[22m`,
};
const PLAIN = { red: (s: string) => s, yellow: (s: string) => s, bold: (s: string) => s, dim: (s: string) => s };

/** Longest `expected` or `found` shown whole, characters; longer ones show their start. */
const DETAIL_LIMIT = 200;

/**
 * `text` as a detail line shows it: whole up to {@link DETAIL_LIMIT} characters, else its first
 * 160 and how long it is (a 400-word paragraph after `found:` buried the message and the frame).
 */
function shortened(text: string): string {
  const characters = [...text];
  return characters.length <= DETAIL_LIMIT ? text : `${characters.slice(0, 160).join('').trimEnd()}… (${characters.length} characters)`;
}

/** Formats one diagnostic; multi-line when it has details or a frame. No trailing newline. */
export function formatDiagnostic(d: Diagnostic, options: FormatOptions = {}): string {
  const c = options.color ? ANSI : PLAIN;
  const where = [d.file, d.file !== undefined ? d.line : undefined, d.file !== undefined && d.line !== undefined ? d.column : undefined]
    .filter((part) => part !== undefined)
    .join(':');
  const severity = d.severity === 'error' ? c.red(c.bold('error')) : c.yellow(c.bold('warning'));
  const lines = [`${where ? `${c.bold(where)}: ` : ''}${severity}: ${d.message} ${c.dim(`[${d.rule}]`)}`];
  // Without a file the line is still worth saying.
  if (d.file === undefined && d.line !== undefined) lines.push(`    line: ${d.line}${d.column !== undefined ? `:${d.column}` : ''}`);
  if (d.expected !== undefined) lines.push(`    expected: ${shortened(d.expected)}`);
  if (d.found !== undefined) lines.push(`    found: ${shortened(d.found)}`);
  if (d.hint !== undefined) lines.push(`    hint: ${d.hint}`);
  if (d.dataPath !== undefined && d.dataPath !== '') lines.push(`    at: ${d.dataPath}`);
  if (d.frame !== undefined) lines.push(...d.frame.split('\n').map((l) => c.dim(`    ${l}`.trimEnd())));
  return lines.join('\n');
}

/**
 * Formats a list, one blank line between diagnostics, closed by a count line such as
 * `2 errors, 1 warning`. No trailing newline.
 */
export function formatDiagnostics(list: readonly Diagnostic[], options: FormatOptions = {}): string {
  const blocks: string[] = [];
  for (const group of groupRepeats(list)) {
    blocks.push(...group.slice(0, REPEATS_SHOWN).map((d) => formatDiagnostic(d, options)));
    if (group.length > REPEATS_SHOWN) blocks.push(formatMoreLikeThis(group.slice(REPEATS_SHOWN), options));
  }
  blocks.push(summarizeDiagnostics(list));
  return blocks.join('\n\n');
}

/**
 * Diagnostics of one kind shown in full before the rest are summed up in one line: a list of 9,000
 * bad ids printed 9,000 code frames (issue #14). `--format json` still lists every one.
 */
export const REPEATS_SHOWN = 3;

/** Most locations and values the summary line of a group names before `…`. */
const LISTED = 8;

/**
 * Diagnostics grouped by kind, in order of each kind's first appearance: the same severity, rule
 * and file, and the same message once the names and numbers in it are set aside (`bad1` and `bad2`
 * not being sources is one kind of problem).
 */
function groupRepeats(list: readonly Diagnostic[]): Diagnostic[][] {
  const groups = new Map<string, Diagnostic[]>();
  for (const d of list) {
    const shape = d.message.replace(/`[^`]*`|"[^"]*"|\d+(?:[.,]\d+)*/g, '_');
    const key = [d.severity, d.rule, d.file ?? '', shape].join('\u0000');
    const group = groups.get(key);
    if (group) group.push(d);
    else groups.set(key, [d]);
  }
  return [...groups.values()];
}

/** One line for the rest of a group: how many, where, and what was found. */
function formatMoreLikeThis(rest: readonly Diagnostic[], options: FormatOptions): string {
  const c = options.color ? ANSI : PLAIN;
  const first = rest[0]!;
  const listed = (items: string[]): string => `${items.slice(0, LISTED).join(', ')}${items.length > LISTED ? ', …' : ''}`;
  const places = rest.filter((d) => d.line !== undefined).map((d) => `${d.line}${d.column !== undefined ? `:${d.column}` : ''}`);
  const found = [...new Set(rest.flatMap((d) => (d.found === undefined ? [] : [d.found])))];
  const severity = first.severity === 'error' ? c.red(c.bold('error')) : c.yellow(c.bold('warning'));
  const lines = [`${first.file !== undefined ? `${c.bold(first.file)}: ` : ''}${severity}: … and ${rest.length.toLocaleString('en')} more like this ${c.dim(`[${first.rule}]`)}`];
  if (places.length > 0) lines.push(`    at: ${listed(places)}`);
  if (found.length > 0) lines.push(`    found: ${shortened(listed(found))}`);
  return lines.join('\n');
}

/** The count line: `2 errors, 1 warning`, `1 error`, `no problems`. */
export function summarizeDiagnostics(list: readonly Diagnostic[]): string {
  const errors = list.filter((d) => d.severity === 'error').length;
  const warnings = list.length - errors;
  const parts: string[] = [];
  if (errors > 0) parts.push(`${errors} error${errors === 1 ? '' : 's'}`);
  if (warnings > 0) parts.push(`${warnings} warning${warnings === 1 ? '' : 's'}`);
  return parts.length > 0 ? parts.join(', ') : 'no problems';
}

import Handlebars from 'handlebars';
import type { Brief } from '../data/types.js';
import type { DeckMeta } from '../deck/types.js';
import type { Diagnostic, StageResult } from '../diagnostics/diagnostic.js';
import { closestName } from '../diagnostics/did-you-mean.js';
import { firstUnmatchedClose } from './block-tags.js';
import { ORIGIN_END, ORIGIN_START } from '../markup/split-slides.js';
import type { Theme } from '../theme/types.js';
import { escapeMarkdown } from './escape-markdown.js';
import { formatDate } from './format-date.js';
import { createHelpers, HelperUsageError } from './helpers.js';
import { resolveLabels } from './labels.js';
import { PRECOMPILED_TEMPLATES, TEMPLATE_COMPILE_OPTIONS } from './precompiled-templates.js';
import type { TemplateFile, TemplateSet } from './template-set.js';
import { BoundedCache } from '../bounded-cache.js';

/** What the render stage produces: slide markup, and the deck facts the chrome needs. */
export interface RenderedMarkup {
  markup: string;
  meta: DeckMeta;
}

/** Options of the render stage. */
export interface RenderOptions {
  /** Language of the fixed words and dates; defaults to the brief's language. */
  language?: string;
}

/** Handlebars errors carry the template location; helpers add what they know. */
interface TemplateErrorInfo {
  lineNumber?: number;
  column?: number;
}

/** Handlebars' source location of an expression (`options.loc`, the `loc` of a strict lookup). */
interface SourceLoc {
  start: { line: number; column: number };
}

/**
 * A strict-mode lookup of a name the current object lacks. Unlike Handlebars' own error it keeps
 * the keys of the object that was searched, so "did you mean" can suggest from the right level
 * (`nmae` inside `{{#each parties}}` → `name`, not some key elsewhere in the brief).
 */
class UnknownFieldError extends Error {
  readonly lineNumber: number | undefined;
  readonly column: number | undefined;
  constructor(readonly field: string, readonly searched: unknown, readonly keys: string[], loc: SourceLoc | undefined) {
    super(`"${field}" not defined`);
    this.name = 'UnknownFieldError';
    this.lineNumber = loc?.start.line;
    this.column = loc?.start.column;
  }
}

/**
 * Handlebars' parser reports "Parse error on line N:", an excerpt, a caret under the bad token and
 * what it expected. The excerpt is the last characters before the error (line breaks removed), so
 * the column is found by locating that text on line N.
 */
function parseErrorDetails(diagnostic: Diagnostic, match: RegExpExecArray, text: string): void {
  const line = Number(match[1]);
  const before = (match[2] ?? '').slice(0, (match[3] ?? '').length).replace(/^\.\.\./, '');
  const source = text.split('\n')[line - 1] ?? '';
  diagnostic.line = line;
  for (let k = before.length; k > 0; k--) {
    const index = source.indexOf(before.slice(-k));
    if (index >= 0) {
      diagnostic.column = index + k + 1;
      break;
    }
  }
  diagnostic.column ??= 1;
  const expecting = /^Expecting (.*), got '(.*)'$/.exec(match[4] ?? '');
  diagnostic.message = 'could not render template: Handlebars syntax error';
  if (expecting) {
    const wanted = [...new Set(expecting[1]!.replace(/'/g, '').split(', ').map(tokenInWords))];
    diagnostic.expected = wanted.length > 5 ? 'more template text, a `{{tag}}` or the end of a block' : wanted.join(', ');
    diagnostic.found = tokenInWords(expecting[2]!);
  }
}

/** Handlebars grammar token names, as the user typed them. */
const TOKENS: Record<string, string> = {
  CLOSE: '`}}`', CLOSE_UNESCAPED: '`}}}`', CLOSE_SEXPR: '`)`', OPEN_SEXPR: '`(`', OPEN: '`{{`', OPEN_UNESCAPED: '`{{{`',
  OPEN_BLOCK: '`{{#`', OPEN_ENDBLOCK: '`{{/`', OPEN_PARTIAL: '`{{>`', OPEN_INVERSE: '`{{^`', INVERSE: '`{{else}}`',
  EOF: 'the end of the template', ID: 'a name', STRING: 'a "string"', NUMBER: 'a number', BOOLEAN: 'true/false',
  DATA: 'an @variable', EQUALS: '`=`', SEP: '`.`', CONTENT: 'text',
};

function tokenInWords(token: string): string {
  return TOKENS[token] ?? token.toLowerCase().replace(/_/g, ' ');
}

/** What the template looked in, in words, for the message of an unknown field. */
function describeSearched(value: unknown): string {
  if (value === null || value === undefined) return 'the value';
  if (Array.isArray(value)) return 'the list';
  if (typeof value === 'object') return 'the data';
  return `the ${typeof value} ${JSON.stringify(value)}`;
}

/** Where `{{> name` is first written in a template, for a missing partial (Handlebars gives no location). */
function findInText(text: string, pattern: RegExp): { line: number; column: number } | undefined {
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    const match = pattern.exec(line);
    if (match) return { line: index + 1, column: match.index + 1 };
  }
  return undefined;
}

/** The path expression a lookup error points at (`views.ru.gov`), from its 1-based line and 0-based column. */
function expressionAt(text: string, line: number | undefined, column: number | undefined): string | undefined {
  if (line === undefined || column === undefined) return undefined;
  const source = text.split('\n')[line - 1]?.slice(column) ?? '';
  return /^(?:\.\.\/)*(?:[\w@$-]+|\[[^\]\n]*\])(?:[./](?:[\w$-]+|\[[^\]\n]*\]))*/.exec(source)?.[0];
}

/**
 * A run of dot-separated segments in `expression` that together spell one key of the data
 * (`ru.gov` in `views.ru.gov`), with the expression rewritten in Handlebars' segment-literal form
 * (`views.[ru.gov]`); undefined when there is none.
 */
function dottedKeyPath(expression: string | undefined, names: Set<string>): { written: string; key: string; bracketed: string } | undefined {
  if (expression === undefined) return undefined;
  const segments = expression.split('.');
  for (let from = 0; from < segments.length - 1; from += 1) {
    for (let to = segments.length; to > from + 1; to -= 1) {
      const key = segments.slice(from, to).join('.');
      if (!names.has(key)) continue;
      const bracketed = [...segments.slice(0, from), `[${key}]`, ...segments.slice(to)].join('.');
      return { written: expression, key, bracketed };
    }
  }
  return undefined;
}

/** Escapes for slide markup: markdown-safe values print as they are, everything else is escaped. */
function escapeForMarkup(value: unknown): string {
  if (value === null || value === undefined) return '';
  const safe = value as { toHTML?: () => string };
  if (typeof safe.toHTML === 'function') return safe.toHTML();
  return escapeMarkdown(String(value));
}

/** Every property name that occurs in the brief, for "did you mean" on a misspelled field. */
function knownNames(value: unknown, into = new Set<string>(), depth = 0): Set<string> {
  if (depth > 6 || value === null || typeof value !== 'object') return into;
  if (Array.isArray(value)) {
    for (const item of value) knownNames(item, into, depth + 1);
    return into;
  }
  for (const [key, child] of Object.entries(value)) {
    into.add(key);
    knownNames(child, into, depth + 1);
  }
  return into;
}

function templateDiagnostic(error: unknown, file: TemplateFile, names: Set<string>, helperNames: string[], partialNames: string[]): Diagnostic {
  const info = error as TemplateErrorInfo & Error;
  const raw = info instanceof Error ? info.message : String(error);
  // Handlebars appends " - line:column" to messages that have a location; keep that out of the sentence.
  const message = raw.replace(/ - \d+:\d+$/, '').replace(/\n[\s\S]*$/, '');
  const diagnostic: Diagnostic = { severity: 'error', rule: 'template', file: file.path, message: `could not render template: ${message}` };
  const located = /line (\d+)/.exec(raw);
  if (typeof info.lineNumber === 'number') {
    diagnostic.line = info.lineNumber;
    diagnostic.column = (info.column ?? 0) + 1;
  } else if (located) {
    diagnostic.line = Number(located[1]);
  }
  const parse = /^Parse error on line (\d+):\n(.*)\n(-*)\^\n(.*)/.exec(raw);
  if (parse) parseErrorDetails(diagnostic, parse, file.text);
  // Handlebars locates a mismatched block where neither the open block nor the wrong close is:
  // both are found in the text and named.
  const mismatch = /^(\S+) doesn't match (\S+)$/.exec(message);
  const unmatched = mismatch ? firstUnmatchedClose(file.text) : undefined;
  if (unmatched) {
    const { close, open } = unmatched;
    diagnostic.line = close.line;
    diagnostic.column = close.column;
    diagnostic.message = `could not render template: \`{{/${close.name}}}\` closes \`{{#${open.name}}}\`, opened at line ${open.line}, column ${open.column}`;
    diagnostic.hint = `close \`{{#${open.name}}}\` with \`{{/${open.name}}}\` before this line, or write \`{{/${open.name}}}\` here if that is what you meant`;
  }
  if (error instanceof UnknownFieldError) {
    diagnostic.rule = 'template-unknown-field';
    diagnostic.message = `the template refers to \`${error.field}\`, but ${describeSearched(error.searched)} here has no such field`;
    diagnostic.found = `\`${error.field}\``;
    if (error.keys.length > 0) diagnostic.expected = `one of: ${error.keys.slice(0, 12).join(', ')}${error.keys.length > 12 ? ', …' : ''}`;
    // Suggest from the object that was searched first; the whole brief and helpers only if nothing there is close.
    const suggestion = closestName(error.field, error.keys) ?? closestName(error.field, [...names, ...helperNames]);
    if (suggestion) diagnostic.hint = `did you mean \`${suggestion}\`?`;
    // `{{views.ru.gov}}` where `ru.gov` is one key: Handlebars splits at every dot (issue #14).
    const dotted = dottedKeyPath(expressionAt(file.text, error.lineNumber, error.column), names);
    if (dotted) {
      diagnostic.message = `the template refers to \`${dotted.written}\`, which Handlebars reads as a path through \`${dotted.key.split('.').join('` and `')}\`, but \`${dotted.key}\` is one key`;
      diagnostic.found = `\`${dotted.written}\``;
      diagnostic.hint = `write \`{{${dotted.bracketed}}}\` to look up the key \`${dotted.key}\``;
      delete diagnostic.expected;
    }
    // `{{formatDat x}}` is looked up as a field first in strict mode; name the likelier mistake.
    if (suggestion !== undefined && helperNames.includes(suggestion) && !error.keys.includes(suggestion)) {
      diagnostic.rule = 'template-unknown-helper';
      diagnostic.message = `the template uses \`${error.field}\`, which is neither a helper nor a field here`;
      delete diagnostic.expected;
    }
  }
  const missing = /^"([^"]+)" not defined in/.exec(message);
  if (missing) {
    const name = missing[1]!;
    diagnostic.rule = 'template-unknown-field';
    diagnostic.message = `the template refers to \`${name}\`, which the data does not have here`;
    const suggestion = closestName(name, [...names, ...helperNames]);
    if (suggestion) diagnostic.hint = `did you mean \`${suggestion}\`?`;
  }
  const missingPartial = /The partial (\S+) could not be found/.exec(message);
  if (missingPartial) {
    diagnostic.rule = 'template-missing-partial';
    diagnostic.message = `the template calls partial \`${missingPartial[1]}\`, which does not exist`;
    diagnostic.found = `\`${missingPartial[1]}\``;
    diagnostic.expected = `a file slides/${missingPartial[1]}.hbs, or one of: ${partialNames.join(', ')}`;
    const escaped = missingPartial[1]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const at = findInText(file.text, new RegExp(`\\{\\{~?>\\s*${escaped}(?![\\w-])`));
    if (at && diagnostic.line === undefined) {
      diagnostic.line = at.line;
      diagnostic.column = at.column;
    }
    const suggestion = closestName(missingPartial[1]!, partialNames);
    if (suggestion) diagnostic.hint = `did you mean \`{{> ${suggestion}}}\`?`;
  }
  const missingHelper = /^Missing helper: "([^"]+)"/.exec(message);
  if (missingHelper) {
    diagnostic.rule = 'template-unknown-helper';
    diagnostic.message = `the template calls helper \`${missingHelper[1]}\`, which does not exist`;
    const suggestion = closestName(missingHelper[1]!, helperNames);
    if (suggestion) diagnostic.hint = `did you mean \`${suggestion}\`?`;
  }
  if (error instanceof HelperUsageError) {
    diagnostic.rule = 'template-helper';
    if (error.hint) diagnostic.hint = error.hint;
  }
  if (diagnostic.line !== undefined) {
    const lines = file.text.split('\n');
    const start = Math.max(0, diagnostic.line - 2);
    diagnostic.frame = lines.slice(start, diagnostic.line).map((l, i) => `${String(start + i + 1).padStart(4)} | ${l}`).join('\n') +
      (diagnostic.column !== undefined ? `\n     | ${' '.repeat(Math.max(0, diagnostic.column - 1))}^` : '');
  }
  return diagnostic;
}

/** True for a well-formed BCP 47 tag that Intl accepts (so dates and numbers can be formatted). */
function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** Gives an error the template location Handlebars passed to the helper (0-based column, as Handlebars). */
function located<T extends Error>(error: T, loc: SourceLoc | undefined): T {
  const target = error as T & TemplateErrorInfo;
  if (loc && target.lineNumber === undefined) {
    target.lineNumber = loc.start.line;
    target.column = loc.start.column;
  }
  return error;
}

/** Wraps a helper so that a misuse it reports carries the line and column of the call. */
function locateHelperErrors(helper: (...args: unknown[]) => unknown): (...args: unknown[]) => unknown {
  return (...args) => {
    try {
      return helper(...args);
    } catch (error) {
      if (error instanceof HelperUsageError) throw located(error, (args[args.length - 1] as { loc?: SourceLoc }).loc);
      throw error;
    }
  };
}

/**
 * Replaces the strict-mode lookup of every template this Handlebars instance compiles with one that
 * throws `UnknownFieldError` (keeping the searched object's keys). Handlebars passes its runtime
 * "container" as the first argument of every compiled program, so the hook goes there.
 */
function strictLookupsKeepContext(hb: typeof Handlebars): void {
  const template = hb.template.bind(hb);
  const patched = new WeakSet<object>();
  const patch = (container: { strict: (obj: unknown, name: string, loc?: SourceLoc) => unknown }) => {
    if (patched.has(container)) return;
    patched.add(container);
    const original = container.strict;
    container.strict = (obj, name, loc) => {
      // Own properties only: `constructor`, `__proto__` and other inherited names are not data.
      if (obj === null || obj === undefined || typeof obj !== 'object' || !Object.hasOwn(obj, name)) {
        const keys = typeof obj === 'object' && obj !== null && !Array.isArray(obj) ? Object.keys(obj) : [];
        throw new UnknownFieldError(name, obj, keys, loc);
      }
      return original(obj, name, loc);
    };
  };
  hb.template = ((spec: Record<string, unknown>) => {
    for (const key of Object.keys(spec)) {
      const program = spec[key];
      if (!/^(main|\d+)$/.test(key) || typeof program !== 'function') continue;
      spec[key] = function (this: unknown, container: Parameters<typeof patch>[0], ...rest: unknown[]) {
        patch(container);
        return (program as (...a: unknown[]) => unknown).call(this, container, ...rest);
      };
    }
    return template(spec as unknown as Parameters<typeof hb.template>[0]);
  }) as typeof hb.template;
}

/** A process-wide Handlebars environment and the templates compiled in it, by text. */
interface TemplateEnvironment {
  hb: typeof Handlebars;
  /** Helpers Handlebars itself registers (`if`, `each`, …) and our `helperMissing`: never removed. */
  builtinHelpers: ReadonlySet<string>;
  /** The template compiled from `text` (compiled on its first call, then kept). */
  compiled: (text: string) => Handlebars.TemplateDelegate;
}

/** Most distinct template texts kept compiled; watch mode adds one per edit, so the cache is bounded. */
const MAX_COMPILED_TEMPLATES = 500;

let environment: TemplateEnvironment | undefined;

/**
 * One Handlebars environment per process, so a template is parsed and compiled once, not on every
 * build (that cost 5–8 ms of a ~50 ms warm build). This is safe because nothing a compiled
 * template keeps depends on the brief or the set: helpers and partials are looked up at run time
 * in what the render registers (it replaces both every time), the strict-lookup hook is installed
 * once, and every template first runs inside a render's markdown-escaping window (templates
 * compile lazily, on their first call), so each keeps markdown escaping.
 */
function templateEnvironment(): TemplateEnvironment {
  if (environment) return environment;
  const hb = Handlebars.create();
  // Handlebars' own "Missing helper" error has no location; this one points at the call.
  hb.registerHelper('helperMissing', (...args: unknown[]) => {
    const options = args[args.length - 1] as { name: string; loc?: SourceLoc };
    throw located(new Error(`Missing helper: "${options.name}"`), options.loc);
  });
  strictLookupsKeepContext(hb);
  const cache = new BoundedCache<string, Handlebars.TemplateDelegate>(MAX_COMPILED_TEMPLATES);
  // A bundled template needs no compiler. Like `hb.compile`'s result, it is set up on its first
  // call: the runtime keeps the escaping function in force then (see the note above).
  const precompiled = (text: string): Handlebars.TemplateDelegate | undefined => {
    const spec = PRECOMPILED_TEMPLATES.get(text);
    if (spec === undefined) return undefined;
    let ready: Handlebars.TemplateDelegate | undefined;
    return function (this: unknown, context: unknown, options?: Handlebars.RuntimeOptions) {
      ready ??= hb.template(spec());
      return ready.call(this, context, options);
    };
  };
  const compiled = (text: string): Handlebars.TemplateDelegate =>
    cache.getOrCreate(text, () => precompiled(text) ?? hb.compile(text, { ...TEMPLATE_COMPILE_OPTIONS }));
  environment = { hb, builtinHelpers: new Set(Object.keys(hb.helpers)), compiled };
  return environment;
}

/** The deck's handling marking: the brief's own, else the theme's organisation-wide default, else '' (issue #15). */
export function deckMarking(brief: Brief, theme: Theme): string {
  return brief.marking ?? (theme.marking.default ?? '').trim();
}

/**
 * Stage 4: brief + template set → slide markup. Templates run in Handlebars strict mode (a
 * reference to data that does not exist fails with the template's path, line and column);
 * plain data is escaped for markdown, markdown fields pass through.
 */
export function renderMarkup(brief: Brief, set: TemplateSet, theme: Theme, options: RenderOptions = {}): StageResult<RenderedMarkup> {
  const diagnostics: Diagnostic[] = [];
  // `--lang en` on an `en-GB` brief keeps the brief's regional conventions (dates, numbers).
  const asked = options.language;
  const language = asked === undefined ? brief.language : brief.language.toLowerCase().startsWith(`${asked.toLowerCase()}-`) ? brief.language : asked;
  if (!isLanguageTag(language)) {
    diagnostics.push({ severity: 'error', rule: 'language', message: `\`${language}\` is not a language tag`, expected: 'a BCP 47 tag such as `en`, `en-GB`, `uk` or `tr`', found: JSON.stringify(language) });
    return { value: undefined, diagnostics };
  }
  const labels = resolveLabels(set, language, diagnostics);
  const localised: Brief = { ...brief, language };
  const env = templateEnvironment();
  const hb = env.hb;
  // Fixed words in another language than the brief's are marked, so runs get the right language (issue #12).
  const otherLanguage = primaryLanguage(language) !== primaryLanguage(brief.language);
  const helpers = createHelpers(localised, labels, { markLabels: otherLanguage });
  const helperNames = Object.keys(helpers);
  const partialNames = [...set.partials.keys()];
  const names = knownNames(brief);
  // The environment outlives this render: only this brief's helpers and this set's partials may be visible.
  for (const name of Object.keys(hb.helpers)) if (!env.builtinHelpers.has(name)) hb.unregisterHelper(name);
  for (const name of Object.keys(hb.partials)) hb.unregisterPartial(name);
  for (const [name, helper] of Object.entries(helpers)) hb.registerHelper(name, locateHelperErrors(helper) as Handlebars.HelperDelegate);

  // Thrown inside nested partials, an error is caught and reported once, by the innermost template.
  const reported = new WeakSet<object>();
  const fail = (error: unknown, file: TemplateFile): never => {
    if (typeof error === 'object' && error !== null && !reported.has(error)) {
      diagnostics.push(templateDiagnostic(error, file, names, helperNames, partialNames));
      reported.add(error);
    }
    throw error;
  };
  const compile = (file: TemplateFile) => {
    try {
      return env.compiled(file.text);
    } catch (error) {
      return fail(error, file);
    }
  };

  let output: string | undefined;
  const originalEscape = hb.Utils.escapeExpression as (v: unknown) => string;
  try {
    for (const [name, file] of set.partials) {
      const template = compile(file);
      // Each partial's output starts with an origin marker so later stages can name the template.
      hb.registerPartial(name, ((context: unknown, partialOptions: Handlebars.RuntimeOptions) => {
        try {
          return `${ORIGIN_START}${file.path}${ORIGIN_END}${template(context, partialOptions)}${ORIGIN_START}${set.deck.path}${ORIGIN_END}`;
        } catch (error) {
          return fail(error, file);
        }
      }) as unknown as Handlebars.Template);
    }
    const deck = compile(set.deck);
    // Handlebars escapes through a shared function; swap in markdown escaping for this synchronous render only.
    (hb.Utils as { escapeExpression: (v: unknown) => string }).escapeExpression = escapeForMarkup;
    try {
      output = `${ORIGIN_START}${set.deck.path}${ORIGIN_END}${deck(localised)}`;
    } catch (error) {
      if (!(typeof error === 'object' && error !== null && reported.has(error))) diagnostics.push(templateDiagnostic(error, set.deck, names, helperNames, partialNames));
    }
  } catch (error) {
    if (!(typeof error === 'object' && error !== null && reported.has(error))) throw error;
  } finally {
    (hb.Utils as { escapeExpression: (v: unknown) => string }).escapeExpression = originalEscape;
  }
  if (output === undefined) return { value: undefined, diagnostics };

  const day = brief.event.date;
  const created = brief.prepared.date ?? day;
  const marking = deckMarking(brief, theme);
  if (marking === '') {
    diagnostics.push({
      severity: 'warning', rule: 'no-marking',
      message: 'the deck has no handling marking: the brief sets no `marking` and the theme no `marking.default`',
      hint: 'add `marking: OFFICIAL` (or your marking) to the brief, or `"marking": {"default": "…"}` to your template set\'s theme.json',
    });
  }
  const meta: DeckMeta = {
    title: brief.title,
    language,
    ...(otherLanguage ? { contentLanguage: brief.language } : {}),
    marking,
    dateLabel: formatDate(day, language, 'UTC', 'long'),
    footer: theme.footer.text,
    author: brief.prepared.by ?? '',
    continuedLabel: labels.get('continued') ?? '(cont.)',
    createdIso: `${created}T00:00:00Z`,
  };
  return { value: { markup: output, meta }, diagnostics };
}

/** The primary subtag of a language tag, lower case (`en-GB` → `en`). */
function primaryLanguage(tag: string): string {
  return tag.toLowerCase().split('-')[0] ?? '';
}

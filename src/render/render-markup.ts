import Handlebars from 'handlebars';
import type { Brief } from '../data/types.js';
import type { DeckMeta } from '../deck/types.js';
import type { Diagnostic, StageResult } from '../diagnostics/diagnostic.js';
import { closestName } from '../diagnostics/did-you-mean.js';
import { ORIGIN_END, ORIGIN_START } from '../markup/split-slides.js';
import type { Theme } from '../theme/types.js';
import { escapeMarkdown } from './escape-markdown.js';
import { calendarDate, formatDate } from './format-date.js';
import { createHelpers, HelperUsageError } from './helpers.js';
import { resolveLabels } from './labels.js';
import type { TemplateFile, TemplateSet } from './template-set.js';

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

function templateDiagnostic(error: unknown, file: TemplateFile, names: Set<string>, helperNames: string[]): Diagnostic {
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
  // Handlebars locates a mismatched block at its opening tag; the mistake is usually the closing one.
  const mismatch = /^(\S+) doesn't match (\S+)$/.exec(message);
  if (mismatch && diagnostic.line !== undefined) {
    const lines = file.text.split('\n');
    for (let index = diagnostic.line - 1; index < lines.length; index++) {
      const column = (lines[index] ?? '').indexOf(`{{/${mismatch[2]}`);
      if (column >= 0) {
        diagnostic.line = index + 1;
        diagnostic.column = column + 1;
        diagnostic.message = `could not render template: \`{{/${mismatch[2]}}}\` closes \`{{#${mismatch[1]}}}\``;
        diagnostic.hint = `did you mean \`{{/${mismatch[1]}}}\`?`;
        break;
      }
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
  }
  if (error instanceof HelperUsageError) diagnostic.rule = 'template-helper';
  if (diagnostic.line !== undefined) {
    const lines = file.text.split('\n');
    const start = Math.max(0, diagnostic.line - 2);
    diagnostic.frame = lines.slice(start, diagnostic.line).map((l, i) => `${String(start + i + 1).padStart(4)} | ${l}`).join('\n') +
      (diagnostic.column !== undefined ? `\n     | ${' '.repeat(Math.max(0, diagnostic.column - 1))}^` : '');
  }
  return diagnostic;
}

/**
 * Stage 4: brief + template set → slide markup. Templates run in Handlebars strict mode (a
 * reference to data that does not exist fails with the template's path, line and column);
 * plain data is escaped for markdown, markdown fields pass through.
 */
export function renderMarkup(brief: Brief, set: TemplateSet, theme: Theme, options: RenderOptions = {}): StageResult<RenderedMarkup> {
  const diagnostics: Diagnostic[] = [];
  const language = options.language ?? brief.language;
  const labels = resolveLabels(set, language, diagnostics);
  const localised: Brief = { ...brief, language };
  const hb = Handlebars.create();
  const helpers = createHelpers(localised, labels);
  const helperNames = Object.keys(helpers);
  const names = knownNames(brief);
  for (const [name, helper] of Object.entries(helpers)) hb.registerHelper(name, helper as Handlebars.HelperDelegate);

  // Thrown inside nested partials, an error is caught and reported once, by the innermost template.
  const reported = new WeakSet<object>();
  const fail = (error: unknown, file: TemplateFile): never => {
    if (typeof error === 'object' && error !== null && !reported.has(error)) {
      diagnostics.push(templateDiagnostic(error, file, names, helperNames));
      reported.add(error);
    }
    throw error;
  };
  const compile = (file: TemplateFile) => {
    try {
      return hb.compile(file.text, { strict: true, preventIndent: true });
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
      if (!(typeof error === 'object' && error !== null && reported.has(error))) diagnostics.push(templateDiagnostic(error, set.deck, names, helperNames));
    }
  } catch (error) {
    if (!(typeof error === 'object' && error !== null && reported.has(error))) throw error;
  } finally {
    (hb.Utils as { escapeExpression: (v: unknown) => string }).escapeExpression = originalEscape;
  }
  if (output === undefined) return { value: undefined, diagnostics };

  const day = calendarDate(brief.event.start, brief.event.timeZone);
  const created = brief.prepared.date ?? day;
  const meta: DeckMeta = {
    title: brief.title,
    language,
    marking: brief.marking,
    dateLabel: formatDate(day, language, brief.event.timeZone, 'long'),
    footer: theme.footer.text,
    author: brief.prepared.by ?? '',
    continuedLabel: labels.get('continued') ?? '(cont.)',
    createdIso: `${created}T00:00:00Z`,
  };
  return { value: { markup: output, meta }, diagnostics };
}

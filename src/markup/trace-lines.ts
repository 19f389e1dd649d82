import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { codeFrame } from '../diagnostics/code-frame.js';
import type { SourceFile } from '../io/read-source.js';
import type { TemplateFile, TemplateSet } from '../render/template-set.js';
import { stripOrigins } from './split-slides.js';

/** A template line that renders to a markup line, and what its expressions printed there. */
interface TemplateLineMatch {
  /** 1-based line of the template. */
  line: number;
  /** The text each `{{…}}` of that line printed, in order. */
  holes: string[];
}

/** One Handlebars expression (`{{x}}`, `{{{x}}}`, `{{#if x}}`, `{{!-- … --}}`) on a line. */
const MUSTACHE = /\{\{\{?[\s\S]*?\}?\}\}/g;
/** Expressions that print nothing themselves: blocks, `else`, comments, partial calls (their output has its own origin). */
const SILENT = /^\{\{~?\s*(?:[#/^!>]|else\b)/;

/**
 * Gives markup-stage diagnostics real locations (issue #14). The markup parser counts lines of the
 * rendered slide markup, which are not lines of the template named: a loop repeats its lines, so a
 * 22-line partial was blamed at line 232. Each diagnostic on a template is traced to the template
 * line whose literal text and expressions produce its markup line. When that template is bundled
 * with briefdeck, its output is tested for every valid brief, so the cause is the data: the
 * diagnostic moves to the data file, at the value the template printed there when it can be found.
 * A line that cannot be traced keeps its file and loses the wrong line number.
 */
export function traceMarkupDiagnostics(diagnostics: readonly Diagnostic[], markup: string, templates: TemplateSet, source: SourceFile): Diagnostic[] {
  const files = new Map<string, TemplateFile>([[templates.deck.path, templates.deck], ...[...templates.partials.values()].map((file) => [file.path, file] as const)]);
  const { lines } = stripOrigins(markup, templates.deck.path);
  return diagnostics.map((diagnostic) => {
    const template = diagnostic.file === undefined ? undefined : files.get(diagnostic.file);
    if (template === undefined || diagnostic.line === undefined) return diagnostic;
    const rendered = lines[diagnostic.line - 1] ?? '';
    const match = matchTemplateLine(rendered, template.text);
    if (template.bundled) return blameData(diagnostic, template, match?.holes ?? [rendered], source);
    const traced: Diagnostic = { ...diagnostic };
    delete traced.line;
    delete traced.column;
    delete traced.frame;
    if (match === undefined) return { ...traced, message: `${diagnostic.message} (in this template's output; its line could not be traced)` };
    const templateLine = template.text.split('\n')[match.line - 1] ?? '';
    // A column of the markup is one of the template only where the two lines are the same text.
    const column = templateLine.trim() === rendered.trim() ? diagnostic.column : undefined;
    const frame = codeFrame(template.text, match.line, column ?? 1);
    return { ...traced, line: match.line, ...(column === undefined ? {} : { column }), ...(frame === undefined ? {} : { frame }) };
  });
}

/**
 * The template line that renders to `rendered`: its literal text must appear in order with each
 * expression printing anything in between. The line with the most literal text wins (ties: the
 * first); a line of expressions alone matches only when no line with text does.
 */
export function matchTemplateLine(rendered: string, templateText: string): TemplateLineMatch | undefined {
  let best: (TemplateLineMatch & { score: number }) | undefined;
  for (const [index, line] of templateText.split('\n').entries()) {
    const parts = line.trim().split(MUSTACHE);
    const expressions = line.trim().match(MUSTACHE) ?? [];
    const printing = expressions.some((e) => !SILENT.test(e));
    const score = parts.join('').replace(/\s/g, '').length;
    if (score === 0 && !printing) continue;
    const pattern = new RegExp(`^${parts.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('([\\s\\S]*?)')}$`, 'd');
    const text = rendered.trim();
    const matched = pattern.exec(text);
    if (matched === null || (best !== undefined && best.score >= score)) continue;
    // Where one expression ends and the next begins is ambiguous (`{{a}} {{b}}`), so the whole
    // printed stretch comes first, then each expression's share.
    const spans = (matched.indices ?? []).slice(1).filter((span): span is [number, number] => span !== undefined);
    const whole = spans.length > 1 ? [text.slice(spans[0]![0], spans[spans.length - 1]![1])] : [];
    const holes = [...whole, ...matched.slice(1)].map((hole) => (hole ?? '').trim()).filter((hole) => hole !== '');
    best = { line: index + 1, holes, score };
  }
  return best && { line: best.line, holes: best.holes };
}

/** A diagnostic on a bundled template's output moved to the data value that caused it. */
function blameData(diagnostic: Diagnostic, template: TemplateFile, printed: string[], source: SourceFile): Diagnostic {
  const moved: Diagnostic = { ...diagnostic, file: source.path, message: `${diagnostic.message} (in what ${template.path} made of this data)` };
  delete moved.line;
  delete moved.column;
  delete moved.frame;
  const found = printed.map((text) => findInSource(source.text, text)).find((at) => at !== undefined);
  if (found === undefined) return moved;
  const frame = codeFrame(source.text, found.line, found.column);
  return { ...moved, line: found.line, column: found.column, ...(frame === undefined ? {} : { frame }) };
}

/** Where `printed` (as a template printed it: markdown escapes added) is written in the data file. */
function findInSource(text: string, printed: string): { line: number; column: number } | undefined {
  const candidates = [printed, printed.replace(/\\([!-/:-@[-`{-~])/g, '$1')].filter((c) => c.trim().length >= 2);
  for (const candidate of candidates) {
    const offset = text.indexOf(candidate);
    if (offset < 0) continue;
    const before = text.slice(0, offset).split('\n');
    return { line: before.length, column: (before[before.length - 1] ?? '').length + 1 };
  }
  return undefined;
}

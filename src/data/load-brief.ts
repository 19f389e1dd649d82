/**
 * Composes the data stages: parse → limits → validate → normalise → rules and markdown checks. Pure (the caller reads the
 * file); reports everything each stage that could run found.
 */
import { hasErrors, type Diagnostic, type StageResult } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../io/read-source.js';
import { normalizeBrief } from './normalize.js';
import { parseData } from './parse-data.js';
import { checkLimits } from './limits.js';
import { checkMarkdownFields } from './markdown-safety.js';
import { checkRules } from './rules.js';
import type { Brief } from './types.js';
import { sortByPosition, validateBrief } from './validate.js';

/**
 * Turns a data file's text into a normalised Brief. Stops after the schema stage when it found
 * errors (normalising data of the wrong shape would only produce confusing follow-on errors),
 * but reports all of them. `value` is set only when there are no errors; warnings may remain.
 */
export function loadBrief(source: SourceFile): StageResult<Brief> {
  const diagnostics: Diagnostic[] = [];
  const parsed = parseData(source);
  diagnostics.push(...parsed.diagnostics);
  if (parsed.value === undefined) return { value: undefined, diagnostics };

  // A string over the limit is an error (value stays undefined), but the later checks still run so
  // every problem is reported at once.
  diagnostics.push(...checkLimits(parsed.value));
  const validated = validateBrief(parsed.value);
  const broken = parsed.value.brokenFromLine;
  if (broken !== undefined) {
    // Only problems located before the first syntax error are real; a missing property may just
    // be cut off by the error, so it is not reported until the syntax is fixed.
    const trustworthy = validated.diagnostics.filter((d) => d.rule !== 'schema-required' && d.line !== undefined && d.line < broken);
    return { value: undefined, diagnostics: sortByPosition([...diagnostics, ...trustworthy]) };
  }
  diagnostics.push(...validated.diagnostics);
  if (validated.value === undefined) return { value: undefined, diagnostics: sortByPosition(diagnostics) };

  const normalized = normalizeBrief(validated.value, parsed.value);
  diagnostics.push(...normalized.diagnostics);
  if (normalized.value === undefined) return { value: undefined, diagnostics: sortByPosition(diagnostics) };

  diagnostics.push(...checkRules(normalized.value, parsed.value));
  diagnostics.push(...checkMarkdownFields(normalized.value.markdown, parsed.value));
  const sorted = sortByPosition(diagnostics);
  return { value: hasErrors(sorted) ? undefined : normalized.value.brief, diagnostics: sorted };
}

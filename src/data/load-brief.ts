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
import type { WrittenBrief } from './schema.js';
import { oldFormatDiagnostic } from './old-format.js';
import { pruneInvalid } from './prune-invalid.js';
import { sortByPosition, validateBrief } from './validate.js';

/**
 * Turns a data file's text into a normalised Brief, reporting every problem in one run: when
 * the schema finds errors, the parts that failed are pruned from a copy and the cross-field rules
 * still check the rest (issue #15). A file in the first data format gets one error that says to
 * run `briefdeck migrate`. `value` is set only when there are no errors; warnings may remain.
 */
export function loadBrief(source: SourceFile): StageResult<Brief> {
  const diagnostics: Diagnostic[] = [];
  const parsed = parseData(source);
  diagnostics.push(...parsed.diagnostics);
  if (parsed.value === undefined) return { value: undefined, diagnostics };

  // A string over the limit is an error (value stays undefined), but the later checks still run so
  // every problem is reported at once.
  const old = oldFormatDiagnostic(parsed.value);
  if (old !== undefined) return { value: undefined, diagnostics: [...diagnostics, old] };
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
  // What failed the schema is reported above; the rules check what is left of the file.
  const checked = validated.value !== undefined ? parsed.value : pruneInvalid(parsed.value);
  if (checked === undefined) return { value: undefined, diagnostics: sortByPosition(diagnostics) };
  const written = checked.value as WrittenBrief;

  const normalized = normalizeBrief(written, checked);
  diagnostics.push(...normalized.diagnostics);
  if (normalized.value === undefined) return { value: undefined, diagnostics: sortByPosition(diagnostics) };

  diagnostics.push(...checkRules(normalized.value, checked));
  diagnostics.push(...checkMarkdownFields(normalized.value.markdown, checked));
  const sorted = sortByPosition(diagnostics);
  return { value: hasErrors(sorted) ? undefined : normalized.value.brief, diagnostics: sorted };
}

/**
 * A problem found in user input (data file, template, theme) or while building,
 * carried as data so that every stage can report all problems at once.
 * Modelled on vfile-message: where (file, line, column, data path), what rule,
 * and what was expected versus what was found.
 */
export interface Diagnostic {
  /** `error` fails the build; `warning` is printed and fails only under `--strict`. */
  severity: 'error' | 'warning';
  /** Short stable identifier of the rule, e.g. `yaml-syntax`, `schema-type`, `unknown-party`. */
  rule: string;
  /** Human sentence saying what is wrong. */
  message: string;
  /** File the problem is in, as the user named it. */
  file?: string;
  /** 1-based line. */
  line?: number;
  /** 1-based column. */
  column?: number;
  /** Dotted data path, e.g. `parties[1].delegation.head`. */
  dataPath?: string;
  /** What was expected, in words. */
  expected?: string;
  /** What was found, in words. */
  found?: string;
  /** A short hint such as "did you mean `venue`?". */
  hint?: string;
  /** A few lines of source around the problem, already formatted. */
  frame?: string;
}

/** The result of a pure stage: a value (absent when the stage could not produce one) and its diagnostics. */
export interface StageResult<T> {
  value: T | undefined;
  diagnostics: Diagnostic[];
}

/** True when any diagnostic is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

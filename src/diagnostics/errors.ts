import type { Diagnostic } from './diagnostic.js';

/**
 * Thrown by the library when user input is invalid; the CLI maps it to exit code 1
 * and prints the diagnostics without a stack trace.
 */
export class BriefInputError extends Error {
  /** Every problem found, errors and warnings. */
  readonly diagnostics: Diagnostic[];
  constructor(message: string, diagnostics: Diagnostic[]) {
    super(message);
    this.name = 'BriefInputError';
    this.diagnostics = diagnostics;
  }
}

/** Thrown for a wrong command line (unknown option, missing argument); exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * Thrown when the generated package fails its own self-check. This is a bug in briefdeck,
 * never the user's fault; the CLI maps it to exit code 3.
 */
export class PackageCheckError extends Error {
  /** The individual problems the self-check found. */
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`the generated package failed its self-check:\n  ${problems.join('\n  ')}`);
    this.name = 'PackageCheckError';
    this.problems = problems;
  }
}

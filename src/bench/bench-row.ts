/**
 * One line of the benchmark table `npm run bench` prints. Every timing is the median of
 * several runs and, where a baseline was measured in the same run, also a ratio to it.
 */
export interface BenchRow {
  /** Section of the table, e.g. "measurer", "whole process", "batch", "scaling". */
  section: string;
  /** What was measured, e.g. "10,000 strings measured". */
  name: string;
  /** The figure with its unit, formatted for people, e.g. "5.4 ms" or "182 decks/s". */
  value: string;
  /** Ratio to the baseline with its name, e.g. "1.6 × node -e 0"; empty when none. */
  ratio?: string;
  /** The target from the issue and whether it was met, e.g. "≤ 50 ms: met". */
  target?: string;
}

/** A section of the benchmark: runs its measurements and returns its rows. */
export type BenchSection = () => Promise<BenchRow[]>;

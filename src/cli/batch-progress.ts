import cliProgress from 'cli-progress';
import type { BatchOutcome } from '../batch/batch-outcome.js';

/** Shows how far a batch has got. */
export interface BatchProgress {
  update(outcome: BatchOutcome, done: number): void;
  stop(): void;
}

/**
 * Progress of a batch: a bar on a terminal (stderr, so stdout stays clean for the summary); one
 * plain line per brief otherwise, because a bar redrawn with carriage returns turns a CI log or a
 * file into noise. `quiet` shows nothing.
 */
export function createBatchProgress(total: number, options: { quiet: boolean; tty: boolean }): BatchProgress {
  if (options.quiet) return { update: () => undefined, stop: () => undefined };
  if (!options.tty) {
    const width = String(total).length;
    return {
      update: (outcome, done) => {
        const status = outcome.ok ? `ok     ${outcome.file} → ${outcome.out} (${outcome.slides} slides)` : `FAILED ${outcome.file}`;
        process.stdout.write(`[${String(done).padStart(width)}/${total}] ${status}\n`);
      },
      stop: () => undefined,
    };
  }
  const bar = new cliProgress.SingleBar({
    format: 'building {bar} {value}/{total} briefs | {failed} failed | {eta_formatted} left',
    stream: process.stderr,
    hideCursor: true,
    clearOnComplete: true,
  }, cliProgress.Presets.shades_classic);
  let failed = 0;
  bar.start(total, 0, { failed });
  return {
    update: (outcome, done) => {
      if (!outcome.ok) failed += 1;
      bar.update(done, { failed });
    },
    stop: () => bar.stop(),
  };
}

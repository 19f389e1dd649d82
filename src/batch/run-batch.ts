import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { BatchOutcome, BatchSettings, BatchTask } from './batch-outcome.js';
import type { WorkerReply, WorkerRequest } from './worker-messages.js';

/** Options of {@link runBatch}. */
export interface RunBatchOptions extends BatchSettings {
  /** Worker threads; default: the cores available. Never more than there are tasks. */
  jobs?: number;
  /** Called as each brief finishes (in completion order), for progress. */
  onOutcome?: (outcome: BatchOutcome, done: number) => void;
}

/** The worker's entry point, next to this module in `dist/batch/` (or the bundle's folder). */
const WORKER_URL = new URL('./batch-worker.js', import.meta.url);

/**
 * Builds many briefs in parallel worker threads and returns one outcome per task, in task order.
 * Each worker takes the next task as soon as it is free, so one slow brief does not hold the others
 * back. A worker that dies (a crash, not a bad brief) fails the task it had with an `internal`
 * diagnostic and is replaced, so the remaining briefs still build.
 */
export async function runBatch(tasks: readonly BatchTask[], options: RunBatchOptions): Promise<BatchOutcome[]> {
  const outcomes: BatchOutcome[] = new Array<BatchOutcome>(tasks.length);
  if (tasks.length === 0) return outcomes;
  const jobs = Math.max(1, Math.min(options.jobs ?? availableParallelism(), tasks.length));
  const settings: BatchSettings = { templates: options.templates, cwd: options.cwd, ...(options.language ? { language: options.language } : {}) };
  let next = 0;
  let done = 0;
  const record = (id: number, outcome: BatchOutcome) => {
    outcomes[id] = outcome;
    done += 1;
    options.onOutcome?.(outcome, done);
  };

  const runWorker = () => new Promise<void>((resolveWorker) => {
    const worker = new Worker(WORKER_URL, { workerData: settings });
    let current: number | undefined;
    const feed = () => {
      if (next >= tasks.length) {
        current = undefined;
        void worker.terminate();
        return;
      }
      current = next++;
      const task = tasks[current]!;
      worker.postMessage({ id: current, file: task.file, out: task.out } satisfies WorkerRequest);
    };
    worker.on('message', (reply: WorkerReply) => {
      record(reply.id, reply.outcome);
      feed();
    });
    const failCurrent = (why: string) => {
      if (current === undefined) return;
      const task = tasks[current]!;
      record(current, {
        file: task.file, ok: false, slides: 0,
        diagnostics: [{ severity: 'error', rule: 'internal', file: task.file, message: `internal error (this is a bug in briefdeck, please report it): the worker building it ${why}` }],
      });
      current = undefined;
    };
    worker.on('error', (error) => failCurrent(`failed: ${error.message}`));
    worker.on('exit', (code) => {
      failCurrent(`exited with code ${code}`);
      // A worker that died with work left is replaced; one that ran out of tasks just ends.
      if (next < tasks.length) void runWorker().then(resolveWorker);
      else resolveWorker();
    });
    feed();
  });

  await Promise.all(Array.from({ length: jobs }, runWorker));
  return outcomes;
}

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

/**
 * Tasks each worker holds at once. With two, the worker starts building the next deck while the
 * previous one is being written and flushed (and while its reply travels to the main thread), so
 * it is not idle during I/O; builds are synchronous in between, so two never run on the CPU at once.
 */
const IN_FLIGHT = 2;

/** The worker's entry point, next to this module in `dist/batch/` (or the bundle's folder). */
const WORKER_URL = new URL('./batch-worker.js', import.meta.url);

/**
 * Builds many briefs in parallel worker threads and returns one outcome per task, in task order.
 * Each worker holds up to two tasks and takes the next as soon as one is done, so one slow brief
 * does not hold the others back and a worker does not wait for its last deck's write. A worker that
 * dies (a crash, not a bad brief) is replaced, so the remaining briefs still build; the task it had
 * fails with an `internal` diagnostic (when it had two, each is retried alone first, so only the
 * brief that crashes it fails).
 */
export async function runBatch(tasks: readonly BatchTask[], options: RunBatchOptions): Promise<BatchOutcome[]> {
  const outcomes: BatchOutcome[] = new Array<BatchOutcome>(tasks.length);
  if (tasks.length === 0) return outcomes;
  const jobs = Math.max(1, Math.min(options.jobs ?? availableParallelism(), tasks.length));
  const settings: BatchSettings = { templates: options.templates, cwd: options.cwd, ...(options.reference ? { reference: options.reference } : {}), ...(options.language ? { language: options.language } : {}) };
  let next = 0;
  let done = 0;
  const record = (id: number, outcome: BatchOutcome) => {
    outcomes[id] = outcome;
    done += 1;
    options.onOutcome?.(outcome, done);
  };

  // Tasks that were in flight beside another when their worker died: each is built again by itself,
  // so a brief that crashes a worker fails alone and never takes a neighbour down with it.
  const retryAlone: number[] = [];
  const runWorker = () => new Promise<void>((resolveWorker) => {
    const worker = new Worker(WORKER_URL, { workerData: settings });
    // Tasks sent to this worker and not answered yet: at most IN_FLIGHT, or one being retried alone.
    const current = new Set<number>();
    let alone = false;
    const send = (id: number) => {
      current.add(id);
      const task = tasks[id]!;
      worker.postMessage({ id, file: task.file, out: task.out } satisfies WorkerRequest);
    };
    const feed = () => {
      if (current.size === 0) alone = false;
      if (alone) return;
      if (retryAlone.length > 0) {
        if (current.size === 0) {
          alone = true;
          send(retryAlone.shift()!);
        }
        return;
      }
      while (current.size < IN_FLIGHT && next < tasks.length) send(next++);
      if (current.size === 0) void worker.terminate();
    };
    worker.on('message', (reply: WorkerReply) => {
      current.delete(reply.id);
      record(reply.id, reply.outcome);
      feed();
    });
    const failCurrent = (why: string) => {
      if (current.size > 1) {
        retryAlone.push(...[...current].sort((a, b) => a - b));
      } else {
        for (const id of current) {
          const task = tasks[id]!;
          record(id, {
            file: task.file, ok: false, slides: 0,
            diagnostics: [{ severity: 'error', rule: 'internal', file: task.file, message: `internal error (this is a bug in briefdeck, please report it): the worker building it ${why}` }],
          });
        }
      }
      current.clear();
    };
    worker.on('error', (error) => failCurrent(`failed: ${error.message}`));
    worker.on('exit', (code) => {
      failCurrent(`exited with code ${code}`);
      // A worker that died with work left is replaced; one that ran out of tasks just ends.
      if (next < tasks.length || retryAlone.length > 0) void runWorker().then(resolveWorker);
      else resolveWorker();
    });
    feed();
  });

  await Promise.all(Array.from({ length: jobs }, runWorker));
  return outcomes;
}

import type { BatchOutcome, BatchTask } from './batch-outcome.js';

/** Main thread → worker: build this brief. */
export interface WorkerRequest extends BatchTask {
  /** Index of the task in the batch, echoed in the reply. */
  id: number;
}

/** Worker → main thread: the outcome of request `id`. */
export interface WorkerReply {
  id: number;
  outcome: BatchOutcome;
}

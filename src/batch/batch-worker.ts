/**
 * Entry point of a batch worker thread: builds the briefs the main thread sends as they arrive
 * (the main thread keeps at most two in flight, so one builds while the other is written), with
 * one builder for the worker's life so templates, font metrics and the schema validator are
 * prepared once per worker rather than once per deck.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createBatchBuilder } from './batch-builder.js';
import type { BatchSettings, BatchTask } from './batch-outcome.js';
import type { WorkerReply, WorkerRequest } from './worker-messages.js';

const port = parentPort;
if (port === null) throw new Error('batch-worker.js runs only as a worker thread');
const build = createBatchBuilder(workerData as BatchSettings);
port.on('message', (request: WorkerRequest) => {
  const task: BatchTask = { file: request.file, out: request.out };
  void build(task).then((outcome) => port.postMessage({ id: request.id, outcome } satisfies WorkerReply));
});

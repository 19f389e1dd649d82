/**
 * `npm run fuzz -- --runs N --seed S [--workers W] [--timeout MS]`: property-based fuzzing of the
 * whole pipeline, longer than the run inside `npm test`. Cases run in worker threads so a case
 * that hangs can be stopped: each worker announces a case before running it, and the main thread
 * terminates a worker that stays silent past the timeout. Every failing or hanging case is saved
 * under `test/fixtures/fuzz/`, where the test suite replays it as a regression fixture.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import fc from 'fast-check';
import { fuzzInput, type FuzzInput } from './arbitraries.js';
import { checkCase, loadFuzzEnvironment } from './check-case.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const REFERENCE = join(ROOT, 'data', 'istanbul-2025-06-02.yaml');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'fuzz');
/** One case in this many also runs the writer and the package self-check (the rest: pure stages). */
export const WRITE_EVERY = 10;

/** What a worker is asked to do. */
interface Job {
  runs: number;
  seed: number;
}

/** Messages from a worker to the main thread. */
type Report =
  | { type: 'case'; path: string; bytes: Uint8Array }
  | { type: 'done'; cases: number; decks: number; written: number; slowestMs: number; rules: Record<string, number> }
  | { type: 'failure'; path: string; bytes: Uint8Array; error: string; seed: number; counterexamplePath: string };

interface Options {
  runs: number;
  seed: number;
  workers: number;
  timeoutMs: number;
}

function parseArgs(argv: string[]): Options {
  const value = (name: string): string | undefined => {
    const index = argv.indexOf(`--${name}`);
    return index >= 0 ? argv[index + 1] : argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  };
  const number = (name: string, fallback: number): number => {
    const raw = value(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number, got ${JSON.stringify(raw)}`);
    return n;
  };
  return {
    runs: number('runs', 1000),
    seed: number('seed', Date.now() % 2 ** 31),
    workers: Math.max(1, number('workers', Math.min(2, availableParallelism()))),
    timeoutMs: number('timeout', 30_000),
  };
}

/** Worker side: runs its share of cases with fast-check and reports each case before running it. */
async function work(job: Job): Promise<void> {
  const port = parentPort!;
  const env = await loadFuzzEnvironment();
  const reference = readFileSync(REFERENCE, 'utf8');
  const stats = { cases: 0, decks: 0, written: 0, slowestMs: 0, rules: {} as Record<string, number> };
  const result = await fc.check(
    fc.asyncProperty(fuzzInput(reference), async (input: FuzzInput) => {
      port.postMessage({ type: 'case', path: input.path, bytes: input.bytes } satisfies Report);
      const started = performance.now();
      const outcome = await checkCase(input, env, stats.cases % WRITE_EVERY === 0);
      stats.slowestMs = Math.max(stats.slowestMs, performance.now() - started);
      stats.cases += 1;
      if (outcome.result === 'deck') stats.decks += 1;
      if (outcome.wrote) stats.written += 1;
      for (const rule of new Set(outcome.rules)) stats.rules[rule] = (stats.rules[rule] ?? 0) + 1;
    }),
    { numRuns: job.runs, seed: job.seed },
  );
  if (result.failed && result.counterexample) {
    const [input] = result.counterexample as [FuzzInput];
    const error = result.errorInstance instanceof Error ? (result.errorInstance.stack ?? String(result.errorInstance)) : String(result.errorInstance);
    port.postMessage({ type: 'failure', path: input.path, bytes: input.bytes, error, seed: job.seed, counterexamplePath: result.counterexamplePath ?? '' } satisfies Report);
  }
  rmSync(env.dataDir, { recursive: true, force: true });
  port.postMessage({ type: 'done', ...stats } satisfies Report);
}

/** Saves a failing input as a regression fixture and returns its path. */
function saveFixture(kind: string, path: string, bytes: Uint8Array): string {
  mkdirSync(FIXTURES, { recursive: true });
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
  const file = join(FIXTURES, `${kind}-${hash}${path.endsWith('.json') ? '.json' : '.yaml'}`);
  writeFileSync(file, bytes);
  return file;
}

/** Main side: splits the runs over workers, watches for hangs, prints a summary; exit 1 on failure. */
async function main(options: Options): Promise<number> {
  const started = performance.now();
  process.stdout.write(`fuzzing ${options.runs} cases, seed ${options.seed}, ${options.workers} worker(s), timeout ${options.timeoutMs} ms per case\n`);
  const totals = { cases: 0, decks: 0, written: 0, slowestMs: 0, rules: {} as Record<string, number> };
  let failures = 0;
  const share = (i: number) => Math.floor(options.runs / options.workers) + (i < options.runs % options.workers ? 1 : 0);
  await Promise.all(Array.from({ length: options.workers }, (_, i) => new Promise<void>((done) => {
    const job: Job = { runs: share(i), seed: options.seed + i };
    if (job.runs === 0) return done();
    const worker = new Worker(fileURLToPath(import.meta.url), { workerData: job });
    let current: { path: string; bytes: Uint8Array } | undefined;
    let timer: NodeJS.Timeout | undefined;
    let finished = false;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        failures += 1;
        const file = current ? saveFixture('hang', current.path, current.bytes) : 'no case yet';
        process.stdout.write(`HANG: worker ${i} (seed ${job.seed}) spent over ${options.timeoutMs} ms on one case; saved ${file}\n`);
        finished = true;
        void worker.terminate();
        done();
      }, options.timeoutMs);
    };
    arm();
    worker.on('message', (report: Report) => {
      if (report.type === 'case') {
        current = report;
        arm();
      } else if (report.type === 'failure') {
        failures += 1;
        const file = saveFixture('crash', report.path, report.bytes);
        process.stdout.write(`FAILURE (seed ${report.seed}, path ${report.counterexamplePath}): saved ${file}\n${report.error}\n`);
      } else {
        totals.cases += report.cases;
        totals.decks += report.decks;
        totals.written += report.written;
        totals.slowestMs = Math.max(totals.slowestMs, report.slowestMs);
        for (const [rule, n] of Object.entries(report.rules)) totals.rules[rule] = (totals.rules[rule] ?? 0) + n;
      }
    });
    worker.on('error', (error) => {
      failures += 1;
      process.stdout.write(`worker ${i} crashed: ${error.stack ?? error.message}\n`);
    });
    worker.on('exit', () => {
      clearTimeout(timer);
      if (!finished) done();
      finished = true;
    });
  })));
  const seconds = (performance.now() - started) / 1000;
  const top = Object.entries(totals.rules).sort((a, b) => b[1] - a[1]).slice(0, 12).map(([rule, n]) => `${rule} ${n}`).join(', ');
  process.stdout.write(
    `${totals.cases} cases in ${seconds.toFixed(1)} s (${(totals.cases / seconds).toFixed(0)}/s): ${totals.decks} decks (${totals.written} written and self-checked), ` +
    `${totals.cases - totals.decks} ended in diagnostics; slowest case ${totals.slowestMs.toFixed(0)} ms; ${failures} failure(s)\n` +
    `most frequent errors: ${top || 'none'}\n`,
  );
  return failures > 0 ? 1 : 0;
}

if (isMainThread) {
  try {
    process.exitCode = await main(parseArgs(process.argv.slice(2)));
  } catch (error) {
    process.stderr.write(`fuzz: ${(error as Error).message}\n`);
    process.exitCode = 2;
  }
} else {
  await work(workerData as Job);
}

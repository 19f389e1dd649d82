/**
 * V8 flags `briefdeck batch` runs under: all of V8's own work (garbage collection, optimising
 * compilation) on the thread that needs it. Two worker threads already keep both cores busy, and
 * V8's helper threads competing with them cost more than they save: a batch of 1,000 briefs took
 * 14.2 s by default and 11.6 s with `--single-threaded` (2 cores, median of 2 runs each, against
 * 13 % for `--single-threaded-gc` alone on 300 briefs). Worker threads cannot be given V8 flags
 * of their own, so the batch runs in a Node started with them.
 */
export const BATCH_V8_FLAGS: readonly string[] = ['--single-threaded'];

/** True when `argv` runs `briefdeck batch` in a Node not yet started with {@link BATCH_V8_FLAGS}. */
export function needsBatchRelaunch(argv: readonly string[], execArgv: readonly string[]): boolean {
  return argv[2] === 'batch' && !BATCH_V8_FLAGS.every((flag) => execArgv.includes(flag));
}

/** Signals a terminal or service manager sends to stop a command; each is passed on to the child. */
const FORWARDED_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * Runs this command again as `node <flags> <script> <same arguments>` with the same standard
 * streams, and ends this process as the child ended: the same exit code, or the same signal.
 * Signals sent to this process are passed on (Ctrl-C reaches both anyway; a second SIGINT to a
 * dying child changes nothing). When no child can be started, `fallback` runs the command here.
 */
export function relaunch(flags: readonly string[], script: string, fallback: () => void): void {
  // Loaded here, not imported: every other command would pay for child_process at start-up.
  const { spawn } = process.getBuiltinModule('node:child_process');
  const child = spawn(process.execPath, [...flags, ...process.execArgv, script, ...process.argv.slice(2)], { stdio: 'inherit' });
  const forward = (signal: NodeJS.Signals) => () => {
    child.kill(signal);
  };
  const handlers = FORWARDED_SIGNALS.map((signal) => [signal, forward(signal)] as const);
  for (const [signal, handler] of handlers) process.on(signal, handler);
  let started = false;
  child.once('spawn', () => {
    started = true;
  });
  child.once('error', () => {
    if (started) return;
    for (const [signal, handler] of handlers) process.off(signal, handler);
    fallback();
  });
  child.once('exit', (code, signal) => {
    for (const [name, handler] of handlers) process.off(name, handler);
    if (signal !== null) process.kill(process.pid, signal);
    else process.exitCode = code ?? 1;
  });
}

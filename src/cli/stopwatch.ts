/**
 * Milliseconds since the stopwatch started, for the "in N ms" of command output. Read from
 * `process.hrtime` rather than the `performance` global, whose first use loads the eight modules
 * of perf_hooks (~0.6 ms of every `briefdeck build`).
 */
export function startStopwatch(): () => number {
  const started = process.hrtime.bigint();
  return () => Number(process.hrtime.bigint() - started) / 1e6;
}

import { spawn } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The median of some numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** What one child process took. */
export interface ChildRun {
  ms: number;
  /** Peak resident set size in bytes, when measured. */
  peakRss?: number;
  stdout: string;
  code: number;
}

/** Runs a command to completion and times it from spawn to exit. */
export function runChild(command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<ChildRun> {
  return new Promise((resolveRun, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      if (code !== 0 && process.env['BENCH_DEBUG']) process.stderr.write(stderr);
      resolveRun({ ms, stdout: stdout + stderr, code: code ?? -1 });
    });
  });
}

const PEAK_RSS_CHILD = fileURLToPath(new URL('./peak-rss-child.js', import.meta.url));

/**
 * Runs `node <nodeFlags> <script> args` through a wrapper that records the process's peak resident
 * set size (`process.resourceUsage().maxRSS`, which covers worker threads too) as it exits.
 */
export async function runNodeMeasured(script: string, args: readonly string[], nodeFlags: readonly string[] = []): Promise<ChildRun> {
  const report = join(tmpdir(), `briefdeck-bench-rss-${process.pid}-${Math.random().toString(36).slice(2)}.txt`);
  const run = await runChild(process.execPath, [...nodeFlags, PEAK_RSS_CHILD, script, ...args], { ...process.env, BRIEFDECK_PEAK_RSS_FILE: report });
  const text = await readFile(report, 'utf8').catch(() => '');
  await rm(report, { force: true });
  return text ? { ...run, peakRss: Number(text) } : run;
}

/** Milliseconds for people: `8.2 ms`, `15.3 ms`, `219 ms`, `1.43 s` (a tenth below 100 ms, so `15 ms` never hides a missed 15 ms target). */
export function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 100 ? 1 : 0)} ms`;
}

/** Bytes for people: `312 MB`. */
export function formatMb(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}

/** `≤ 15 ms: met` or `≤ 15 ms: NOT met`. */
export function targetNote(target: string, met: boolean): string {
  return `${target}: ${met ? 'met' : 'NOT met'}`;
}

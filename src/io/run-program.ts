import { spawn } from 'node:child_process';

/** How a program run ended. */
export interface ProgramRun {
  /** Exit code, or null when it was killed (timeout) or could not start. */
  code: number | null;
  stdout: string;
  stderr: string;
  /** True when the run was killed for taking longer than the time limit. */
  timedOut: boolean;
  /** Why the program could not be started (ENOENT, EACCES...), if it could not. */
  startError?: string;
}

/** Options of {@link runProgram}. */
export interface RunProgramOptions {
  /** Kill the program (and everything it started) after this many milliseconds. */
  timeoutMs: number;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
}

/** Keeps the last `limit` characters of a stream: enough to explain a failure, bounded for a chatty program. */
function tail(limit: number): { add: (chunk: Buffer) => void; text: () => string } {
  let text = '';
  return {
    add: (chunk) => {
      text = (text + chunk.toString('utf8')).slice(-limit);
    },
    text: () => text,
  };
}

/**
 * Runs a program with arguments (never through a shell, so paths with spaces or quotes are safe),
 * with a time limit. Never rejects: a program that cannot start or is killed comes back as a
 * `ProgramRun` the caller turns into a diagnostic. On POSIX the program gets its own process group
 * so a timeout also ends the helpers it started (LibreOffice's `soffice` starts `soffice.bin`).
 */
export function runProgram(program: string, args: readonly string[], options: RunProgramOptions): Promise<ProgramRun> {
  return new Promise((resolve) => {
    const stdout = tail(64 * 1024);
    const stderr = tail(64 * 1024);
    let timedOut = false;
    const detached = process.platform !== 'win32';
    const child = spawn(program, args, { env: options.env ?? process.env, cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'], detached, windowsHide: true });
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (detached && child.pid) process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // Already gone.
      }
    }, options.timeoutMs);
    child.stdout.on('data', stdout.add);
    child.stderr.on('data', stderr.add);
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      resolve({ code: null, stdout: stdout.text(), stderr: stderr.text(), timedOut, startError: error.code ?? error.message });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: timedOut ? null : code, stdout: stdout.text(), stderr: stderr.text(), timedOut });
    });
  });
}

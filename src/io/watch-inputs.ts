import { resolve } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';

/** Options of {@link watchInputs}. */
export interface WatchInputsOptions {
  /** Files to watch. Their folders are watched, so an editor that saves by writing a new file and renaming it over the old one is still seen. */
  files: readonly string[];
  /** Folders to watch with everything in them (template sets). */
  dirs: readonly string[];
  /** Quiet time after the last change before `onChange` runs; default 100 ms (an editor's save is several events). */
  debounceMs?: number;
  /** Called once per burst of changes with the paths that changed; never twice at the same time. */
  onChange: (changed: string[]) => Promise<void>;
}

/** A running watch; `close` stops it and waits for a running `onChange` to finish. */
export interface InputWatcher {
  /** Resolves once the watcher is listening, so a change made after it is seen. */
  ready: Promise<void>;
  /**
   * Watches more files from now on (images a build turned out to use); files already watched are
   * skipped. Resolves once their folders are being listened to.
   */
  addFiles: (paths: readonly string[]) => Promise<void>;
  close: () => Promise<void>;
}

/**
 * Watches a brief's inputs and calls `onChange` after each burst of changes. Changes that arrive
 * while `onChange` runs are collected and give exactly one more call afterwards, so a rebuild
 * never races another one and the last save always wins.
 */
export function watchInputs(options: WatchInputsOptions): InputWatcher {
  const files = new Set(options.files.map((file) => resolve(file)));
  const dirs = options.dirs.map((dir) => resolve(dir));
  const debounceMs = options.debounceMs ?? 100;
  let timer: NodeJS.Timeout | undefined;
  let pending = new Set<string>();
  let running: Promise<void> | undefined;
  let closed = false;

  const drain = async () => {
    while (pending.size > 0 && !closed) {
      const changed = [...pending].sort();
      pending = new Set();
      await options.onChange(changed);
    }
    running = undefined;
  };
  const changed = (path: string) => {
    const absolute = resolve(path);
    const wanted = files.has(absolute) || dirs.some((dir) => absolute === dir || absolute.startsWith(`${dir}/`) || absolute.startsWith(`${dir}\\`));
    if (!wanted || closed) return;
    pending.add(absolute);
    clearTimeout(timer);
    timer = setTimeout(() => {
      running ??= drain();
    }, debounceMs);
  };

  // A single file is watched through its folder at depth 0: chokidar then sees the file come back
  // after an atomic save instead of losing track of the replaced inode, and a data file at the top
  // of a project does not make the whole project (out/, node_modules/) watched.
  const ignored = (path: string) => /(^|[\\/])(node_modules|\.git)([\\/]|$)/.test(path);
  const watchers: FSWatcher[] = [];
  let closeNow = () => {};
  const closing = new Promise<void>((done) => (closeNow = done));
  const fileFolders = new Set([...files].map((file) => resolve(file, '..')));
  /** Starts a watcher, sends its events to `changed`, and resolves once it listens ('ready'). */
  const start = (paths: string[], depth?: number): Promise<void> => {
    const watcher = watch(paths, { ignoreInitial: true, ignored, ...(depth === undefined ? {} : { depth }) });
    watchers.push(watcher);
    for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, changed);
    // Closing the watch ends the wait too, so no caller waits for a watcher that was closed.
    return Promise.race([new Promise<void>((done) => watcher.once('ready', () => done())), closing]);
  };
  const ready = Promise.all([
    ...(fileFolders.size > 0 ? [start([...fileFolders], 0)] : []),
    ...(dirs.length > 0 ? [start(dirs)] : []),
  ]).then(() => undefined);
  const addFiles = async (paths: readonly string[]) => {
    const folders: string[] = [];
    for (const path of paths) {
      const absolute = resolve(path);
      if (files.has(absolute)) continue;
      files.add(absolute);
      const folder = resolve(absolute, '..');
      if (!fileFolders.has(folder)) {
        fileFolders.add(folder);
        folders.push(folder);
      }
    }
    if (folders.length === 0 || closed) return;
    // A watcher of their own, because chokidar announces 'ready' only once per watcher: awaiting
    // it is the one sure sign the new folders are listened to, however loaded the machine is.
    await start(folders, 0);
  };
  return {
    ready,
    addFiles,
    close: async () => {
      closed = true;
      closeNow();
      clearTimeout(timer);
      await Promise.all(watchers.map((watcher) => watcher.close()));
      await running;
    },
  };
}

import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchInputs, type InputWatcher } from '../../src/io/watch-inputs.js';

let root: string;
let watcher: InputWatcher | undefined;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'briefdeck-watch-inputs-'));
  await mkdir(join(root, 'templates', 'slides'), { recursive: true });
  await writeFile(join(root, 'brief.yaml'), 'title: one\n');
  await writeFile(join(root, 'other.yaml'), 'title: other\n');
  await writeFile(join(root, 'templates', 'slides', 'cover.hbs'), 'cover\n');
});

afterEach(async () => {
  await watcher?.close();
  watcher = undefined;
  await rm(root, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits for `check`, as long as a loaded machine may need (it ends as soon as the check holds). */
async function until(check: () => boolean, timeoutMs = 120_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await sleep(20);
  }
}

describe('watchInputs', () => {
  it('calls once per burst of saves, with the files that changed, and ignores other files beside the data', async () => {
    const calls: string[][] = [];
    // A debounce far longer than four writes take even on a loaded machine, so they are one burst.
    watcher = watchInputs({ files: [join(root, 'brief.yaml')], dirs: [join(root, 'templates')], debounceMs: 1500, onChange: async (changed) => void calls.push(changed) });
    await watcher.ready;
    await writeFile(join(root, 'other.yaml'), 'title: ignored\n');
    await writeFile(join(root, 'brief.yaml'), 'title: two\n');
    await writeFile(join(root, 'brief.yaml'), 'title: three\n');
    await writeFile(join(root, 'templates', 'slides', 'cover.hbs'), 'cover changed\n');
    await until(() => calls.length > 0);
    await sleep(2000);
    expect(calls).toEqual([[join(root, 'brief.yaml'), join(root, 'templates', 'slides', 'cover.hbs')].sort()]);
  });

  it('sees an editor\'s atomic save (write a new file, rename it over the old one)', async () => {
    const calls: string[][] = [];
    watcher = watchInputs({ files: [join(root, 'brief.yaml')], dirs: [], onChange: async (changed) => void calls.push(changed) });
    await watcher.ready;
    await writeFile(join(root, '.brief.yaml.swp'), 'title: saved\n');
    await rename(join(root, '.brief.yaml.swp'), join(root, 'brief.yaml'));
    await until(() => calls.length > 0);
    expect(calls[0]).toEqual([join(root, 'brief.yaml')]);
    // And keeps watching the new file.
    await writeFile(join(root, 'brief.yaml'), 'title: again\n');
    await until(() => calls.length > 1);
  });

  it('never runs two rebuilds at once: changes during one give exactly one more afterwards', async () => {
    let running = 0;
    let overlapped = false;
    const calls: string[][] = [];
    watcher = watchInputs({
      files: [join(root, 'brief.yaml')], dirs: [], debounceMs: 50,
      onChange: async (changed) => {
        running++;
        overlapped ||= running > 1;
        calls.push(changed);
        // Long enough that both saves below fall inside the first rebuild even on a loaded machine.
        await sleep(3000);
        running--;
      },
    });
    await watcher.ready;
    await writeFile(join(root, 'brief.yaml'), 'title: a\n');
    await until(() => calls.length === 1);
    // Two separate saves while the first rebuild runs.
    await writeFile(join(root, 'brief.yaml'), 'title: b\n');
    await sleep(150);
    await writeFile(join(root, 'brief.yaml'), 'title: c\n');
    await until(() => calls.length === 2);
    // A third rebuild could only start after the second ends.
    await sleep(4000);
    expect(calls).toHaveLength(2);
    expect(overlapped).toBe(false);
  });
});

describe('watchInputs.addFiles', () => {
  it('watches a file added later, in a folder not watched before, and only that file there', async () => {
    await mkdir(join(root, 'maps'));
    await writeFile(join(root, 'maps', 'kyiv.png'), 'one');
    await writeFile(join(root, 'maps', 'unused.png'), 'one');
    const calls: string[][] = [];
    watcher = watchInputs({ files: [join(root, 'brief.yaml')], dirs: [], onChange: async (changed) => void calls.push(changed) });
    await watcher.ready;
    await watcher.addFiles([join(root, 'maps', 'kyiv.png'), join(root, 'brief.yaml')]);
    await writeFile(join(root, 'maps', 'unused.png'), 'two');
    await writeFile(join(root, 'maps', 'kyiv.png'), 'two');
    await until(() => calls.length > 0);
    await sleep(300);
    expect(calls).toEqual([[join(root, 'maps', 'kyiv.png')]]);
  });
});

import { existsSync, realpathSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BATCH_V8_FLAGS } from '../../cli/relaunch.js';
import type { BenchRow, BenchSection } from '../bench-row.js';
import { variantBrief } from '../generate-briefs.js';
import { formatMs, median, runChild } from '../measure.js';
import { ROOT, scratch } from './shared.js';

const BUILD_RUNS = 15;
const BATCH_BRIEFS = 1000;
const BATCH_RUNS = 3;

/** A checkout to measure: its command line and reference brief. */
interface Tree {
  label: string;
  cli: string;
  reference: string;
  /** Its own brief generator (`dist/bench/generate-briefs.js`), which knows its data format. */
  variant: (reference: string, i: number) => string;
}

/** This checkout, and the one at `dir` (a clone of another commit, built with `npm ci && npm run build`). */
async function trees(dir: string): Promise<[Tree, Tree]> {
  const other = resolve(dir);
  const cli = join(other, 'dist', 'cli', 'main.js');
  const reference = join(other, 'data', 'istanbul-2025-06-02.yaml');
  if (!existsSync(cli) || !existsSync(reference) || !existsSync(join(other, 'node_modules'))) throw new Error(`${other} is not a built briefdeck checkout (run npm ci && npm run build there)`);
  // The code cache lives in node_modules/.cache and each bundle removes the others' caches: two
  // checkouts sharing one node_modules would make every build compile from scratch.
  if (realpathSync(join(other, 'node_modules')) === realpathSync(join(ROOT, 'node_modules'))) {
    throw new Error(`${other} shares this checkout's node_modules; give it its own (npm ci there)`);
  }
  const generator = join(other, 'dist', 'bench', 'generate-briefs.js');
  // An older checkout without a generator gets copies of its own reference brief.
  const variant = existsSync(generator)
    ? ((await import(pathToFileURL(generator).href)) as { variantBrief: (reference: string, i: number) => string }).variantBrief
    : (text: string) => text;
  return [
    { label: 'this checkout', cli: join(ROOT, 'dist', 'cli', 'main.js'), reference: join(ROOT, 'data', 'istanbul-2025-06-02.yaml'), variant: variantBrief },
    { label: other, cli, reference, variant },
  ];
}

/** Builds each checkout's reference brief as a whole process, the two interleaved run by run. */
async function wholeProcess(pair: [Tree, Tree], dir: string): Promise<number[]> {
  const times: number[][] = [[], []];
  const build = (tree: Tree) => runChild(process.execPath, [tree.cli, 'build', tree.reference, '-o', join(dir, 'brief.pptx'), '-q']);
  // One build each first: it writes the code cache a user's second run starts with.
  for (const tree of pair) await build(tree);
  for (let run = 0; run < BUILD_RUNS; run += 1) {
    for (const k of run % 2 === 0 ? [0, 1] : [1, 0]) {
      const result = await build(pair[k]!);
      if (result.code !== 0) throw new Error(`${pair[k]!.label}: briefdeck build failed: ${result.stdout.slice(0, 2000)}`);
      times[k]!.push(result.ms);
    }
  }
  return times.map(median);
}

/** `briefdeck batch` of 1,000 variations of each checkout's reference brief, the two interleaved. */
async function batch(pair: [Tree, Tree], dir: string): Promise<number[]> {
  const times: number[][] = [[], []];
  const inputs = await Promise.all(pair.map(async (tree, k) => {
    const folder = join(dir, `briefs-${k}`);
    await mkdir(folder);
    const reference = await readFile(tree.reference, 'utf8');
    await Promise.all(Array.from({ length: BATCH_BRIEFS }, (_, i) => writeFile(join(folder, `brief-${String(i).padStart(4, '0')}.yaml`), tree.variant(reference, i))));
    return folder;
  }));
  for (let run = 0; run < BATCH_RUNS; run += 1) {
    for (const k of run % 2 === 0 ? [0, 1] : [1, 0]) {
      const out = join(dir, `out-${k}`);
      // Started with the batch flags, as the batch section does (no second Node start).
      const result = await runChild(process.execPath, [...BATCH_V8_FLAGS, pair[k]!.cli, 'batch', inputs[k]!, '--out-dir', out, '-q']);
      const written = (await readdir(out)).filter((name) => name.endsWith('.pptx')).length;
      if (result.code !== 0 || written !== BATCH_BRIEFS) throw new Error(`${pair[k]!.label}: briefdeck batch failed (exit ${result.code}, ${written} decks)`);
      times[k]!.push(result.ms);
      await rm(out, { recursive: true, force: true });
    }
  }
  return times.map(median);
}

/**
 * `npm run bench -- --against DIR`: whole-process build and batch throughput of this checkout and
 * of another one (a clone of an earlier commit, built), measured in one run with the two
 * interleaved, so a drifting machine slows both alike (issue #11: "no worse than before this
 * change, measured side by side with the previous commit"). Each builds its own reference brief.
 */
export function sideBySideSection(dir: string): BenchSection {
  return async () => {
    const pair = await trees(dir);
    const work = await scratch('side-by-side');
    try {
      const [buildHere, buildThere] = await wholeProcess(pair, work);
      const [batchHere, batchThere] = await batch(pair, work);
      const rate = (ms: number) => BATCH_BRIEFS / (ms / 1000);
      const row = (name: string, value: string, ratio: string): BenchRow => ({ section: 'side by side', name, value, ratio });
      return [
        row(`briefdeck build, ${pair[1].label}`, formatMs(buildThere!), ''),
        row('briefdeck build, this checkout', formatMs(buildHere!), `${(buildHere! / buildThere!).toFixed(2)} × the other (lower is faster)`),
        row(`batch of ${BATCH_BRIEFS}, ${pair[1].label}`, `${rate(batchThere!).toFixed(1)} decks/s`, ''),
        row(`batch of ${BATCH_BRIEFS}, this checkout`, `${rate(batchHere!).toFixed(1)} decks/s`, `${(rate(batchHere!) / rate(batchThere!)).toFixed(2)} × the other (higher is faster)`),
      ];
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  };
}

import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { BATCH_V8_FLAGS } from '../../cli/relaunch.js';
import type { BenchSection } from '../bench-row.js';
import { variantBrief } from '../generate-briefs.js';
import { formatMb, formatMs, median, runNodeMeasured, targetNote } from '../measure.js';
import { CLI, REFERENCE, scratch } from './shared.js';

const BRIEFS = 1000;
const RUNS = 3;

/** `briefdeck batch` of 1,000 variations of the reference brief, as a whole process with its workers. */
export const batchSection: BenchSection = async () => {
  const dir = await scratch('batch');
  const briefs = join(dir, 'briefs');
  await mkdir(briefs);
  const reference = await readFile(REFERENCE, 'utf8');
  await Promise.all(Array.from({ length: BRIEFS }, (_, i) => writeFile(join(briefs, `brief-${String(i).padStart(4, '0')}.yaml`), variantBrief(reference, i))));
  const times: number[] = [];
  const peaks: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const out = join(dir, `out-${run}`);
    // Started with the batch flags itself, so the launcher does not start a second Node for them
    // (src/cli/relaunch.ts) and the peak covers the process that builds; the time then leaves out
    // that second start (~60 ms of a run of over 10 s).
    const result = await runNodeMeasured(CLI, ['batch', briefs, '--out-dir', out, '-q'], BATCH_V8_FLAGS);
    const written = (await readdir(out)).filter((name) => name.endsWith('.pptx')).length;
    if (result.code !== 0 || written !== BRIEFS) throw new Error(`briefdeck batch failed (exit ${result.code}, ${written} decks): ${result.stdout.slice(0, 2000)}`);
    times.push(result.ms);
    if (result.peakRss !== undefined) peaks.push(result.peakRss);
    await rm(out, { recursive: true, force: true });
  }
  await rm(dir, { recursive: true, force: true });
  const ms = median(times);
  const rate = BRIEFS / (ms / 1000);
  return [
    { section: 'batch', name: `${BRIEFS} briefs, ${availableParallelism()} workers, whole process`, value: formatMs(ms) },
    { section: 'batch', name: 'decks per second', value: `${Math.round(rate)} decks/s`, target: targetNote('≥ 150 decks/s', rate >= 150) },
    { section: 'batch', name: 'peak memory (process and workers)', value: peaks.length ? formatMb(median(peaks)) : 'not measured' },
  ];
};

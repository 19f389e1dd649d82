import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BenchRow, BenchSection } from '../bench-row.js';
import { scaledBrief } from '../generate-briefs.js';
import { formatMb, formatMs, median, runNodeMeasured, targetNote } from '../measure.js';
import { CLI, REFERENCE, scratch } from './shared.js';

const SIZES = [10, 100, 1000];
const RUNS = 3;

/**
 * Decks of 10, 100 and 1,000 slides, each built by the CLI in its own process: the build time it
 * reports (start-up excluded) and the process's peak memory, then how time grows with slides.
 */
export const scalingSection: BenchSection = async () => {
  const dir = await scratch('scaling');
  const reference = await readFile(REFERENCE, 'utf8');
  const rows: BenchRow[] = [];
  const timeBySize = new Map<number, number>();
  for (const size of SIZES) {
    const data = join(dir, `slides-${size}.yaml`);
    await writeFile(data, scaledBrief(reference, size));
    const times: number[] = [];
    const peaks: number[] = [];
    let slides = 0;
    for (let run = 0; run < RUNS; run += 1) {
      const result = await runNodeMeasured(CLI, ['build', data, '-o', join(dir, `slides-${size}.pptx`)]);
      const reported = /\((\d+) slides.*\) in (\d+) ms/.exec(result.stdout);
      if (result.code !== 0 || !reported) throw new Error(`briefdeck build of ${size} slides failed: ${result.stdout.slice(0, 2000)}`);
      slides = Number(reported[1]);
      times.push(Number(reported[2]));
      if (result.peakRss !== undefined) peaks.push(result.peakRss);
    }
    const ms = median(times);
    const peak = median(peaks);
    timeBySize.set(size, ms);
    const big = size === 1000;
    rows.push({
      section: 'scaling', name: `${slides} slides: build time (start-up excluded)`, value: formatMs(ms),
      ...(big ? { target: targetNote('≤ 3 s', ms <= 3000) } : {}),
    });
    rows.push({ section: 'scaling', name: `${slides} slides: peak memory of the process`, value: formatMb(peak), ...(big ? { target: targetNote('≤ 400 MB', peak <= 400 * 1024 * 1024) } : {}) });
  }
  await rm(dir, { recursive: true, force: true });
  const growth = timeBySize.get(1000)! / timeBySize.get(100)!;
  rows.push({
    section: 'scaling', name: 'growth: time(1,000 slides) / time(100 slides)', value: `${growth.toFixed(1)} ×`,
    target: targetNote('≈ 10 × (linear)', growth <= 13),
  });
  return rows;
};

import { buildBrief } from '../../build-brief.js';
import type { BenchSection } from '../bench-row.js';
import { formatMs, median, targetNote } from '../measure.js';
import { REFERENCE } from './shared.js';

const WARM_UP = 10;
const RUNS = 40;

/** `buildBrief` of the reference brief in a warm process (templates read from disk each time, as the API does). */
export const inProcessSection: BenchSection = async () => {
  const first = performance.now();
  await buildBrief({ data: REFERENCE });
  const coldMs = performance.now() - first;
  for (let i = 0; i < WARM_UP; i += 1) await buildBrief({ data: REFERENCE });
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    await buildBrief({ data: REFERENCE });
    times.push(performance.now() - start);
  }
  const warm = median(times);
  return [
    { section: 'in process', name: 'buildBrief, first call in this process', value: formatMs(coldMs) },
    { section: 'in process', name: `buildBrief, warm (median of ${RUNS})`, value: formatMs(warm), target: targetNote('≤ 15 ms', warm <= 15) },
  ];
};

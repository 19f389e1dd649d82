import { fileURLToPath } from 'node:url';
import { buildBrief } from '../../build-brief.js';
import type { BenchSection } from '../bench-row.js';
import { formatMs, median, runChild, targetNote } from '../measure.js';
import { REFERENCE } from './shared.js';

/** Fresh processes the first call is measured in. */
const FIRST_CALL_RUNS = 5;
const FIRST_CALL_CHILD = fileURLToPath(new URL('../first-call-child.js', import.meta.url));

/** Builds before the first measured one: enough for V8 to have compiled the hot paths once. */
const WARM_UP = 10;
/** Builds measured as "warm": the first minutes of a `watch` session. */
const WARM_RUNS = 40;
/** Builds after which V8 has optimised what it will (the time stops falling near build 100). */
const STEADY_AFTER = 100;
/** Builds measured as "steady": a long `watch` session or a batch worker. */
const STEADY_RUNS = 100;

/**
 * `buildBrief` of the reference brief (templates read from disk each time, as the API does): the
 * first call in fresh processes, then, in this process, builds 11–50 and builds 101–200. Both later medians are printed
 * because V8 keeps optimising for ~100 builds, so "warm" alone would depend on when one looks.
 */
export const inProcessSection: BenchSection = async () => {
  const firstCalls: number[] = [];
  for (let run = 0; run < FIRST_CALL_RUNS; run += 1) {
    const child = await runChild(process.execPath, [FIRST_CALL_CHILD, REFERENCE]);
    if (child.code !== 0) throw new Error(`first-call child failed: ${child.stdout.slice(0, 500)}`);
    firstCalls.push(Number(child.stdout.trim()));
  }
  const coldMs = median(firstCalls);
  await buildBrief({ data: REFERENCE });
  const times: number[] = [];
  for (let build = 2; build <= STEADY_AFTER + STEADY_RUNS; build += 1) {
    const start = performance.now();
    await buildBrief({ data: REFERENCE });
    times.push(performance.now() - start);
  }
  // times[0] is build 2.
  const warm = median(times.slice(WARM_UP - 1, WARM_UP - 1 + WARM_RUNS));
  const steady = median(times.slice(STEADY_AFTER - 1));
  return [
    { section: 'in process', name: `buildBrief, first call in a fresh process (median of ${FIRST_CALL_RUNS}, imports excluded)`, value: formatMs(coldMs) },
    { section: 'in process', name: `buildBrief, warm (median of builds ${WARM_UP + 1}–${WARM_UP + WARM_RUNS})`, value: formatMs(warm), target: targetNote('≤ 15 ms', warm <= 15) },
    { section: 'in process', name: `buildBrief, steady (median of builds ${STEADY_AFTER + 1}–${STEADY_AFTER + STEADY_RUNS})`, value: formatMs(steady), target: targetNote('≤ 15 ms', steady <= 15) },
  ];
};

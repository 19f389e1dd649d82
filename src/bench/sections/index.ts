import type { BenchSection } from '../bench-row.js';
import { batchSection } from './batch.js';
import { inProcessSection } from './in-process.js';
import { measurerSection } from './measurer.js';
import { scalingSection } from './scaling.js';
import { wholeProcessSection } from './whole-process.js';

/** Every section of `npm run bench`, in the order printed; `node dist/bench/main.js <name>` runs one. */
export const sections: ReadonlyArray<{ name: string; run: BenchSection }> = [
  { name: 'measurer', run: measurerSection },
  { name: 'whole process', run: wholeProcessSection },
  { name: 'in process', run: inProcessSection },
  { name: 'batch', run: batchSection },
  { name: 'scaling', run: scalingSection },
];

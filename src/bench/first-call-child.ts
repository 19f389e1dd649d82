/**
 * `node first-call-child.js <data file>`: imports the library in a fresh process and prints how
 * long its first `buildBrief` took, in milliseconds, module loading excluded. The in-process bench
 * section runs it so the figure does not depend on which sections ran before in the same process.
 */
import { buildBrief } from '../build-brief.js';

const data = process.argv[2];
if (data === undefined) throw new Error('usage: node first-call-child.js <data file>');
const start = performance.now();
await buildBrief({ data });
process.stdout.write(`${performance.now() - start}\n`);

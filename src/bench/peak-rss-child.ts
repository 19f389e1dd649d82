/**
 * Runs another Node script in this process (`node peak-rss-child.js <script> args…`) and, when the
 * process exits, writes its peak resident set size in bytes to the file named by
 * `BRIEFDECK_PEAK_RSS_FILE`. The benchmark uses it because `child_process` reports no resource use,
 * and the peak must cover the whole process, worker threads included.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [script, ...args] = process.argv.slice(2);
if (script === undefined) throw new Error('usage: node peak-rss-child.js <script> [args…]');
const report = process.env['BRIEFDECK_PEAK_RSS_FILE'];
process.on('exit', () => {
  // maxRSS is in kilobytes.
  if (report) writeFileSync(report, String(process.resourceUsage().maxRSS * 1024));
});
process.argv = [process.argv[0]!, resolve(script), ...args];
await import(pathToFileURL(resolve(script)).href);

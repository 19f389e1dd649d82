/**
 * `npm run bench`: runs every benchmark section and prints one table. Each figure is a median of
 * several runs; ratios compare with a baseline measured in the same run, so a slower or busier
 * machine shifts both alike. A section that fails prints its error and the others still run.
 */
import { arch, cpus, platform } from 'node:os';
import type { BenchRow } from './bench-row.js';
import { sections } from './sections/index.js';

function table(rows: readonly BenchRow[]): string {
  const header = ['section', 'measure', 'value', 'ratio', 'target'];
  const cells = rows.map((row) => [row.section, row.name, row.value, row.ratio ?? '', row.target ?? '']);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => `| ${c.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}

const only = process.argv.slice(2);
const rows: BenchRow[] = [];
let failed = false;
process.stdout.write(`briefdeck bench, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'} (${platform()} ${arch()})\n`);
for (const section of sections) {
  if (only.length > 0 && !only.includes(section.name)) continue;
  process.stderr.write(`running ${section.name}…\n`);
  try {
    rows.push(...(await section.run()));
  } catch (error) {
    failed = true;
    rows.push({ section: section.name, name: 'FAILED', value: error instanceof Error ? error.message.split('\n')[0]! : String(error) });
  }
}
process.stdout.write(`\n${table(rows)}\n`);
process.exitCode = failed ? 1 : 0;

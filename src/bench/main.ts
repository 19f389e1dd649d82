/**
 * `npm run bench`: runs every benchmark section and prints one table. Each figure is a median of
 * several runs; ratios compare with a baseline measured in the same run, so a slower or busier
 * machine shifts both alike. A section that fails prints its error and the others still run.
 * `npm run bench -- --against DIR` compares with another built checkout instead (side-by-side.ts).
 */
import { arch, cpus, platform } from 'node:os';
import type { BenchRow } from './bench-row.js';
import { sections } from './sections/index.js';
import { sideBySideSection } from './sections/side-by-side.js';

function table(rows: readonly BenchRow[]): string {
  const header = ['section', 'measure', 'value', 'ratio', 'target'];
  const cells = rows.map((row) => [row.section, row.name, row.value, row.ratio ?? '', row.target ?? '']);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => `| ${c.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}

// `--against DIR` measures this checkout side by side with another (see sections/side-by-side.ts);
// other arguments name the sections to run.
const args = process.argv.slice(2);
const against = args.indexOf('--against');
const otherTree = against >= 0 ? args[against + 1] : undefined;
if (against >= 0 && otherTree === undefined) {
  process.stderr.write('usage: npm run bench -- [section …] [--against <built checkout of another commit>]\n');
  process.exit(2);
}
const only = against >= 0 ? args.filter((_, i) => i !== against && i !== against + 1) : args;
const chosen = [...sections, ...(otherTree ? [{ name: 'side by side', run: sideBySideSection(otherTree) }] : [])];
const rows: BenchRow[] = [];
let failed = false;
process.stdout.write(`briefdeck bench, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'} (${platform()} ${arch()})\n`);
for (const section of chosen) {
  // With --against and no sections named, only the side-by-side comparison runs.
  if (otherTree && only.length === 0 && section.name !== 'side by side') continue;
  if (only.length > 0 && !only.includes(section.name) && section.name !== 'side by side') continue;
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

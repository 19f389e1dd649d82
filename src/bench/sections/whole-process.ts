import { execFileSync } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BenchRow, BenchSection } from '../bench-row.js';
import { briefAsMarkdown } from '../generate-briefs.js';
import { formatMs, median, runChild, targetNote } from '../measure.js';
import { CLI, REFERENCE, scratch } from './shared.js';

const RUNS = 9;

function pandocPath(): string | undefined {
  try {
    return execFileSync('sh', ['-c', 'command -v pandoc'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * `briefdeck build` of the reference brief as a whole process, against `node -e 0` and (where it is
 * installed) pandoc turning the same brief, as markdown, into a .pptx. Runs are interleaved so a
 * noisy machine slows all three alike.
 */
export const wholeProcessSection: BenchSection = async () => {
  const dir = await scratch('process');
  const pandoc = pandocPath();
  const markdown = join(dir, 'brief.md');
  await writeFile(markdown, briefAsMarkdown(await readFile(REFERENCE, 'utf8')));
  const node: number[] = [];
  const startOnly: number[] = [];
  const build: number[] = [];
  const viaPandoc: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    node.push((await runChild(process.execPath, ['-e', '0'])).ms);
    // Start-up alone: the launcher, the bundle and yargs, no pipeline.
    startOnly.push((await runChild(process.execPath, [CLI, '--version'])).ms);
    const run = await runChild(process.execPath, [CLI, 'build', REFERENCE, '-o', join(dir, 'brief.pptx'), '-q']);
    if (run.code !== 0) throw new Error(`briefdeck build failed: ${run.stdout}`);
    build.push(run.ms);
    if (pandoc) viaPandoc.push((await runChild(pandoc, [markdown, '-o', join(dir, 'pandoc.pptx')])).ms);
  }
  // Node loads the certificates named by NODE_EXTRA_CA_CERTS when every process starts (this
  // sandbox sets it: ~30 ms of each start here). The targets are judged in the environment as it
  // is; the pair measured without it shows what is briefdeck's own and what is the environment's.
  const extraCerts = process.env['NODE_EXTRA_CA_CERTS'];
  const bareNode: number[] = [];
  const bareBuild: number[] = [];
  if (extraCerts) {
    const env = { ...process.env };
    delete env['NODE_EXTRA_CA_CERTS'];
    for (let i = 0; i < RUNS; i += 1) {
      bareNode.push((await runChild(process.execPath, ['-e', '0'], env)).ms);
      bareBuild.push((await runChild(process.execPath, [CLI, 'build', REFERENCE, '-o', join(dir, 'brief.pptx'), '-q'], env)).ms);
    }
  }
  await rm(dir, { recursive: true, force: true });
  const nodeMs = median(node);
  const buildMs = median(build);
  const startMs = median(startOnly);
  const rows: BenchRow[] = [
    { section: 'whole process', name: 'node -e 0 (baseline)', value: formatMs(nodeMs) },
    { section: 'whole process', name: 'briefdeck --version (start-up alone)', value: formatMs(startMs), ratio: `${(startMs / nodeMs).toFixed(2)} × node -e 0` },
    {
      section: 'whole process', name: 'briefdeck build (reference brief)', value: formatMs(buildMs),
      ratio: `${(buildMs / nodeMs).toFixed(2)} × node -e 0`, target: targetNote('≤ 2.0 × node -e 0', buildMs <= 2 * nodeMs),
    },
  ];
  if (pandoc) {
    const pandocMs = median(viaPandoc);
    rows.push({ section: 'whole process', name: 'pandoc brief.md -o brief.pptx', value: formatMs(pandocMs), ratio: `${(pandocMs / nodeMs).toFixed(2)} × node -e 0` });
    rows.push({ section: 'whole process', name: 'briefdeck build vs pandoc', value: `${(buildMs / pandocMs).toFixed(2)} × pandoc`, target: targetNote('< 1 × pandoc', buildMs < pandocMs) });
  } else {
    rows.push({ section: 'whole process', name: 'pandoc comparison', value: 'skipped: pandoc is not installed (apt-get install pandoc)' });
  }
  if (extraCerts) {
    const bareNodeMs = median(bareNode);
    const bareBuildMs = median(bareBuild);
    rows.push(
      { section: 'whole process', name: 'node -e 0, NODE_EXTRA_CA_CERTS unset', value: formatMs(bareNodeMs) },
      { section: 'whole process', name: 'briefdeck build, NODE_EXTRA_CA_CERTS unset', value: formatMs(bareBuildMs), ratio: `${(bareBuildMs / bareNodeMs).toFixed(2)} × node -e 0` },
    );
  }
  return rows;
};

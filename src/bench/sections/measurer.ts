import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { BenchRow, BenchSection } from '../bench-row.js';
import { loadDefaultThemeValue, loadTemplateSet } from '../../io/load-template-set.js';
import { readSourceFile } from '../../io/read-source.js';
import { createMeasurer } from '../../fit/measurer.js';
import { fitDeck } from '../../fit/fit-deck.js';
import { layOutBrief } from '../../pipeline.js';
import type { Theme } from '../../theme/types.js';

/** The target for measuring 10,000 strings, milliseconds. */
const TARGET_MS = 50;

/** Runs per figure; the median is reported because this machine kind is noisy (DESIGN §3). */
const RUNS = 7;

/** Strings of the languages briefs are written in, so the glyph tables of every script are hit. */
const SAMPLES = [
  'Delegations agreed to continue technical talks on prisoner exchanges.',
  'İstanbul’da Çırağan Sarayı’nda görüşmeler: İbrahim Kalın, Hakan Fidan',
  'Володимир Мединський: Україна наполягає на припиненні вогню',
  'Россия считает необходимым прогресс на переговорах — «меморандум»',
  'https://www.mfa.gov.tr/sc_-32_-rusya-ukrayna-muzakereleri.en.mfa',
  '1,000 for 1,000 — 2 June 2025, 13:00 (UTC+03:00)',
];

/** Stress briefs whose fit time is reported, relative to the package root. */
const STRESS_BRIEFS = ['test/fixtures/stress/stress-delegations.yaml', 'test/fixtures/stress/stress-text.yaml'];

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Median of `RUNS` timings of `fn` in milliseconds, after one warm-up run (JIT, caches). */
function time(fn: () => void): number {
  fn();
  return median(Array.from({ length: RUNS }, () => {
    const start = performance.now();
    fn();
    return performance.now() - start;
  }));
}

const ms = (x: number): string => `${x.toFixed(x < 10 ? 2 : 1)} ms`;

/**
 * The measurer's speed and the fit stage's cost on the stress briefs: 10,000 distinct strings
 * measured (a fresh measurer per run, so glyph tables are loaded inside the timing as in a cold
 * build), and `fitDeck` alone on each stress brief (parsing and rendering are timed elsewhere).
 */
export const measurerSection: BenchSection = async () => {
  const rows: BenchRow[] = [];
  const strings = Array.from({ length: 10_000 }, (_, i) => `${SAMPLES[i % SAMPLES.length]} ${i}`);
  const font = { face: 'Arial', sizePt: 14 };
  let sink = 0;
  const measure = time(() => {
    const measurer = createMeasurer();
    for (const s of strings) sink += measurer.width(s, font);
  });
  if (!(sink > 0)) throw new Error('the measurer returned no widths');
  rows.push({
    section: 'measurer',
    name: '10,000 strings measured',
    value: ms(measure),
    ratio: `${Math.round(10_000 / (measure / 1000)).toLocaleString('en-GB')} strings/s`,
    target: `≤ ${TARGET_MS} ms: ${measure <= TARGET_MS ? 'met' : 'missed'}`,
  });

  const root = fileURLToPath(new URL('../../../', import.meta.url));
  const templates = (await loadTemplateSet('default', root)).value;
  const defaultTheme = (await loadDefaultThemeValue()) as Theme;
  if (!templates) throw new Error('the default template set did not load');
  for (const path of STRESS_BRIEFS) {
    const source = (await readSourceFile(`${root}${path}`)).value;
    if (!source) throw new Error(`${path} could not be read`);
    const laid = layOutBrief({ source, templates, defaultTheme });
    if (!laid.deck || !laid.theme || !laid.laidOut || !laid.template) throw new Error(`${path} did not lay out`);
    const { deck, theme, template } = laid;
    const measurer = createMeasurer();
    const fit = time(() => void fitDeck(deck, theme, measurer, template));
    const name = path.replace(/^.*\//, '').replace(/\.yaml$/, '');
    rows.push({ section: 'measurer', name: `fit ${name} (${laid.laidOut.slides.length} slides)`, value: ms(fit) });
  }
  return rows;
};

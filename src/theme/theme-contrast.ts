import { contrastRatio, hex } from '../check/rgb.js';
import type { Theme } from './types.js';

/** A text colour of the theme, the background it is drawn on, and the smallest size and weight it is drawn at. */
interface ColourPair {
  text: string;
  on: string;
  sizePt: (theme: Theme) => number;
  bold: boolean;
  what: string;
}

/** Where the writer puts each text colour (src/fit: chrome, flow items, tables, cover). */
const PAIRS: readonly ColourPair[] = [
  { text: 'colors.text', on: 'colors.background', sizePt: (t) => Math.min(t.sizes.bodyMin, t.sizes.tableMin), bold: false, what: 'body and table text on the slide background' },
  { text: 'colors.muted', on: 'colors.background', sizePt: (t) => t.sizes.footer, bold: false, what: 'footer, date and quotes on the slide background' },
  { text: 'colors.primary', on: 'colors.background', sizePt: (t) => Math.min(t.sizes.title, t.sizes.bodyMin), bold: true, what: 'titles and headings on the slide background' },
  { text: 'colors.text', on: 'colors.tableStripe', sizePt: (t) => t.sizes.tableMin, bold: false, what: 'table text on striped rows' },
  { text: 'colors.tableHeaderText', on: 'colors.tableHeaderFill', sizePt: (t) => t.sizes.tableMin, bold: true, what: 'table header text on its fill' },
  { text: 'colors.coverText', on: 'colors.coverFill', sizePt: (t) => t.sizes.bodyMin, bold: false, what: 'cover text on the cover fill' },
  { text: 'marking.text', on: 'marking.fill', sizePt: (t) => t.sizes.marking, bold: false, what: 'the handling marking on its band' },
];

/** One pair below WCAG 2.1 AA: the key of the text colour, what to say, and the colour found there. */
export interface ContrastProblem {
  path: string;
  message: string;
  expected: string;
  found: string;
}

/**
 * The theme's text colours that do not meet WCAG 2.1 SC 1.4.3 (AA) against the background they are
 * drawn on: 4.5:1, or 3:1 for text of at least 18 pt or 14 pt bold, judged at the smallest size
 * the theme lets fitting shrink to (issue #12).
 */
export function themeContrastProblems(theme: Theme): ContrastProblem[] {
  const problems: ContrastProblem[] = [];
  for (const pair of PAIRS) {
    const text = hex(valueAt(theme, pair.text));
    const on = hex(valueAt(theme, pair.on));
    if (text === undefined || on === undefined) continue;
    const size = pair.sizePt(theme);
    const needed = size >= 18 || (pair.bold && size >= 14) ? 3 : 4.5;
    const ratio = contrastRatio(text, on);
    if (ratio < needed) {
      problems.push({
        path: pair.text,
        message: `${pair.what}: ${valueAt(theme, pair.text)} on ${valueAt(theme, pair.on)} (${pair.on}) has a contrast of ${(Math.floor(ratio * 100) / 100).toFixed(2)}:1, too little to read (WCAG 2.1 AA)`,
        expected: `at least ${needed}:1 for ${size} pt${pair.bold ? ' bold' : ''} text`,
        found: valueAt(theme, pair.text) ?? '',
      });
    }
  }
  return problems;
}

function valueAt(theme: Theme, path: string): string | undefined {
  let value: unknown = theme;
  for (const key of path.split('.')) value = (value as Record<string, unknown> | undefined)?.[key];
  return typeof value === 'string' ? value : undefined;
}

/**
 * Placeholder text that stays readable on what lies under it (issue #11; WCAG 2.1 SC 1.4.3): a
 * layout's title, body and chrome placeholders are judged against their backdrop (the master's
 * and layout's graphics and background), and a text colour of the template that fails there —
 * white titles over a white area, black text on a black band — gives way to the scheme colour
 * (tx1, bg1, tx2, bg2) that contrasts best with everything under the box.
 */
import { contrastRatio, hex } from '../check/rgb.js';
import { backdropAt, type BackdropLayers } from './backdrop.js';
import type { ResolvedLevelStyle, ResolvedPlaceholder, TemplateBox } from './types.js';

/** WCAG 2.1 SC 1.4.3 minimum ratios: normal text, and large text (18 pt, or 14 pt bold). */
const NORMAL_RATIO = 4.5;
const LARGE_RATIO = 3;

/** Scheme colours a text colour may give way to, in order of preference. */
const TEXT_SLOTS = ['tx1', 'bg1', 'tx2', 'bg2'] as const;

/** The lowest contrast of `colour` against any of `backdrop` (both six hex digits); Infinity for an empty backdrop. */
export function worstContrast(colour: string, backdrop: readonly string[]): number {
  const fore = hex(colour) ?? [0, 0, 0];
  return Math.min(...backdrop.map((b) => contrastRatio(fore, hex(b) ?? [0, 0, 0])));
}

/** Of `candidates`, the colour whose worst contrast against `backdrop` is highest (the first on a tie). */
export function mostReadable(backdrop: readonly string[], candidates: readonly string[]): string {
  let best = candidates[0] ?? '000000';
  for (const c of candidates) if (worstContrast(c, backdrop) > worstContrast(best, backdrop)) best = c;
  return best;
}

/** The ratio a level's text needs: 3:1 from 18 pt, or 14 pt bold; 4.5:1 below. */
export function neededRatio(sizePt: number, bold: boolean): number {
  return sizePt >= 18 || (bold && sizePt >= 14) ? LARGE_RATIO : NORMAL_RATIO;
}

/**
 * The placeholders with their backdrop set and every level's colour made readable on it.
 * `scheme` maps scheme names (tx1, bg1, …, through the colour map) to six hex digits.
 */
export function readablePlaceholders(placeholders: readonly ResolvedPlaceholder[], layers: BackdropLayers, scheme: Record<string, string | undefined>): ResolvedPlaceholder[] {
  const slots = TEXT_SLOTS.flatMap((slot) => (scheme[slot] === undefined ? [] : [{ slot, colour: scheme[slot]!.toUpperCase() }]));
  return placeholders.map((ph) => {
    const backdrop = backdropAt(layers, textRegion(ph));
    if (backdrop.colours.length === 0) return { ...ph, backdrop };
    return { ...ph, backdrop, levels: ph.levels.map((level) => readableLevel(level, backdrop.colours, slots)) };
  });
}

/** True when the level's text colour meets the ratio its size needs against every colour of `backdrop`. */
export function readsOn(level: ResolvedLevelStyle, backdrop: readonly string[]): boolean {
  return worstContrast(level.run.color, backdrop) >= neededRatio(level.run.sizePt, level.run.bold);
}

function readableLevel(level: ResolvedLevelStyle, backdrop: readonly string[], slots: ReadonlyArray<{ slot: string; colour: string }>): ResolvedLevelStyle {
  if (readsOn(level, backdrop)) return level;
  const own = worstContrast(level.run.color, backdrop);
  const better = mostReadable(backdrop, slots.map((s) => s.colour));
  if (worstContrast(better, backdrop) <= own) return level;
  const slot = slots.find((s) => s.colour === better)!.slot;
  return { ...level, run: { ...level.run, color: better, colorRef: slot } };
}

/** Chrome placeholders: their short text sits at one end of the box, by its alignment. */
const CHROME = new Set(['dt', 'ftr', 'sldNum']);

/**
 * Where a placeholder's text is drawn, inches: the whole box, except for the date, footer and
 * slide number, whose few words sit in the third of the box their alignment puts them in.
 */
function textRegion(ph: ResolvedPlaceholder): TemplateBox {
  if (!CHROME.has(ph.type)) return ph.box;
  const third = ph.box.w / 3;
  const align = ph.levels[0]?.align ?? 'left';
  const x = align === 'right' ? ph.box.x + 2 * third : align === 'center' ? ph.box.x + third : ph.box.x;
  return { ...ph.box, x, w: third };
}

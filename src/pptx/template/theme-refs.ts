/**
 * Slide text refers to the theme instead of hard-coding it (issue #11 §1): a typeface that is the
 * theme's major or minor Latin font is written as `+mj-lt`/`+mn-lt`, and a colour that is one of
 * the scheme's as `a:schemeClr` (ECMA-376 Part 1, §20.1.4.1.10, §20.1.2.3.29), so PowerPoint's
 * Design → Colours/Fonts and "Reset slide" keep working on the built deck.
 */
import type { TemplateModel } from '../../template/types.js';

/** Maps typefaces and colours to theme references. */
export interface ThemeRefs {
  font(face: string): string;
  colour(hex: string): string;
}

/** Scheme colours pptxgenjs writes as `a:schemeClr`, in order of preference. */
const SCHEME_SLOTS = ['tx1', 'bg1', 'tx2', 'bg2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6'] as const;

/**
 * The ones no colour map can turn round (ECMA-376 Part 1, §19.3.1.6): on templates where `tx1` is
 * dark on some slides and light on others, text and background colours are written as RGB, so a
 * colour briefdeck chose against what lies under the text stays that colour (pptxgenjs cannot
 * write `dk1`/`lt1`, the map-free names of the same theme colours).
 */
const MAP_FREE_SLOTS = SCHEME_SLOTS.filter((slot) => slot.startsWith('accent'));

/** Theme references of the first master's theme of `template`. */
export function themeRefs(template: TemplateModel): ThemeRefs {
  const theme = template.themes.find((t) => t.part === template.masters[0]?.theme) ?? template.themes[0];
  if (!theme) return { font: (face) => face, colour: (hex) => hex };
  const major = theme.majorFont.latin.trim().toLowerCase();
  const minor = theme.minorFont.latin.trim().toLowerCase();
  const colours = new Map<string, string>();
  for (const slot of template.colorMapsDiffer ? MAP_FREE_SLOTS : SCHEME_SLOTS) {
    const hex = theme.colors[slot]?.toUpperCase();
    if (hex !== undefined && !colours.has(hex)) colours.set(hex, slot);
  }
  return {
    font(face) {
      const key = face.trim().toLowerCase();
      if (key !== '' && key === minor) return '+mn-lt';
      if (key !== '' && key === major) return '+mj-lt';
      return face;
    },
    colour(hex) {
      return colours.get(hex.toUpperCase()) ?? hex;
    },
  };
}

/**
 * The text styles of the bundled slide master (`p:txStyles`, ECMA-376 Part 1, §19.3.1.52) and the
 * theme's colour scheme, derived from `theme.json`. One description feeds both the XML the deck
 * carries and the resolved model the fit stage measures with, so the two cannot drift apart.
 */
import type { Theme } from '../../theme/types.js';
import type { FontTriple, ResolvedLevelStyle, ResolvedRunStyle } from '../types.js';

/** Indent per list level, points: the text of level n (0-based) starts at (n + 1) × this. */
export const LEVEL_INDENT_PT = 27;

/**
 * The scheme colours of a bundled theme. Every colour a bundled deck uses often has a slot, so slide
 * text refers to the theme (Design → Colours changes it): dk1 = text, lt1 = background, dk2 =
 * primary (titles), lt2 = the light fill of cards and stripes, accent1 = primary, accent2 = accent,
 * accent3 = muted (footer, captions), accent4–6 = further chart colours.
 */
export function bundledColourScheme(theme: Theme): Record<string, string> {
  const c = theme.colors;
  const chart = (i: number, fallback: string): string => c.chart[i] ?? fallback;
  return {
    dk1: c.text,
    lt1: c.background,
    dk2: c.primary,
    lt2: c.tableStripe,
    accent1: c.primary,
    accent2: c.accent,
    accent3: c.muted,
    accent4: chart(3, c.primary),
    accent5: chart(4, c.accent),
    accent6: chart(5, c.muted),
    hlink: c.primary,
    folHlink: c.muted,
  };
}

/** The scheme colours with the standard colour map applied (bg1 = lt1, tx1 = dk1, bg2 = lt2, tx2 = dk2). */
export function mappedColours(scheme: Record<string, string>): Record<string, string> {
  return { ...scheme, bg1: scheme.lt1 ?? 'FFFFFF', tx1: scheme.dk1 ?? '000000', bg2: scheme.lt2 ?? 'FFFFFF', tx2: scheme.dk2 ?? '000000' };
}

/**
 * East Asian typeface of the bundled font scheme: a CJK font Windows ships (PowerPoint's own
 * choice for Simplified Chinese themes); LibreOffice substitutes a CJK font it has (WenQuanYi on
 * Debian), and line counts of the CJK corpus are the same with it as with its own default (issue #13).
 */
export const EAST_ASIAN_FACE = 'Microsoft YaHei';

/**
 * Per-script typefaces of the font scheme (`a:font script=…`, ECMA-376 Part 1, §20.1.4.1.16), so
 * PowerPoint picks a font that has the glyphs for Chinese, Japanese and Korean; Arabic and Hebrew
 * use the text face itself (Arial has both on Windows, and LibreOffice falls back per script).
 */
export function scriptFaces(face: string): Record<string, string> {
  return { Hans: EAST_ASIAN_FACE, Hant: 'Microsoft JhengHei', Jpan: 'Yu Gothic', Hang: 'Malgun Gothic', Arab: face, Hebr: face };
}

/** The theme's major (headings) and minor (body) fonts, with East Asian and complex-script faces. */
export function bundledFonts(theme: Theme): { major: FontTriple; minor: FontTriple } {
  return {
    major: { latin: theme.fonts.heading, ea: EAST_ASIAN_FACE, cs: theme.fonts.heading },
    minor: { latin: theme.fonts.body, ea: EAST_ASIAN_FACE, cs: theme.fonts.body },
  };
}

/** A run style in a theme font and a scheme colour. */
export function runStyle(font: FontTriple, fontRef: 'major' | 'minor', sizePt: number, bold: boolean, colours: Record<string, string>, colorRef: string): ResolvedRunStyle {
  return { font, fontRef, sizePt, bold, italic: false, color: colours[colorRef] ?? '000000', colorRef };
}

/** A level without bullet: text at the box's inner edge, single spacing, no space before. */
export function plainLevel(run: ResolvedRunStyle, align: ResolvedLevelStyle['align'] = 'left'): ResolvedLevelStyle {
  return {
    marginLeftPt: 0,
    indentPt: 0,
    lineSpacing: { kind: 'multiple', value: 1 },
    spaceBefore: { kind: 'points', value: 0 },
    spaceAfter: { kind: 'points', value: 0 },
    align,
    bullet: false,
    run,
  };
}

/** The nine levels of the body style: bulleted, each level one indent further, more space before top-level items. */
export function bodyLevels(run: ResolvedRunStyle): ResolvedLevelStyle[] {
  return Array.from({ length: 9 }, (_, level) => ({
    marginLeftPt: (level + 1) * LEVEL_INDENT_PT,
    indentPt: -LEVEL_INDENT_PT,
    lineSpacing: { kind: 'multiple', value: 1 },
    spaceBefore: { kind: 'points', value: Math.round(run.sizePt * (level === 0 ? 0.45 : 0.25)) },
    spaceAfter: { kind: 'points', value: 0 },
    align: 'left',
    bullet: true,
    run,
  }));
}

/** Nine copies of one level (titles and chrome use level 1 only). */
export function sameLevels(level: ResolvedLevelStyle): ResolvedLevelStyle[] {
  return Array.from({ length: 9 }, () => level);
}

/**
 * DrawingML for resolved text styles: `a:lvlNpPr` with `a:defRPr` (ECMA-376 Part 1, §21.1.2.4.13,
 * §21.1.2.3.2) and `a:bodyPr` (§21.1.2.1.1), written from the same values the fit stage measures.
 */
import { colourElement, emu, xmlEscape } from '../ooxml-text.js';
import type { ResolvedBodyProps, ResolvedLevelStyle, ResolvedRunStyle } from '../types.js';

const ALIGN = { left: 'l', center: 'ctr', right: 'r', justify: 'just' } as const;
const ANCHOR = { top: 't', middle: 'ctr', bottom: 'b' } as const;

/** Hundredths of a point, ECMA-376's unit for font sizes and point spacing. */
function centiPoints(pt: number): number {
  return Math.round(pt * 100);
}

/** `a:defRPr` of a run style, referring to the theme's fonts and colours where it came from them. */
export function defRPr(run: ResolvedRunStyle): string {
  const face = (script: 'lt' | 'ea' | 'cs', name: string): string =>
    run.fontRef ? `+${run.fontRef === 'major' ? 'mj' : 'mn'}-${script}` : xmlEscape(name);
  return (
    `<a:defRPr sz="${centiPoints(run.sizePt)}" b="${run.bold ? 1 : 0}" i="${run.italic ? 1 : 0}"${run.caps ? ` cap="${run.caps}"` : ''}>` +
    `<a:solidFill>${colourElement(run.colorRef ?? run.color)}</a:solidFill>` +
    `<a:latin typeface="${face('lt', run.font.latin)}"/><a:ea typeface="${face('ea', run.font.ea)}"/><a:cs typeface="${face('cs', run.font.cs)}"/>` +
    '</a:defRPr>'
  );
}

/** One `a:lvlNpPr` (n = 1–9). */
export function levelXml(n: number, level: ResolvedLevelStyle): string {
  const spacing = (tag: string, s: ResolvedLevelStyle['spaceBefore']): string =>
    s.kind === 'points' ? `<a:${tag}><a:spcPts val="${centiPoints(s.value)}"/></a:${tag}>` : `<a:${tag}><a:spcPct val="${Math.round(s.value * 100000)}"/></a:${tag}>`;
  const line = level.lineSpacing.kind === 'multiple'
    ? `<a:lnSpc><a:spcPct val="${Math.round(level.lineSpacing.value * 100000)}"/></a:lnSpc>`
    : `<a:lnSpc><a:spcPts val="${centiPoints(level.lineSpacing.value)}"/></a:lnSpc>`;
  const bullet = level.bullet ? '<a:buFontTx/><a:buChar char="&#8226;"/>' : '<a:buNone/>';
  return (
    `<a:lvl${n}pPr marL="${emu(level.marginLeftPt / 72)}" indent="${emu(level.indentPt / 72)}" algn="${ALIGN[level.align]}" rtl="0">` +
    line + spacing('spcBef', level.spaceBefore) + spacing('spcAft', level.spaceAfter) + bullet + defRPr(level.run) +
    `</a:lvl${n}pPr>`
  );
}

/** The nine levels as the children of a `p:titleStyle`, `p:bodyStyle`, `p:otherStyle` or `a:lstStyle`. */
export function levelsXml(levels: readonly ResolvedLevelStyle[]): string {
  return levels.slice(0, 9).map((level, i) => levelXml(i + 1, level)).join('');
}

/** `a:bodyPr` with explicit insets, anchoring, wrapping and no autofit. */
export function bodyPrXml(body: ResolvedBodyProps): string {
  const { left, top, right, bottom } = body.insets;
  const fit = body.autofit === 'shrink' ? '<a:normAutofit/>' : body.autofit === 'resize' ? '<a:spAutoFit/>' : '<a:noAutofit/>';
  return `<a:bodyPr vert="horz" wrap="${body.wrap ? 'square' : 'none'}" lIns="${emu(left)}" tIns="${emu(top)}" rIns="${emu(right)}" bIns="${emu(bottom)}" rtlCol="0" anchor="${ANCHOR[body.anchor]}">${fit}</a:bodyPr>`;
}

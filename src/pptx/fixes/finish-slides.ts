import { applyShapeMarkers, linkSlideNumber } from '../template/placeholder-shapes.js';
import { partsIn, type PackageFix, type SlideOnLayout } from './context.js';
import { fixParagraphsIn } from './paragraphs.js';
import { horizontalIn, perScriptFontRefs, pinShape } from './placeholder-text.js';
import { renumberShapeIds } from './shape-ids.js';
import { accessibleTable } from './table-accessibility.js';

/**
 * The slide pass: every fix to a slide's own XML, in one walk over its shapes (issue #11
 * throughput). Marked shapes become placeholders and the slide number is linked to the layout's
 * (when `ctx.slides` says where each slide sits), paragraphs are repaired, placeholder text is
 * pinned to what the fit stage measured, theme font references get their per-script form, shapes
 * are numbered, tables are made accessible, and master graphics are hidden where the slide asks.
 *
 * Why one walk: done as six passes over whole slides, each copying every slide, these fixes and
 * the garbage they left were a fifth of a warm build. Each fix is local to a shape (`p:sp`,
 * `p:graphicFrame`, `p:pic`, `p:cxnSp` never hold one another), so applying them shape by shape in
 * the old order gives the same bytes.
 */
export const finishSlides: PackageFix = (parts, ctx) => {
  partsIn(parts, 'ppt/slides/').forEach((slide, i) => {
    parts.editText(slide, (xml) => finishSlideXml(xml, ctx.slides?.[i]));
  });
};

/** Where a shape starts; its end is the first matching end tag after it. */
const SHAPE_START = /<p:(sp|graphicFrame|pic|cxnSp)>/g;

/** One slide's XML with every slide fix applied; `onLayout` unset leaves marked shapes as they are. */
export function finishSlideXml(xml: string, onLayout?: SlideOnLayout): string {
  const counter = { last: 0 };
  const pieces: string[] = [];
  let copied = 0;
  SHAPE_START.lastIndex = 0;
  for (let match = SHAPE_START.exec(xml); match !== null; match = SHAPE_START.exec(xml)) {
    const kind = match[1] ?? '';
    const closing = `</p:${kind}>`;
    const end = xml.indexOf(closing, match.index);
    if (end < 0) break;
    const close = end + closing.length;
    pieces.push(finishOther(xml.slice(copied, match.index), counter), finishShape(kind, xml.slice(match.index, close), onLayout, counter));
    copied = close;
    SHAPE_START.lastIndex = close;
  }
  pieces.push(finishOther(xml.slice(copied), counter));
  // The root `p:sld` is in the text before the first shape.
  if (onLayout?.hideMasterShapes) pieces[0] = (pieces[0] ?? '').replace(/<p:sld\b/, '<p:sld showMasterSp="0"');
  return pieces.join('');
}

/** One shape, the fixes in the order they were once applied to whole slides. */
function finishShape(kind: string, shape: string, onLayout: SlideOnLayout | undefined, counter: { last: number }): string {
  let out = shape;
  if (kind === 'sp' && onLayout !== undefined) out = linkSlideNumber(applyShapeMarkers(out), onLayout.slideNumberIdx);
  out = fixParagraphsIn(out);
  if (kind === 'sp' && out.includes('<p:ph')) out = pinShape(onLayout?.turnedTypes === undefined ? out : horizontalIn(out, onLayout.turnedTypes));
  out = renumberShapeIds(perScriptFontRefs(out), counter);
  return kind === 'graphicFrame' ? accessibleTable(out) : out;
}

/** Text between shapes (the slide's head, group shapes' own properties): the fixes that may apply there. */
function finishOther(text: string, counter: { last: number }): string {
  return renumberShapeIds(perScriptFontRefs(fixParagraphsIn(text)), counter);
}

/**
 * Where a run's properties come from when the run does not say them (ECMA-376 Part 1, §19.3.1.x and
 * §21.1.2.3): the paragraph's `a:defRPr`, the shape's `a:lstStyle`, the matching placeholder on
 * the slide layout and slide master, the master's `p:txStyles` (title, body or other style) and
 * the presentation's `p:defaultTextStyle`. The audit reads language, size, bold and colour through it.
 */
import { colourIn, type ColourContext, type Rgb } from './colour.js';
import { shapeTree, type SlideModel } from './deck-model.js';
import { listShapes, TITLE_PLACEHOLDERS, type ShapeInfo } from './shapes.js';
import { child, path, type XmlElement } from './xml-tree.js';

/** The run-property sources of one paragraph level, most specific first. */
export type StyleChain = XmlElement[];

/** The `a:defRPr` sources for paragraphs of `level` (0-based) in `shape`, most specific first, excluding the run and paragraph. */
export function styleChain(slide: SlideModel, presentation: XmlElement, shape: ShapeInfo, level: number): StyleChain {
  const lvl = `a:lvl${level + 1}pPr`;
  const fromList = (lstStyle: XmlElement | undefined) => path(lstStyle, lvl, 'a:defRPr');
  const chain: (XmlElement | undefined)[] = [fromList(path(shape.element, 'p:txBody', 'a:lstStyle'))];
  if (shape.placeholder !== undefined) {
    for (const parent of [slide.layout, slide.master]) {
      const match = matchingPlaceholder(parent, shape);
      chain.push(fromList(path(match?.element, 'p:txBody', 'a:lstStyle')));
    }
  }
  const styles = child(slide.master, 'p:txStyles');
  const style = shape.placeholder === undefined ? 'p:otherStyle' : TITLE_PLACEHOLDERS.has(shape.placeholder) ? 'p:titleStyle' : 'p:bodyStyle';
  chain.push(path(styles, style, lvl, 'a:defRPr'));
  const defaults = child(presentation, 'p:defaultTextStyle');
  chain.push(path(defaults, lvl, 'a:defRPr'), path(defaults, 'a:defPPr', 'a:defRPr'));
  return chain.filter((e): e is XmlElement => e !== undefined);
}

/** The placeholder of a layout or master that a slide placeholder inherits from: same type, or same idx for body/content placeholders. */
export function matchingPlaceholder(parent: SlideModel['layout'], shape: ShapeInfo): ShapeInfo | undefined {
  if (shape.placeholder === undefined) return undefined;
  const candidates = listShapes(shapeTree(parent)).filter((s) => s.placeholder !== undefined);
  const type = shape.placeholder;
  const sameType = (s: ShapeInfo) => s.placeholder === type || (type === 'ctrTitle' && s.placeholder === 'title') || (type === 'subTitle' && s.placeholder === 'body');
  if (type === 'body' || type === 'obj') {
    const byIdx = candidates.find((s) => s.placeholderIdx !== undefined && s.placeholderIdx === shape.placeholderIdx);
    if (byIdx) return byIdx;
  }
  return candidates.find(sameType) ?? (type === 'obj' ? candidates.find((s) => s.placeholder === 'body') : undefined);
}

/** The first value `pick` finds in the run's `a:rPr`, the paragraph's `a:pPr/a:defRPr`, then the chain. */
export function runProperty<T>(run: XmlElement, paragraph: XmlElement, chain: StyleChain, pick: (rPr: XmlElement) => T | undefined): T | undefined {
  for (const source of [child(run, 'a:rPr'), path(paragraph, 'a:pPr', 'a:defRPr'), ...chain]) {
    if (source === undefined) continue;
    const value = pick(source);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** A run's language (`lang`), inherited when the run has none. */
export const pickLang = (rPr: XmlElement): string | undefined => rPr.attrs.lang || undefined;

/** Font size in points (`sz` is hundredths of a point). */
export const pickSize = (rPr: XmlElement): number | undefined => (rPr.attrs.sz === undefined ? undefined : Number(rPr.attrs.sz) / 100);

/** Bold. */
export const pickBold = (rPr: XmlElement): boolean | undefined => (rPr.attrs.b === undefined ? undefined : rPr.attrs.b === '1' || rPr.attrs.b === 'true');

/** Text colour: a solid fill resolves; a gradient, pattern or no fill is "unknown" (null stops the search). */
export function pickColour(ctx: ColourContext): (rPr: XmlElement) => Rgb | null | undefined {
  return (rPr) => {
    const solid = child(rPr, 'a:solidFill');
    if (solid) return colourIn(solid, ctx) ?? null;
    if (child(rPr, 'a:gradFill') || child(rPr, 'a:pattFill') || child(rPr, 'a:noFill') || child(rPr, 'a:blipFill')) return null;
    return undefined;
  };
}

/** The paragraph level of `a:p` (`a:pPr/@lvl`, 0-based). */
export function paragraphLevel(paragraph: XmlElement): number {
  return Math.min(8, Math.max(0, Number(path(paragraph, 'a:pPr')?.attrs.lvl ?? 0) || 0));
}

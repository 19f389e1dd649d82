import { colourIn, contrastRatio, schemeColour, toHex, type ColourContext, type Rgb } from '../colour.js';
import { shapeTree, type DeckModel, type SlideModel } from '../deck-model.js';
import type { CheckRule, FindingDraft } from '../finding.js';
import { at, excerpt } from '../locate.js';
import { listShapes, topLevelShapes, type ShapeInfo } from '../shapes.js';
import { outlineHolds, readOutline } from '../../pptx/shape-outline.js';
import { matchingPlaceholder, paragraphLevel, pickBold, pickColour, pickSize, runProperty, styleChain } from '../text-style.js';
import { child, childrenNamed, descendants, path, type XmlElement } from '../xml-tree.js';

/** WCAG 2.1 SC 1.4.3 minimum ratios. */
const NORMAL_RATIO = 4.5;
const LARGE_RATIO = 3;

/** `null`: the colour is there but cannot be judged (picture, gradient, translucent); `undefined`: transparent, look underneath. */
type Fill = Rgb | null | undefined;

/**
 * Text contrasts with what lies under it by WCAG 2.1 AA: 4.5:1, or 3:1 for text of at least 18 pt,
 * or 14 pt bold (`normAutofit` font scale applied). The background is the shape's own fill, else
 * the topmost earlier shape on the slide whose box holds the text's centre, else the slide, layout
 * or master background. Scheme colours resolve through the colour map and theme. Where a picture,
 * gradient or pattern is underneath, or a table style decides the colours, nothing is reported.
 */
export const contrast: CheckRule = {
  id: 'contrast',
  severity: 'warning',
  reason: 'text with too little contrast against its background is hard or impossible to read for people with low vision, and on projectors',
  reference: 'WCAG 2.1 SC 1.4.3 Contrast (Minimum); PowerPoint Accessibility Checker: Hard-to-read text contrast',
  fix: 'select the text → Home → Font Color, and pick a darker (or, on a dark background, lighter) colour until the ratio is met',
  check(deck) {
    return deck.slides.flatMap((slide) => {
      const ctx = colourContext(slide);
      const shapes = listShapes(shapeTree(slide.root)).filter((s) => s.kind !== 'p:grpSp');
      return shapes.flatMap((shape, index): FindingDraft[] => {
        if (shape.decorative) return [];
        const worst = shape.graphic === 'table' ? worstInTable(deck, slide, shapes, index, ctx) : worstInShape(deck, slide, shapes, index, ctx);
        if (worst === undefined) return [];
        return [{
          ...at(slide, shape),
          message: `the text "${excerpt(worst.text)}" is ${toHex(worst.fore)} on ${toHex(worst.back)}: ${floor2(worst.ratio)}:1, below the ${worst.needed}:1 ${worst.needed === LARGE_RATIO ? 'large text ' : ''}needs`,
        }];
      });
    });
  },
};

interface Failure {
  text: string;
  fore: Rgb;
  back: Rgb;
  ratio: number;
  needed: number;
}

/** Ratios are shown rounded down, so 4.49 never reads as the 4.5 it misses. */
function floor2(ratio: number): string {
  return (Math.floor(ratio * 100) / 100).toFixed(2);
}

function worstInShape(deck: DeckModel, slide: SlideModel, shapes: ShapeInfo[], index: number, ctx: ColourContext): Failure | undefined {
  const shape = shapes[index]!;
  const body = child(shape.element, 'p:txBody');
  if (body === undefined || shape.text.trim() === '') return undefined;
  const back = backgroundAt(slide, shapes, index, ctx);
  if (back === null) return undefined;
  return worstRun(deck, slide, shape, body, back, ctx, false);
}

function worstInTable(deck: DeckModel, slide: SlideModel, shapes: ShapeInfo[], index: number, ctx: ColourContext): Failure | undefined {
  const shape = shapes[index]!;
  const table = path(shape.element, 'a:graphic', 'a:graphicData', 'a:tbl');
  const styled = path(table, 'a:tblPr', 'a:tableStyleId') !== undefined;
  let frameBack: Fill | 'unset' = 'unset';
  let worst: Failure | undefined;
  for (const cell of descendants(table, 'a:tc')) {
    const tcPr = child(cell, 'a:tcPr');
    let back = fillOf(tcPr, ctx);
    if (back === undefined && child(tcPr, 'a:noFill') === undefined && styled) continue;
    if (back === undefined) {
      if (frameBack === 'unset') frameBack = backgroundAt(slide, shapes, index, ctx);
      back = frameBack;
    }
    if (back === null || back === undefined) continue;
    const failure = worstRun(deck, slide, shape, child(cell, 'a:txBody'), back, ctx, styled);
    if (failure && (worst === undefined || failure.ratio < worst.ratio)) worst = failure;
  }
  return worst;
}

/** The run with the lowest ratio below its threshold, or undefined when all pass or cannot be judged. */
function worstRun(deck: DeckModel, slide: SlideModel, shape: ShapeInfo, body: XmlElement | undefined, back: Rgb, ctx: ColourContext, styledTable: boolean): Failure | undefined {
  const scale = Number(path(body, 'a:bodyPr', 'a:normAutofit')?.attrs.fontScale ?? 100000) / 100000;
  const fontRef = path(shape.element, 'p:style', 'a:fontRef');
  let worst: Failure | undefined;
  for (const paragraph of childrenNamed(body, 'a:p')) {
    const chain = styleChain(slide, deck.presentation, shape, paragraphLevel(paragraph));
    for (const run of paragraph.children.filter((c) => c.name === 'a:r' || c.name === 'a:fld')) {
      const text = descendants(run, 'a:t').map((t) => t.text).join('');
      if (text.trim() === '') continue;
      const own = runProperty(run, paragraph, [], pickColour(ctx));
      // In a styled table, a colour the run does not state comes from the table style: not judged.
      if (own === undefined && styledTable) continue;
      const inherited = own !== undefined ? own : (colourIn(fontRef, ctx) ?? runProperty(run, paragraph, chain, pickColour(ctx)));
      const fore = inherited === undefined ? schemeColour('tx1', ctx) : inherited;
      if (fore === null || fore === undefined) continue;
      const size = (runProperty(run, paragraph, chain, pickSize) ?? 18) * scale;
      const bold = runProperty(run, paragraph, chain, pickBold) ?? false;
      const needed = size >= 18 || (bold && size >= 14) ? LARGE_RATIO : NORMAL_RATIO;
      const ratio = contrastRatio(fore, back);
      if (ratio < needed && (worst === undefined || ratio < worst.ratio)) worst = { text, fore, back, ratio, needed };
    }
  }
  return worst;
}

/**
 * What is under the text of `shapes[index]`: its own fill, a filled shape below it on the slide,
 * a graphic of the layout or slide master below the slide's shapes (a band, a logo, a full-slide
 * picture), or the background.
 */
function backgroundAt(slide: SlideModel, shapes: ShapeInfo[], index: number, ctx: ColourContext): Rgb | null {
  const shape = shapes[index]!;
  const own = shapeFill(slide, shape, ctx);
  if (own !== undefined) return own;
  const box = shape.box ?? matchingPlaceholder(slide.layout, shape)?.box ?? matchingPlaceholder(slide.master, shape)?.box;
  if (box !== undefined) {
    const cx = box.x + box.cx / 2;
    const cy = box.y + box.cy / 2;
    const below = topmostFill(slide, shapes.slice(0, index), cx, cy, ctx) ?? topmostFill(slide, inheritedGraphics(slide), cx, cy, ctx);
    if (below !== undefined) return below;
  }
  return slideBackground(slide, ctx);
}

/** The fill of the topmost of `shapes` whose box holds the point (EMU); undefined when none has a fill there. */
function topmostFill(slide: SlideModel, shapes: readonly ShapeInfo[], x: number, y: number, ctx: ColourContext): Fill {
  for (let j = shapes.length - 1; j >= 0; j -= 1) {
    const below = shapes[j]!;
    const b = below.box;
    if (b === undefined || !outlineHolds(readOutline(child(below.element, 'p:spPr')), { x: b.x, y: b.y, w: b.cx, h: b.cy }, x, y)) continue;
    if (below.kind === 'p:pic' || below.kind === 'p:graphicFrame' || below.kind === 'p:grpSp') return null;
    const fill = shapeFill(slide, below, ctx);
    if (fill !== undefined) return fill;
  }
  return undefined;
}

/**
 * The layout's and slide master's own graphics that show under a slide's shapes, bottom first:
 * the master's (unless the layout or slide hides them with `showMasterSp="0"`), then the layout's
 * (unless the slide hides them). Placeholders are prompts, never drawn on a slide; groups are
 * taken whole, since their members' boxes are in the group's own coordinates (ECMA-376 Part 1,
 * §19.3.1.22 `p:grpSpPr`, §19.3.1.43 `p:sldLayout/@showMasterSp`).
 */
function inheritedGraphics(slide: SlideModel): ShapeInfo[] {
  const shown = (part: SlideModel['root'] | undefined) => part?.attrs.showMasterSp !== '0' && part?.attrs.showMasterSp !== 'false';
  const own = (part: SlideModel['root'] | undefined) => topLevelShapes(shapeTree(part)).filter((s) => s.placeholder === undefined);
  const layout = shown(slide.root) ? own(slide.layout) : [];
  const master = shown(slide.root) && shown(slide.layout) ? own(slide.master) : [];
  return [...master, ...layout];
}

/** A shape's own fill, from `p:spPr`, its style's `a:fillRef`, or the placeholder it inherits from. */
function shapeFill(slide: SlideModel, shape: ShapeInfo, ctx: ColourContext): Fill {
  if (shape.kind === 'p:pic') return null;
  const own = fillOf(child(shape.element, 'p:spPr'), ctx);
  if (own !== undefined || child(child(shape.element, 'p:spPr'), 'a:noFill')) return own;
  const fillRef = path(shape.element, 'p:style', 'a:fillRef');
  if (fillRef !== undefined && fillRef.attrs.idx !== '0') return colourIn(fillRef, ctx) ?? null;
  for (const parent of [slide.layout, slide.master]) {
    const inherited = matchingPlaceholder(parent, shape);
    const fill = inherited === undefined ? undefined : fillOf(child(inherited.element, 'p:spPr'), ctx);
    if (fill !== undefined) return fill;
  }
  return undefined;
}

/** The fill an element states: solid → colour; gradient, picture, pattern → null; none stated or `a:noFill` → undefined. */
function fillOf(props: XmlElement | undefined, ctx: ColourContext): Fill {
  const solid = child(props, 'a:solidFill');
  if (solid) return colourIn(solid, ctx) ?? null;
  if (['a:gradFill', 'a:blipFill', 'a:pattFill', 'a:grpFill'].some((name) => child(props, name))) return null;
  return undefined;
}

/** The slide's background: its own `p:bg`, else the layout's, else the master's, else `bg1`. */
function slideBackground(slide: SlideModel, ctx: ColourContext): Rgb | null {
  for (const part of [slide.root, slide.layout, slide.master]) {
    const bg = path(part, 'p:cSld', 'p:bg');
    if (bg === undefined) continue;
    const bgPr = child(bg, 'p:bgPr');
    if (bgPr) return fillOf(bgPr, ctx) ?? null;
    const bgRef = child(bg, 'p:bgRef');
    if (bgRef) return themeBackground(bgRef, ctx);
  }
  return schemeColour('bg1', ctx) ?? null;
}

/** `p:bgRef`: a fill of the theme's format scheme (idx ≥ 1001: background fills), coloured by the reference's colour. */
function themeBackground(bgRef: XmlElement, ctx: ColourContext): Rgb | null {
  const idx = Number(bgRef.attrs.idx ?? 0);
  const scheme = path(ctx.theme, 'a:themeElements', 'a:fmtScheme');
  const list = idx >= 1001 ? child(scheme, 'a:bgFillStyleLst') : child(scheme, 'a:fillStyleLst');
  const style = list?.children[idx >= 1001 ? idx - 1001 : idx - 1];
  const phClr = colourIn(bgRef, ctx);
  if (style === undefined) return phClr ?? null;
  if (style.name !== 'a:solidFill') return null;
  return colourIn(style, { ...ctx, ...(phClr ? { phClr } : {}) }) ?? null;
}

/** The usual mapping (ECMA-376 Part 1, §19.3.1.6), for a master that has no `p:clrMap`. */
const DEFAULT_CLR_MAP = { bg1: 'lt1', tx1: 'dk1', bg2: 'lt2', tx2: 'dk2' };

/** The colour map in force on a slide: the slide's override, else the layout's, else the master's `p:clrMap`. */
export function colourContext(slide: SlideModel): ColourContext {
  const override = [slide.root, slide.layout].map((part) => path(part, 'p:clrMapOvr', 'a:overrideClrMapping')).find((o) => o !== undefined);
  const clrMap = { ...DEFAULT_CLR_MAP, ...(override?.attrs ?? child(slide.master, 'p:clrMap')?.attrs) };
  return { clrMap, ...(slide.theme ? { theme: slide.theme } : {}) };
}

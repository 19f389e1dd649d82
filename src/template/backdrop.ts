/**
 * What lies under a box of a slide layout (issue #11: text must stay readable on the template's
 * own graphics): the layout's and its slide master's shapes that show on every slide — bands,
 * full-slide rectangles that LibreOffice writes instead of a background, pictures, decorations —
 * then the background (ECMA-376 Part 1, §19.3.1.1 `p:bg`; §19.3.1.43 `showMasterSp`). A box is
 * sampled at 25 points; each point takes the topmost filled graphic holding it.
 */
import { child, intAttr, path, percentAttr, type XmlElement } from './xml-tree.js';
import { colorChild, resolveColor, type ColorContext } from './theme-colors.js';
import { readBox } from './resolve-placeholders.js';
import { pictureTones, type DecodedPicture } from './picture-tones.js';
import type { TemplateBox } from './types.js';
import { outlineHolds, readOutline, type Outline } from '../pptx/shape-outline.js';
import { hex, rgbHex } from '../check/rgb.js';

const WHOLE_BOX: Outline = { kind: 'box' };

/**
 * The colours under a box (six hex digits each): one when it is one solid colour, several for a
 * gradient, a pattern, a picture's darkest and lightest tones, or graphics of different colours
 * under different parts of the box. `known` is false when something under it cannot be judged (a
 * picture in a format briefdeck does not decode, a group, an unreadable fill); `colours` then
 * holds what could be judged.
 */
export interface Backdrop {
  colours: string[];
  known: boolean;
  /**
   * The share (0–1) of the box that lies on its most common single colour: 1 on a plain ground,
   * lower where bands, decorations, gradients or pictures run under it. Absent means 1.
   */
  plainShare?: number;
}

/** A part (layout or master) to look through, with its colours and a way to reach its pictures. */
export interface BackdropPart {
  root: XmlElement;
  colors: ColorContext;
  /** The decoded picture a relationship id of this part points to, or undefined. */
  picture: (relationshipId: string) => DecodedPicture | undefined;
}

/** Everything that can lie under a layout's boxes, bottom first. */
export interface BackdropLayers {
  graphics: Graphic[];
  background: (box: TemplateBox) => Backdrop;
}

/** A filled graphic of a layout or master: its box (inches), its outline in it, and what it shows over a region. */
interface Graphic {
  box: TemplateBox;
  outline: Outline;
  fill: (box: TemplateBox) => Backdrop | undefined;
}

/**
 * Sample points of a box, as shares of its width and height: a 5 × 5 grid reaching to 5 % of each
 * edge, so a band under the last lines of a box, or a corner decoration, is seen.
 */
const STEPS = [0.05, 0.275, 0.5, 0.725, 0.95];
const SAMPLES: ReadonlyArray<readonly [number, number]> = STEPS.flatMap((fy) => STEPS.map((fx) => [fx, fy] as const));

/** Below this alpha (thousandths of a percent) a fill is a tint over what lies under it, not a backdrop. */
const OPAQUE_ALPHA = 50000;

/** The layers of a layout over its master: the master's graphics unless the layout hides them, then the layout's. */
export function backdropLayers(layout: BackdropPart, master: BackdropPart, backgroundFills: readonly XmlElement[], slide: { width: number; height: number }): BackdropLayers {
  const showsMaster = !['0', 'false'].includes(layout.root.attrs.showMasterSp ?? '');
  const graphics = [...(showsMaster ? graphicsOf(master) : []), ...graphicsOf(layout)];
  return { graphics, background: (box) => backgroundUnder(box, [layout, master], backgroundFills, slide) };
}

/** The colours under `box` (inches). */
export function backdropAt(layers: BackdropLayers, box: TemplateBox): Backdrop {
  const colours = new Set<string>();
  const plainCounts = new Map<string, number>();
  let known = true;
  // What each graphic (and the background) shows over this box, worked out once: a picture's tones
  // are the same for every sample point of the box.
  const seen = new Map<Graphic, Backdrop | undefined>();
  const over = (g: Graphic) => {
    if (!seen.has(g)) seen.set(g, g.fill(intersect(box, g.box)));
    return seen.get(g);
  };
  let background: Backdrop | undefined;
  for (const [fx, fy] of SAMPLES) {
    const x = box.x + box.w * fx;
    const y = box.y + box.h * fy;
    const under = topmost(layers.graphics, x, y, over) ?? (background ??= layers.background(box));
    for (const c of under.colours) colours.add(c);
    known &&= under.known;
    if (under.known && under.colours.length === 1) plainCounts.set(under.colours[0]!, (plainCounts.get(under.colours[0]!) ?? 0) + 1);
  }
  const plainShare = Math.max(0, ...plainCounts.values()) / SAMPLES.length;
  return { colours: [...colours], known, ...(plainShare < 1 ? { plainShare } : {}) };
}

function topmost(graphics: readonly Graphic[], x: number, y: number, over: (g: Graphic) => Backdrop | undefined): Backdrop | undefined {
  for (let i = graphics.length - 1; i >= 0; i -= 1) {
    const g = graphics[i]!;
    if (!outlineHolds(g.outline, g.box, x, y)) continue;
    const fill = over(g);
    if (fill !== undefined) return fill;
  }
  return undefined;
}

/** The non-placeholder shapes of a part's shape tree that paint something. */
function graphicsOf(part: BackdropPart): Graphic[] {
  const out: Graphic[] = [];
  for (const shape of path(part.root, 'cSld', 'spTree')?.children ?? []) {
    if (path(shape, 'nvSpPr', 'nvPr', 'ph') !== undefined) continue;
    const box = readBox(path(shape, 'spPr', 'xfrm') ?? path(shape, 'grpSpPr', 'xfrm'));
    if (box === undefined || box.w <= 0 || box.h <= 0) continue;
    if (shape.name === 'pic') out.push({ box, outline: WHOLE_BOX, fill: (region) => pictureFill(child(shape, 'blipFill'), part, box, region) });
    else if (shape.name === 'grpSp') out.push({ box, outline: WHOLE_BOX, fill: () => ({ colours: [], known: false }) });
    else if (shape.name === 'sp') {
      const spPr = child(shape, 'spPr');
      // The style's fill only stands in for a fill the shape does not state: PowerPoint keeps
      // `a:fillRef` on shapes set to "No fill" or made transparent.
      const stated = FILL_ELEMENTS.some((name) => child(spPr, name) !== undefined);
      out.push({ box, outline: readOutline(spPr), fill: (region) => fillOf(spPr, part, box, region) ?? (stated ? undefined : styleFill(shape, part)) });
    }
  }
  return out;
}

/** The fill elements of `a:spPr` (ECMA-376 Part 1, §20.1.8, EG_FillProperties). */
const FILL_ELEMENTS = ['noFill', 'solidFill', 'gradFill', 'blipFill', 'pattFill', 'grpFill'];

/** A shape's fill from its style (`p:style/a:fillRef`, a theme fill coloured by the reference's colour), judged as its colour. */
function styleFill(shape: XmlElement, part: BackdropPart): Backdrop | undefined {
  const ref = path(shape, 'style', 'fillRef');
  if (ref === undefined || (intAttr(ref, 'idx') ?? 0) === 0) return undefined;
  const colour = resolveColor(colorChild(ref), part.colors)?.hex;
  return colour === undefined ? { colours: [], known: false } : { colours: [colour], known: true };
}

/**
 * The backdrop a fill element's parent (`p:spPr`, `p:bgPr`) states: undefined for no fill stated
 * or `a:noFill` (look underneath), a backdrop otherwise.
 */
function fillOf(props: XmlElement | undefined, part: BackdropPart, box: TemplateBox, region: TemplateBox): Backdrop | undefined {
  if (props === undefined) return undefined;
  const solid = child(props, 'solidFill');
  if (solid !== undefined) return solidBackdrop(colorChild(solid), part.colors);
  const gradient = child(props, 'gradFill');
  if (gradient !== undefined) return gradientUnder(gradient, part.colors, box, region);
  const pattern = child(props, 'pattFill');
  if (pattern !== undefined) return coloursOf([colorChild(child(pattern, 'fgClr')), colorChild(child(pattern, 'bgClr'))], part.colors);
  const blip = child(props, 'blipFill');
  if (blip !== undefined) return pictureFill(blip, part, box, region);
  if (child(props, 'grpFill') !== undefined) return { colours: [], known: false };
  return undefined;
}

function solidBackdrop(colour: XmlElement | undefined, colors: ColorContext): Backdrop | undefined {
  const alpha = percentAttr(child(colour, 'alpha'), 'val');
  if (alpha !== undefined && alpha < OPAQUE_ALPHA) return undefined;
  const resolved = resolveColor(colour, colors)?.hex;
  return resolved === undefined ? { colours: [], known: false } : { colours: [resolved], known: true };
}

function coloursOf(elements: ReadonlyArray<XmlElement | undefined>, colors: ColorContext): Backdrop {
  const hexes = elements.map((e) => resolveColor(e, colors)?.hex);
  const colours = [...new Set(hexes.filter((h): h is string => h !== undefined))];
  return { colours, known: colours.length === hexes.length && colours.length > 0 };
}

/** A picture fill (`a:blipFill`) over `box`: the tones of the part of the picture under `region`; a tiled picture is judged whole. */
function pictureFill(blipFill: XmlElement | undefined, part: BackdropPart, box: TemplateBox, region: TemplateBox): Backdrop {
  const id = child(blipFill, 'blip')?.attrs['r:embed'];
  const picture = id === undefined ? undefined : part.picture(id);
  if (picture === undefined) return { colours: [], known: false };
  const whole = child(blipFill, 'tile') !== undefined;
  const share = whole
    ? { x0: 0, y0: 0, x1: 1, y1: 1 }
    : { x0: (region.x - box.x) / box.w, y0: (region.y - box.y) / box.h, x1: (region.x + region.w - box.x) / box.w, y1: (region.y + region.h - box.y) / box.h };
  const tones = pictureTones(picture, share);
  return tones === undefined ? { colours: [], known: false } : { colours: tones, known: true };
}

/** The background under `box`: the layout's `p:bg`, else the master's, else `bg1`. */
function backgroundUnder(box: TemplateBox, chain: readonly BackdropPart[], backgroundFills: readonly XmlElement[], slide: { width: number; height: number }): Backdrop {
  const whole: TemplateBox = { x: 0, y: 0, w: slide.width, h: slide.height };
  for (const part of chain) {
    const bg = path(part.root, 'cSld', 'bg');
    if (bg === undefined) continue;
    const bgPr = child(bg, 'bgPr');
    if (bgPr !== undefined) return fillOf(bgPr, part, whole, box) ?? { colours: [], known: false };
    const bgRef = child(bg, 'bgRef');
    if (bgRef !== undefined) return themeBackground(bgRef, part, backgroundFills, whole, box);
  }
  const last = chain[chain.length - 1]!;
  return solidBackdrop({ name: 'schemeClr', attrs: { val: 'bg1' }, children: [] }, last.colors) ?? { colours: [], known: false };
}

/** `p:bgRef` into the theme's background fills (idx ≥ 1001), its own colour standing for `phClr`. */
function themeBackground(bgRef: XmlElement, part: BackdropPart, backgroundFills: readonly XmlElement[], whole: TemplateBox, box: TemplateBox): Backdrop {
  const idx = intAttr(bgRef, 'idx') ?? 0;
  const own = resolveColor(colorChild(bgRef), part.colors)?.hex;
  const style = idx >= 1001 ? backgroundFills[idx - 1001] : undefined;
  if (style === undefined) return own === undefined ? { colours: [], known: false } : { colours: [own], known: true };
  const colors = own === undefined ? part.colors : { ...part.colors, placeholderColor: own };
  return fillOf({ name: 'bgPr', attrs: {}, children: [style] }, { ...part, colors }, whole, box) ?? { colours: [], known: false };
}

function intersect(a: TemplateBox, b: TemplateBox): TemplateBox {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  return { x, y, w: Math.max(0, Math.min(a.x + a.w, b.x + b.w) - x), h: Math.max(0, Math.min(a.y + a.h, b.y + b.h) - y) };
}

/**
 * The colours a gradient (`a:gradFill`, ECMA-376 Part 1, §20.1.8.33) shows over `region` of the
 * shape `box`. A linear one (`a:lin`, angle in 60,000ths of a degree clockwise from the x-axis)
 * shows the stretch of its stops that the region spans: the colours at both ends, interpolated in
 * RGB, and every stop between. Any other (`a:path`: circle, rectangle, shape) counts with all its
 * stops.
 */
function gradientUnder(gradient: XmlElement, colors: ColorContext, box: TemplateBox, region: TemplateBox): Backdrop {
  const stops = (path(gradient, 'gsLst')?.children ?? [])
    .map((gs) => ({ at: (percentAttr(gs, 'pos') ?? 0) / 100000, hex: resolveColor(colorChild(gs), colors)?.hex }))
    .sort((a, b) => a.at - b.at);
  const lin = child(gradient, 'lin');
  if (stops.length === 0 || stops.some((s) => s.hex === undefined)) return coloursOf(stops.map(() => undefined), colors);
  if (lin === undefined || child(gradient, 'path') !== undefined || box.w <= 0 || box.h <= 0) return { colours: [...new Set(stops.map((s) => s.hex!))], known: true };
  const angle = ((intAttr(lin, 'ang') ?? 0) / 60000) * (Math.PI / 180);
  const dx = Math.cos(angle);
  const dy = Math.sin(angle);
  // Where a point of the box lies along the gradient: 0 at the corner it starts from, 1 at the opposite one.
  const along = (x: number, y: number) => ((x - box.x) / box.w - 0.5) * dx + ((y - box.y) / box.h - 0.5) * dy;
  const half = (Math.abs(dx) + Math.abs(dy)) / 2;
  const corners = [along(region.x, region.y), along(region.x + region.w, region.y), along(region.x, region.y + region.h), along(region.x + region.w, region.y + region.h)].map((t) => Math.min(1, Math.max(0, t / (2 * half) + 0.5)));
  const from = Math.min(...corners);
  const to = Math.max(...corners);
  const colours = [colourAt(stops, from), ...stops.filter((s) => s.at > from && s.at < to).map((s) => s.hex!), colourAt(stops, to)];
  return { colours: [...new Set(colours)], known: true };
}

/** The gradient's colour at `t` (0–1), interpolated in RGB between the stops around it. */
function colourAt(stops: ReadonlyArray<{ at: number; hex?: string }>, t: number): string {
  const after = stops.findIndex((s) => s.at >= t);
  if (after <= 0) return stops[after === 0 ? 0 : stops.length - 1]!.hex!;
  const a = stops[after - 1]!;
  const b = stops[after]!;
  const k = b.at === a.at ? 0 : (t - a.at) / (b.at - a.at);
  const from = hex(a.hex)!;
  const to = hex(b.hex)!;
  return rgbHex(from.map((c, i) => c + (to[i]! - c) * k));
}

/**
 * Resolves a slide layout's placeholders through the inheritance chain of ECMA-376 Part 1,
 * §19.3.1.36 (`p:ph`) and §19.3.1.51 (`p:txStyles`): layout placeholder → the master placeholder
 * of the same type (body-like placeholders inherit the master's body, preferring the same `idx`)
 * → the master's `p:titleStyle`/`p:bodyStyle`/`p:otherStyle` → `p:defaultTextStyle` → the theme.
 * Each step's `a:lstStyle` overrides the step below it; `a:xfrm` and `a:bodyPr` come from the
 * nearest step that has them.
 */
import type { PlaceholderType, ResolvedBodyProps, ResolvedPlaceholder, TemplateBox } from './types.js';
import { attr, child, intAttr, path, percentAttr, type XmlElement } from './xml-tree.js';
import type { ColorContext, ResolvedColor } from './theme-colors.js';
import { placeOnSlide } from './on-slide.js';
import { finishLevel, isEmptyLayer, readListStyle, readPromptParagraphs, stackLayers, type StyleLayer, type ThemeFonts } from './text-style-layers.js';

const EMU_PER_INCH = 914400;

/** A placeholder shape as written in a master or layout, before inheritance. */
export interface PlaceholderShape {
  type: PlaceholderType;
  idx: number;
  name: string;
  /** `a:xfrm` in inches, when the shape has one. */
  box?: TemplateBox;
  bodyPr?: XmlElement;
  /** The shape's `a:lstStyle`. */
  listStyle: StyleLayer;
  /** Its prompt paragraphs' formatting (LibreOffice's stand-in for `p:txStyles`). */
  prompt: StyleLayer;
}

/** What a layout's placeholders inherit from their master. */
export interface MasterStyles {
  placeholders: PlaceholderShape[];
  titleStyle: StyleLayer;
  bodyStyle: StyleLayer;
  otherStyle: StyleLayer;
  /** `p:defaultTextStyle` of presentation.xml, below the master's styles. */
  defaultStyle: StyleLayer;
  /** False for LibreOffice's masters: prompt paragraphs then count as list styles. */
  hasTextStyles: boolean;
  fonts: ThemeFonts;
}

const PLACEHOLDER_TYPES = new Set<string>(['title', 'ctrTitle', 'subTitle', 'body', 'obj', 'dt', 'ftr', 'sldNum', 'hdr', 'pic', 'tbl', 'chart', 'dgm', 'media', 'clipArt', 'sldImg']);

/** The placeholder shapes of a master or layout (`p:sp` with `p:nvPr/p:ph` in `p:spTree`), in shape order. */
export function readPlaceholderShapes(root: XmlElement, colors: ColorContext): PlaceholderShape[] {
  const shapes: PlaceholderShape[] = [];
  for (const sp of path(root, 'cSld', 'spTree')?.children ?? []) {
    if (sp.name !== 'sp') continue;
    const ph = path(sp, 'nvSpPr', 'nvPr', 'ph');
    if (ph === undefined) continue;
    const rawType = attr(ph, 'type') ?? 'obj';
    const type = (PLACEHOLDER_TYPES.has(rawType) ? rawType : 'obj') as PlaceholderType;
    const txBody = child(sp, 'txBody');
    const box = readBox(path(sp, 'spPr', 'xfrm'));
    const bodyPr = child(txBody, 'bodyPr');
    shapes.push({
      type,
      idx: intAttr(ph, 'idx') ?? 0,
      name: attr(path(sp, 'nvSpPr', 'cNvPr'), 'name') ?? '',
      ...(box !== undefined ? { box } : {}),
      ...(bodyPr !== undefined ? { bodyPr } : {}),
      listStyle: readListStyle(child(txBody, 'lstStyle'), colors),
      prompt: readPromptParagraphs(txBody, colors),
    });
  }
  return shapes;
}

/** `a:xfrm` (`a:off`, `a:ext` in EMU) as a box in inches. */
export function readBox(xfrm: XmlElement | undefined): TemplateBox | undefined {
  const off = child(xfrm, 'off');
  const ext = child(xfrm, 'ext');
  if (off === undefined || ext === undefined) return undefined;
  return {
    x: (intAttr(off, 'x') ?? 0) / EMU_PER_INCH,
    y: (intAttr(off, 'y') ?? 0) / EMU_PER_INCH,
    w: (intAttr(ext, 'cx') ?? 0) / EMU_PER_INCH,
    h: (intAttr(ext, 'cy') ?? 0) / EMU_PER_INCH,
  };
}

/** Which master text style a placeholder type takes its levels from. */
export function styleCategory(type: PlaceholderType): 'title' | 'body' | 'other' {
  if (type === 'title' || type === 'ctrTitle') return 'title';
  if (type === 'dt' || type === 'ftr' || type === 'sldNum' || type === 'hdr') return 'other';
  return 'body';
}

/**
 * The master placeholder a layout placeholder inherits from: titles from the master's title,
 * date/footer/number/header from the same type, everything else (body, content, subtitle,
 * picture, table, chart…) from the master's body, the one with the same `idx` first.
 */
export function masterPlaceholderFor(shape: Pick<PlaceholderShape, 'type' | 'idx'>, master: readonly PlaceholderShape[]): PlaceholderShape | undefined {
  const category = styleCategory(shape.type);
  if (category === 'title') return master.find((m) => m.type === 'title') ?? master.find((m) => m.type === 'ctrTitle');
  if (category === 'other') return master.find((m) => m.type === shape.type);
  const bodies = master.filter((m) => m.type === 'body' || m.type === 'obj');
  return bodies.find((m) => m.idx === shape.idx) ?? bodies[0];
}

/**
 * Resolves every placeholder of a layout. `slide` is the slide's size in inches: a placeholder with
 * no box anywhere in its chain (a broken template) gets the whole slide rather than none, and one
 * partly or wholly off the slide is moved onto it (`on-slide.ts`).
 */
export function resolvePlaceholders(layoutShapes: readonly PlaceholderShape[], master: MasterStyles, defaultColor: ResolvedColor, slide: { width: number; height: number }): ResolvedPlaceholder[] {
  return layoutShapes.map((shape) => {
    const inherited = masterPlaceholderFor(shape, master.placeholders);
    const category = styleCategory(shape.type);
    const masterStyle = category === 'title' ? master.titleStyle : category === 'body' ? master.bodyStyle : master.otherStyle;
    const layers: StyleLayer[] = [master.defaultStyle, masterStyle];
    const prompts = !master.hasTextStyles;
    if (inherited !== undefined) {
      if (prompts) layers.push(inherited.prompt);
      layers.push(inherited.listStyle);
    }
    if (prompts && !isEmptyLayer(shape.prompt)) layers.push(shape.prompt);
    layers.push(shape.listStyle);
    const stacked = stackLayers(layers);
    const templateBox = shape.box ?? inherited?.box ?? { x: 0, y: 0, w: slide.width, h: slide.height };
    // On the slide: a template's placeholder past its edge would put the text where no one sees it.
    const box = placeOnSlide(templateBox, slide);
    return {
      type: shape.type,
      idx: shape.idx,
      name: shape.name,
      box,
      ...(box !== templateBox ? { templateBox } : {}),
      body: resolveBodyProps([inherited?.bodyPr, shape.bodyPr]),
      levels: stacked.map((level) => finishLevel(level, master.fonts, defaultColor)),
    };
  });
}

/**
 * `a:bodyPr` through the chain (lowest first): insets default to 0.1 in left/right and 0.05 in
 * top/bottom (91440 and 45720 EMU, ECMA-376 §21.1.2.1.1), anchor top, wrapping on.
 */
export function resolveBodyProps(chain: ReadonlyArray<XmlElement | undefined>): ResolvedBodyProps {
  const insetEmu = { left: 91440, top: 45720, right: 91440, bottom: 45720 };
  let anchor: ResolvedBodyProps['anchor'] = 'top';
  let wrap = true;
  let autofit: ResolvedBodyProps['autofit'] = 'none';
  let vertical = false;
  let fontScale: number | undefined;
  let lineSpacingReduction: number | undefined;
  for (const bodyPr of chain) {
    if (bodyPr === undefined) continue;
    insetEmu.left = intAttr(bodyPr, 'lIns') ?? insetEmu.left;
    insetEmu.top = intAttr(bodyPr, 'tIns') ?? insetEmu.top;
    insetEmu.right = intAttr(bodyPr, 'rIns') ?? insetEmu.right;
    insetEmu.bottom = intAttr(bodyPr, 'bIns') ?? insetEmu.bottom;
    const a = attr(bodyPr, 'anchor');
    if (a !== undefined) anchor = a === 'ctr' ? 'middle' : a === 'b' ? 'bottom' : 'top';
    const w = attr(bodyPr, 'wrap');
    if (w !== undefined) wrap = w !== 'none';
    const v = attr(bodyPr, 'vert');
    if (v !== undefined) vertical = v !== 'horz';
    const norm = child(bodyPr, 'normAutofit');
    if (norm !== undefined) {
      autofit = 'shrink';
      fontScale = percentAttr(norm, 'fontScale');
      lineSpacingReduction = percentAttr(norm, 'lnSpcReduction');
    } else if (child(bodyPr, 'spAutoFit') !== undefined || child(bodyPr, 'noAutofit') !== undefined) {
      autofit = child(bodyPr, 'spAutoFit') !== undefined ? 'resize' : 'none';
      fontScale = undefined;
      lineSpacingReduction = undefined;
    }
  }
  return {
    insets: { left: insetEmu.left / EMU_PER_INCH, top: insetEmu.top / EMU_PER_INCH, right: insetEmu.right / EMU_PER_INCH, bottom: insetEmu.bottom / EMU_PER_INCH },
    anchor,
    wrap,
    autofit,
    vertical,
    ...(fontScale !== undefined ? { fontScale: fontScale / 100000 } : {}),
    ...(lineSpacingReduction !== undefined ? { lineSpacingReduction: lineSpacingReduction / 100000 } : {}),
  };
}

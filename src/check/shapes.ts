/**
 * The shapes of a slide as the audit sees them: in shape-tree order (the reading order screen
 * readers use, ECMA-376 Part 1, §19.3.1.45 `p:spTree`), with groups flattened in place.
 */
import { child, descendants, path, textOf, type XmlElement } from './xml-tree.js';

/** The extension URI of Office's "mark as decorative" flag inside `p:cNvPr` ([MS-ODRAWXML] 2.3.x, DESIGN §10). */
export const DECORATIVE_EXT_URI = '{C183D7F6-B498-43B3-948B-1728B52AA6E4}';

/** A shape's box in EMU. */
export interface Box {
  x: number;
  y: number;
  cx: number;
  cy: number;
}

/** One shape of a slide. */
export interface ShapeInfo {
  element: XmlElement;
  /** `p:sp`, `p:pic`, `p:graphicFrame`, `p:cxnSp`, `p:grpSp`, `p:contentPart`. */
  kind: string;
  id: string;
  name: string;
  /** `p:cNvPr/@descr` (alt text), '' when absent. */
  descr: string;
  /** Placeholder type (`title`, `body`, `obj` for a typed-less placeholder, …) or undefined. */
  placeholder?: string;
  placeholderIdx?: string;
  decorative: boolean;
  /** The text of the shape's `p:txBody`, paragraphs joined by newlines. */
  text: string;
  /** What a graphic frame holds: `table`, `chart`, `diagram` or the graphicData URI. */
  graphic?: string;
  box?: Box;
}

/** Placeholder types that are slide chrome rather than content. */
export const CHROME_PLACEHOLDERS = new Set(['dt', 'ftr', 'sldNum', 'hdr']);

/** Placeholder types that hold the slide title. */
export const TITLE_PLACEHOLDERS = new Set(['title', 'ctrTitle']);

const NV_PROPS: Record<string, string> = {
  'p:sp': 'p:nvSpPr',
  'p:pic': 'p:nvPicPr',
  'p:graphicFrame': 'p:nvGraphicFramePr',
  'p:cxnSp': 'p:nvCxnSpPr',
  'p:grpSp': 'p:nvGrpSpPr',
  'p:contentPart': 'p:nvContentPartPr',
};

const GRAPHIC_KINDS: Record<string, string> = {
  'http://schemas.openxmlformats.org/drawingml/2006/table': 'table',
  'http://schemas.openxmlformats.org/drawingml/2006/chart': 'chart',
  'http://schemas.openxmlformats.org/drawingml/2006/diagram': 'diagram',
  'http://schemas.microsoft.com/office/drawing/2014/chartex': 'chart',
};

/** The shapes of a shape tree in order, groups followed by their members. */
export function listShapes(spTree: XmlElement | undefined): ShapeInfo[] {
  const out: ShapeInfo[] = [];
  for (const element of spTree?.children ?? []) {
    const nv = NV_PROPS[element.name];
    if (nv === undefined) continue;
    out.push(describeShape(element, nv));
    if (element.name === 'p:grpSp') out.push(...listShapes(element));
  }
  return out;
}

/** The shapes directly in a shape tree, in order; a group is one shape (its members are not listed). */
export function topLevelShapes(spTree: XmlElement | undefined): ShapeInfo[] {
  return (spTree?.children ?? []).flatMap((element) => {
    const nv = NV_PROPS[element.name];
    return nv === undefined ? [] : [describeShape(element, nv)];
  });
}

function describeShape(element: XmlElement, nvName: string): ShapeInfo {
  const nv = child(element, nvName);
  const cNvPr = child(nv, 'p:cNvPr');
  const ph = path(nv, 'p:nvPr', 'p:ph');
  const info: ShapeInfo = {
    element,
    kind: element.name,
    id: cNvPr?.attrs.id ?? '',
    name: cNvPr?.attrs.name ?? '',
    descr: cNvPr?.attrs.descr ?? '',
    decorative: isDecorative(cNvPr),
    text: textOf(child(element, 'p:txBody')),
  };
  if (ph) {
    info.placeholder = ph.attrs.type ?? 'obj';
    if (ph.attrs.idx !== undefined) info.placeholderIdx = ph.attrs.idx;
  }
  const graphicData = path(element, 'a:graphic', 'a:graphicData');
  if (graphicData) info.graphic = GRAPHIC_KINDS[graphicData.attrs.uri ?? ''] ?? graphicData.attrs.uri ?? 'graphic';
  const box = shapeBox(element);
  if (box) info.box = box;
  return info;
}

/** True when `p:cNvPr` carries the decorative extension with a true value. */
export function isDecorative(cNvPr: XmlElement | undefined): boolean {
  const ext = child(cNvPr, 'a:extLst')?.children.find((e) => e.attrs.uri === DECORATIVE_EXT_URI);
  const flag = descendants(ext, 'adec:decorative')[0];
  return flag !== undefined && (flag.attrs.val === '1' || flag.attrs.val === 'true');
}

/** The shape's own box (`p:spPr/a:xfrm` or a graphic frame's `p:xfrm`), when it states one. */
export function shapeBox(element: XmlElement): Box | undefined {
  const xfrm = path(element, 'p:spPr', 'a:xfrm') ?? child(element, 'p:xfrm') ?? path(element, 'p:grpSpPr', 'a:xfrm');
  const off = child(xfrm, 'a:off');
  const ext = child(xfrm, 'a:ext');
  if (off === undefined || ext === undefined) return undefined;
  return { x: Number(off.attrs.x ?? 0), y: Number(off.attrs.y ?? 0), cx: Number(ext.attrs.cx ?? 0), cy: Number(ext.attrs.cy ?? 0) };
}

/** A short way to name a shape in a finding: `"Title 1" (id 2)`. */
export function shapeLabel(shape: ShapeInfo): string {
  return `"${shape.name}" (id ${shape.id})`;
}

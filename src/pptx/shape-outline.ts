/**
 * A shape's outline, for telling whether a point of its box is inside the shape (issue #11: a
 * template's corner triangles lie under only part of their bounding box). Read from `a:spPr`:
 * `a:custGeom` paths (ECMA-376 Part 1, §20.1.9.8; straight segments, curves by their points),
 * and the preset geometries templates draw decorations with (`ellipse`, `triangle`,
 * `rtTriangle`, §20.1.10.56); any other geometry, rotation or a path with guide formulas counts
 * as its whole box. Works on either of briefdeck's XML trees: names are compared without prefix.
 */

/** The XML shape both element trees share. */
export interface OutlineNode {
  name: string;
  attrs: Record<string, string>;
  children: OutlineNode[];
}

/** Polygons in shares of the box (0–1, x right, y down), or a preset form. */
export type Outline = { kind: 'box' } | { kind: 'ellipse' } | { kind: 'polygons'; polygons: Array<Array<[number, number]>> };

const BOX: Outline = { kind: 'box' };

/** The presets drawn as polygons, in shares of the box. */
const PRESET_POLYGONS: Record<string, Array<[number, number]>> = {
  triangle: [[0.5, 0], [1, 1], [0, 1]],
  rtTriangle: [[0, 0], [0, 1], [1, 1]],
};

function local(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

function kid(node: OutlineNode | undefined, name: string): OutlineNode | undefined {
  return node?.children.find((c) => local(c.name) === name);
}

/** The outline `a:spPr` (or `p:spPr`) describes. */
export function readOutline(spPr: OutlineNode | undefined): Outline {
  const xfrm = kid(spPr, 'xfrm');
  if (xfrm !== undefined && Number(xfrm.attrs.rot ?? 0) % 21600000 !== 0) return BOX;
  const flip = { h: xfrm?.attrs.flipH === '1' || xfrm?.attrs.flipH === 'true', v: xfrm?.attrs.flipV === '1' || xfrm?.attrs.flipV === 'true' };
  const preset = kid(spPr, 'prstGeom')?.attrs.prst;
  if (preset === 'ellipse') return { kind: 'ellipse' };
  const polygons = preset !== undefined ? (PRESET_POLYGONS[preset] ? [PRESET_POLYGONS[preset]!] : undefined) : customPolygons(kid(spPr, 'custGeom'));
  if (polygons === undefined) return BOX;
  return { kind: 'polygons', polygons: polygons.map((p) => p.map(([x, y]): [number, number] => [flip.h ? 1 - x : x, flip.v ? 1 - y : y])) };
}

/** `a:custGeom/a:pathLst` as polygons, or undefined when it cannot be read as plain numbers. */
function customPolygons(geometry: OutlineNode | undefined): Array<Array<[number, number]>> | undefined {
  const paths = kid(geometry, 'pathLst')?.children.filter((c) => local(c.name) === 'path') ?? [];
  if (paths.length === 0) return undefined;
  const polygons: Array<Array<[number, number]>> = [];
  for (const path of paths) {
    const w = Number(path.attrs.w);
    const h = Number(path.attrs.h);
    if (!(w > 0) || !(h > 0) || path.attrs.fill === 'none') continue;
    let current: Array<[number, number]> = [];
    for (const step of path.children) {
      const kind = local(step.name);
      if (kind === 'arcTo') return undefined;
      if (kind === 'moveTo' && current.length > 0) {
        polygons.push(current);
        current = [];
      }
      for (const pt of step.children.filter((c) => local(c.name) === 'pt')) {
        const x = Number(pt.attrs.x);
        const y = Number(pt.attrs.y);
        if (!Number.isFinite(x) || !Number.isFinite(y)) return undefined;
        current.push([x / w, y / h]);
      }
    }
    if (current.length > 0) polygons.push(current);
  }
  return polygons.length > 0 ? polygons : undefined;
}

/** Whether the point (same units as the box) lies inside the outline drawn in `box`. */
export function outlineHolds(outline: Outline, box: { x: number; y: number; w: number; h: number }, x: number, y: number): boolean {
  if (box.w <= 0 || box.h <= 0 || x < box.x || x > box.x + box.w || y < box.y || y > box.y + box.h) return false;
  const u = (x - box.x) / box.w;
  const v = (y - box.y) / box.h;
  if (outline.kind === 'box') return true;
  if (outline.kind === 'ellipse') return (u - 0.5) ** 2 + (v - 0.5) ** 2 <= 0.25;
  // Even-odd rule over all polygons (ECMA-376 leaves the fill rule to the renderer; both agree for simple shapes).
  let inside = false;
  for (const polygon of outline.polygons) {
    for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i, i += 1) {
      const [xi, yi] = polygon[i]!;
      const [xj, yj] = polygon[j]!;
      if (yi > v !== yj > v && u < ((xj - xi) * (v - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

import { describe, expect, it } from 'vitest';
import { outlineHolds, readOutline, type OutlineNode } from '../../src/pptx/shape-outline.js';

function el(name: string, attrs: Record<string, string> = {}, ...children: OutlineNode[]): OutlineNode {
  return { name, attrs, children };
}

const pt = (x: number, y: number) => el('a:pt', { x: String(x), y: String(y) });
const box = { x: 0, y: 4.72, w: 2.17, h: 1.48 };

/** Focus's corner triangle (LibreOffice, slideMaster4.xml): right angle at the bottom left. */
const triangle = el('p:spPr', {},
  el('a:xfrm', {}),
  el('a:custGeom', {}, el('a:pathLst', {}, el('a:path', { w: '5500', h: '3750' },
    el('a:moveTo', {}, pt(0, 0)), el('a:lnTo', {}, pt(0, 3750)), el('a:lnTo', {}, pt(5500, 3750)), el('a:lnTo', {}, pt(0, 0)), el('a:close')))));

describe('shape outlines', () => {
  it('holds the points inside a custom triangle, not the rest of its box', () => {
    const outline = readOutline(triangle);
    expect(outlineHolds(outline, box, 0.2, 6.1)).toBe(true);
    expect(outlineHolds(outline, box, 2.0, 4.8)).toBe(false);
    expect(outlineHolds(outline, box, 3, 6)).toBe(false);
  });

  it('mirrors a flipped shape, and reads local names of either XML tree', () => {
    const flipped = readOutline(el('spPr', {}, el('xfrm', { flipH: '1' }), ...triangle.children.slice(1).map((c) => ({ ...c, name: 'custGeom' }))));
    expect(outlineHolds(flipped, box, 2.0, 6.1)).toBe(true);
    expect(outlineHolds(flipped, box, 0.2, 5.0)).toBe(false);
    expect(outlineHolds(readOutline(triangle), box, 0.2, 5.0)).toBe(true);
  });

  it('knows ellipses and preset triangles, and takes anything else (rotation, arcs, guides) as its whole box', () => {
    const unit = { x: 0, y: 0, w: 1, h: 1 };
    expect(outlineHolds(readOutline(el('p:spPr', {}, el('a:prstGeom', { prst: 'ellipse' }))), unit, 0.05, 0.05)).toBe(false);
    expect(outlineHolds(readOutline(el('p:spPr', {}, el('a:prstGeom', { prst: 'ellipse' }))), unit, 0.5, 0.9)).toBe(true);
    expect(outlineHolds(readOutline(el('p:spPr', {}, el('a:prstGeom', { prst: 'rtTriangle' }))), unit, 0.9, 0.1)).toBe(false);
    expect(outlineHolds(readOutline(el('p:spPr', {}, el('a:prstGeom', { prst: 'wave' }))), unit, 0.9, 0.1)).toBe(true);
    expect(readOutline(el('p:spPr', {}, el('a:xfrm', { rot: '5400000' }), ...triangle.children.slice(1)))).toEqual({ kind: 'box' });
    const guided = el('p:spPr', {}, el('a:custGeom', {}, el('a:pathLst', {}, el('a:path', { w: '10', h: '10' }, el('a:moveTo', {}, el('a:pt', { x: 'hc', y: 't' }))))));
    expect(readOutline(guided)).toEqual({ kind: 'box' });
  });
});

/**
 * The writer's marked shapes become slide placeholders and decorative shapes (issue #11 §2, DESIGN
 * §8): pptxgenjs cannot write a placeholder, so the writer names shapes with a marker
 * (`shape-markers.ts`) and these functions rewrite a slide shape's non-visual properties.
 */
import type { PlaceholderRef } from '../../deck/laid-out.js';
import { DECORATIVE_EXT } from '../../template/bundled/bundled-template.js';
import { xmlEscape } from '../../template/ooxml-text.js';
import { parseMarker } from './shape-markers.js';

/** A readable shape name for a placeholder, as PowerPoint names them. */
function placeholderName(ref: PlaceholderRef, id: string): string {
  const names: Partial<Record<PlaceholderRef['type'], string>> = { title: 'Title', ctrTitle: 'Title', subTitle: 'Subtitle', dt: 'Date Placeholder', ftr: 'Footer Placeholder', sldNum: 'Slide Number Placeholder', body: 'Text Placeholder', obj: 'Content Placeholder' };
  return `${names[ref.type] ?? 'Placeholder'} ${id}`;
}

/** `p:ph` for a placeholder reference (ECMA-376 Part 1, §19.3.1.36). */
function phElement(ref: PlaceholderRef): string {
  const type = ref.type === 'obj' ? '' : ` type="${ref.type}"`;
  return `<p:ph${type}${ref.idx !== 0 ? ` idx="${ref.idx}"` : ''}/>`;
}

const MARKED_SHAPE = /<p:nvSpPr><p:cNvPr id="(\d+)" name="(briefdeck:[^"]*)"(?:\/>|><\/p:cNvPr>)(<p:cNvSpPr\b[^>]*?(?:\/>|>[\s\S]*?<\/p:cNvSpPr>))<p:nvPr(?:\/>|>\s*<\/p:nvPr>)<\/p:nvSpPr>/g;

/** Turns the writer's marked shapes in `xml` (a slide or one of its shapes) into placeholders and decorative shapes. */
export function applyShapeMarkers(xml: string): string {
  return xml.replace(MARKED_SHAPE, (whole, id: string, name: string, cNvSpPr: string) => {
    const marker = parseMarker(name);
    if (!marker) return whole;
    if (marker.kind === 'decorative') return `<p:nvSpPr><p:cNvPr id="${id}" name="Decoration ${id}">${DECORATIVE_EXT}</p:cNvPr>${cNvSpPr}<p:nvPr/></p:nvSpPr>`;
    const label = xmlEscape(placeholderName(marker.ref, id));
    return `<p:nvSpPr><p:cNvPr id="${id}" name="${label}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>${phElement(marker.ref)}</p:nvPr></p:nvSpPr>`;
  });
}

/**
 * Links pptxgenjs' slide-number placeholder to the layout's (`idx`, ECMA-376 Part 1, §19.3.1.36):
 * pptxgenjs numbers it 4294967295; without a layout placeholder to follow it keeps no index.
 */
export function linkSlideNumber(xml: string, idx: number | undefined): string {
  if (!xml.includes('idx="4294967295"')) return xml;
  return xml.replace(/<p:ph type="sldNum" sz="quarter" idx="4294967295"\/>/g, idx !== undefined ? `<p:ph type="sldNum" sz="quarter" idx="${idx}"/>` : '<p:ph type="sldNum" sz="quarter"/>');
}

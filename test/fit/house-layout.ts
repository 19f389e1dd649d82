/** A hand-made house-template layout for fit tests: placeholders resolved as a template reader would. */
import type { Insets } from '../../src/deck/laid-out.js';
import { PackageParts } from '../../src/pptx/package-parts.js';
import { plainLevel, sameLevels } from '../../src/template/bundled/bundled-styles.js';
import type { PlaceholderType, ResolvedLevelStyle, ResolvedPlaceholder, TemplateLayout, TemplateModel } from '../../src/template/types.js';

/** No insets on any side, as LibreOffice's templates write them. */
export const NO_INSETS: Insets = { left: 0, top: 0, right: 0, bottom: 0 };

/** Slide size of LibreOffice's templates, inches (28 × 15.75 cm). */
const SLIDE = { width: 11.02, height: 6.2 };

function placeholder(type: PlaceholderType, idx: number, box: ResolvedPlaceholder['box'], insets: Insets, sizePt: number, anchor: ResolvedPlaceholder['body']['anchor'], align: ResolvedLevelStyle['align'] = 'left'): ResolvedPlaceholder {
  return { type, idx, name: `${type} ${idx}`, box, body: { insets: { ...insets }, anchor, wrap: true, autofit: 'none', vertical: false }, levels: sameLevels(plainLevel({ font: { latin: 'Arial', ea: '', cs: '' }, sizePt, bold: false, italic: false, color: '000000' }, align)) };
}

/**
 * A title-and-content layout with date, footer and number along the bottom, every placeholder with
 * `insets`; the chrome at `chromeSize` in boxes `chromeBox` (inches) anchored at the top.
 */
export function houseLayout(insets: Insets, opts: { chromeSize: number; chromeBox: { w: number; h: number } }): TemplateLayout {
  const y = SLIDE.height - 0.1 - opts.chromeBox.h;
  return {
    part: 'ppt/slideLayouts/slideLayout3.xml',
    name: 'Title, Content',
    master: 'ppt/slideMasters/slideMaster1.xml',
    placeholders: [
      placeholder('title', 0, { x: 0.59, y: 0.3, w: 9.84, h: 1.08 }, insets, 45, 'middle'),
      placeholder('obj', 1, { x: 0.59, y: 1.57, w: 9.84, h: 3.9 }, insets, 24, 'top'),
      placeholder('dt', 2, { x: 0.49, y, ...opts.chromeBox }, insets, opts.chromeSize, 'top', 'left'),
      placeholder('ftr', 3, { x: 3.74, y, ...opts.chromeBox }, insets, opts.chromeSize, 'top', 'center'),
      placeholder('sldNum', 4, { x: 7.87, y, ...opts.chromeBox }, insets, opts.chromeSize, 'top', 'right'),
    ],
    background: 'FFFFFF',
  };
}

/** A template model holding `layouts` on one master. */
export function houseModel(layouts: TemplateLayout[]): TemplateModel {
  return {
    source: 'house.potx',
    slideSize: { ...SLIDE, cx: Math.round(SLIDE.width * 914400), cy: Math.round(SLIDE.height * 914400) },
    masters: [{ part: 'ppt/slideMasters/slideMaster1.xml', name: '', theme: 'ppt/theme/theme1.xml', layouts: layouts.map((l) => l.part) }],
    layouts,
    themes: [],
    parts: new PackageParts(),
  };
}

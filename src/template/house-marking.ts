/**
 * The handling marking on a house template (issue #11 §3): a banner on each slide master the deck
 * uses, in a free strip above or below every placeholder of the layouts briefdeck places slides on,
 * so it never covers a title, body, date, footer or slide number. The theme's `marking.position`
 * says which strip is preferred; a strip lower than the banner takes a smaller banner (the marking
 * shrinks with it, to a floor); a template with no free strip of that height gets the banner over
 * its top edge and a warning naming the layout that leaves no room.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { TextMeasurer } from '../fit/text-measurer.js';
import type { Theme } from '../theme/types.js';
import { markingBannerXml } from './bundled/bundled-template.js';
import { MARKING_FLOOR_PT, MARKING_INSET_IN, markingSize } from './marking-size.js';
import type { LayoutRole, TemplateBox, TemplateLayout, TemplateModel } from './types.js';

/** Least height of the banner, inches. */
export const BANNER_MIN = 0.32;

/** A banner placed on a master. */
interface Placement {
  master: string;
  box: TemplateBox;
  sizePt: number;
}

/** Free strips above and below the placeholders of `layouts`, inches. */
export function freeStrips(layouts: readonly TemplateLayout[], height: number): { top: number; bottom: number } {
  const boxes = layouts.flatMap((l) => l.placeholders.map((p) => p.box));
  const top = Math.min(height, ...boxes.map((b) => b.y));
  const bottom = Math.max(0, ...boxes.map((b) => b.y + b.h));
  return { top: Math.max(0, top), bottom: Math.max(0, height - bottom) };
}

function bannerFor(strip: number, wanted: number, theme: Theme): { h: number; sizePt: number } | undefined {
  if (strip >= wanted) return { h: wanted, sizePt: theme.sizes.marking };
  const sizePt = Math.floor(((strip - 2 * MARKING_INSET_IN) * 72) / 1.25);
  return sizePt >= MARKING_FLOOR_PT ? { h: strip, sizePt: Math.min(sizePt, theme.sizes.marking) } : undefined;
}

/** Where the banners go on one master. */
function placeOnMaster(master: string, layouts: readonly TemplateLayout[], model: TemplateModel, theme: Theme, wanted: number, diagnostics: Diagnostic[]): Placement[] {
  const { width, height } = model.slideSize;
  const strips = freeStrips(layouts, height);
  const want = theme.marking.position;
  const top = bannerFor(strips.top, wanted, theme);
  const bottom = bannerFor(strips.bottom, wanted, theme);
  const at = (side: 'top' | 'bottom', b: { h: number; sizePt: number }): Placement => ({ master, box: { x: 0, y: side === 'top' ? 0 : height - b.h, w: width, h: b.h }, sizePt: b.sizePt });
  const placed: Placement[] = [];
  if (want !== 'bottom' && top) placed.push(at('top', top));
  if (want !== 'top' && bottom) placed.push(at('bottom', bottom));
  if (placed.length === 0 && (top ?? bottom)) placed.push(top ? at('top', top) : at('bottom', bottom!));
  if (placed.length === 0) {
    const crowded = layouts.find((l) => l.placeholders.some((p) => p.box.y < wanted)) ?? layouts[0];
    diagnostics.push({
      severity: 'warning',
      rule: 'template-no-room-for-marking',
      file: model.source,
      message: `the slide layout "${crowded?.name ?? ''}" leaves no free strip above or below its placeholders for the handling marking; the banner is drawn over the top of the slide`,
      hint: 'move the layout\'s placeholders down by about 1 cm in PowerPoint (View → Slide Master), or set `marking.position` in theme.json',
    });
    placed.push(at('top', { h: wanted, sizePt: theme.sizes.marking }));
  }
  return placed;
}

/** The template with the marking banners added to its masters, or as it is when `marking` is empty. */
export function withHouseMarking(model: TemplateModel, layouts: Record<LayoutRole, TemplateLayout>, theme: Theme, measurer: TextMeasurer, marking: { text: string; lang: string }): { model: TemplateModel; diagnostics: Diagnostic[] } {
  if (marking.text.trim() === '') return { model: { ...model, markings: [] }, diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  const wanted = Math.max(BANNER_MIN, (measurer.lineHeight({ face: theme.fonts.body, sizePt: theme.sizes.marking, bold: true }) / 72 + 2 * MARKING_INSET_IN) / 0.95);
  const used = [...new Set(Object.values(layouts))];
  const masters = [...new Set(used.map((l) => l.master))];
  const placements = masters.flatMap((master) => placeOnMaster(master, used.filter((l) => l.master === master), model, theme, wanted, diagnostics));
  const parts = model.parts.clone();
  for (const master of masters) {
    parts.editText(master, (xml) => {
      let id = Math.max(1, ...[...xml.matchAll(/<p:cNvPr\b[^>]*\bid="(\d+)"/g)].map((m) => Number(m[1])));
      const banners = placements
        .filter((p) => p.master === master)
        // The strip decides the size; a long marking is written smaller still, to stay on one line.
        .map((p) => markingBannerXml(++id, p.box, theme, MARKING_INSET_IN, { marking: marking.text, lang: marking.lang }, markingSize(marking.text, p.box.w, p.sizePt, theme.fonts.body, measurer).sizePt));
      const end = xml.indexOf('</p:spTree>');
      return end < 0 ? xml : xml.slice(0, end) + banners.join('') + xml.slice(end);
    });
  }
  return { model: { ...model, parts, markings: placements.map((p) => p.box) }, diagnostics };
}

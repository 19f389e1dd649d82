import type { Box, Shape, TextShape } from '../deck/laid-out.js';
import type { Run, Slide } from '../deck/types.js';
import type { FitContext } from './fit-context.js';
import { WIDTH_SAFETY, boxHeightFor } from './safety-margins.js';
import { TEXT_INSET } from './text-box-style.js';

/** Side margin of every slide, inches. */
export const MARGIN_X = 0.6;

/** Least height of the handling-marking banner, inches; it grows with a larger marking size. */
const BANNER_HEIGHT = 0.32;

/** Inner margin of the banner, inches. */
const BANNER_INSET = 0.04;

/** Least height of the footer line, inches. */
const FOOTER_HEIGHT = 0.32;

/** Gap between the title's accent rule and the content, inches. */
const RULE_TO_CONTENT = 0.2;

/** Thickness of the accent rule under the title, inches. */
const RULE_THICKNESS = 0.03;

/** Titles longer than this many lines shrink (down to the body size) before they wrap further. */
const MAX_TITLE_LINES = 2;

/** Which banners a slide shows, from the theme and the slide's switch. */
export function bannerSides(ctx: FitContext, chrome: Slide['chrome']): { top: boolean; bottom: boolean } {
  if (!chrome.marking || ctx.meta.marking.trim() === '') return { top: false, bottom: false };
  const pos = ctx.theme.marking.position;
  return { top: pos !== 'bottom', bottom: pos !== 'top' };
}

/** Height of a single-line text box of `sizePt` with room for one line plus insets. */
function lineBox(ctx: FitContext, sizePt: number, inset: number, bold = false): number {
  return boxHeightFor(ctx.measurer.lineHeight({ face: ctx.theme.fonts.body, sizePt, bold }) + 2 * inset * 72);
}

/** Height of the marking banner, inches. */
export function bannerHeight(ctx: FitContext): number {
  return Math.max(BANNER_HEIGHT, lineBox(ctx, ctx.theme.sizes.marking, BANNER_INSET, true));
}

function footerHeight(ctx: FitContext): number {
  return Math.max(FOOTER_HEIGHT, lineBox(ctx, ctx.theme.sizes.footer, TEXT_INSET));
}

/** The handling-marking banners: theme fill, white (theme) text, centred. */
export function markingShapes(ctx: FitContext, chrome: Slide['chrome']): Shape[] {
  const { theme, meta } = ctx;
  const sides = bannerSides(ctx, chrome);
  const banner = (y: number): TextShape => ({
    kind: 'text',
    box: { x: 0, y, w: theme.slide.width, h: bannerHeight(ctx) },
    paragraphs: [{ runs: [{ text: meta.marking }], level: 0, bullet: { kind: 'none' }, fontSize: theme.sizes.marking, bold: true, align: 'center', spaceBefore: 0 }],
    fontFace: theme.fonts.body,
    color: theme.marking.text,
    valign: 'middle',
    inset: BANNER_INSET,
    fill: theme.marking.fill,
    lineSpacing: 1,
  });
  const shapes: Shape[] = [];
  if (sides.top) shapes.push(banner(0));
  if (sides.bottom) shapes.push(banner(theme.slide.height - bannerHeight(ctx)));
  return shapes;
}

/** The logo at the top right, below the top banner. */
export function logoShapes(ctx: FitContext, chrome: Slide['chrome']): Shape[] {
  const { theme } = ctx;
  if (!theme.logo) return [];
  const top = (bannerSides(ctx, chrome).top ? bannerHeight(ctx) : 0) + 0.15;
  return [{ kind: 'image', box: { x: theme.slide.width - MARGIN_X - theme.logo.width, y: top, w: theme.logo.width, h: theme.logo.height }, path: theme.logo.path, alt: 'logo' }];
}

/** The title of a content slide with its accent rule, and where the content may start. */
export function titleShapes(ctx: FitContext, chrome: Slide['chrome'], title: string): { shapes: Shape[]; bottom: number } {
  const { theme, measurer } = ctx;
  const top = (bannerSides(ctx, chrome).top ? bannerHeight(ctx) : 0) + 0.2;
  const logoRoom = theme.logo ? theme.logo.width + 0.25 : 0;
  const width = theme.slide.width - 2 * MARGIN_X - logoRoom;
  const face = theme.fonts.heading;
  const inner = ((width - 2 * TEXT_INSET) * 72) / WIDTH_SAFETY;
  const runs: Run[] = [{ text: title }];
  let size = theme.sizes.title;
  let lines = measurer.wrap(runs, inner, { face, monoFace: theme.fonts.mono, sizePt: size, bold: true }).length;
  while (lines > MAX_TITLE_LINES && size > theme.sizes.body) {
    size--;
    lines = measurer.wrap(runs, inner, { face, monoFace: theme.fonts.mono, sizePt: size, bold: true }).length;
  }
  const h = boxHeightFor(lines * measurer.lineHeight({ face, sizePt: size, bold: true }) + 2 * TEXT_INSET * 72);
  const ruleY = top + h + 0.04;
  const shapes: Shape[] = [
    {
      kind: 'text',
      box: { x: MARGIN_X, y: top, w: width, h },
      paragraphs: [{ runs, level: 0, bullet: { kind: 'none' }, fontSize: size, bold: true, color: theme.colors.primary, align: 'left', spaceBefore: 0 }],
      fontFace: face,
      color: theme.colors.primary,
      valign: 'top',
      inset: TEXT_INSET,
      lineSpacing: 1,
    },
    { kind: 'rect', box: { x: MARGIN_X + TEXT_INSET, y: ruleY, w: theme.slide.width - 2 * (MARGIN_X + TEXT_INSET), h: RULE_THICKNESS }, fill: theme.colors.accent },
  ];
  return { shapes, bottom: ruleY + RULE_THICKNESS + RULE_TO_CONTENT };
}

/** The footer line (footer text and date, muted) and the slide number at the bottom right. */
export function footerShapes(ctx: FitContext, chrome: Slide['chrome']): Shape[] {
  const { theme, meta } = ctx;
  const y = footerTop(ctx, chrome);
  const numberW = 1.0;
  const shapes: Shape[] = [];
  if (chrome.footer) {
    const label = [meta.footer.trim() || theme.footer.text.trim(), meta.dateLabel.trim()].filter((s) => s !== '').join('   |   ');
    if (label !== '') {
      shapes.push({
        kind: 'text',
        box: { x: MARGIN_X, y, w: theme.slide.width - 2 * MARGIN_X - numberW, h: footerHeight(ctx) },
        paragraphs: [{ runs: [{ text: label }], level: 0, bullet: { kind: 'none' }, fontSize: theme.sizes.footer, align: 'left', spaceBefore: 0 }],
        fontFace: theme.fonts.body,
        color: theme.colors.muted,
        valign: 'middle',
        inset: TEXT_INSET,
        lineSpacing: 1,
      });
    }
  }
  if (chrome.number) {
    shapes.push({
      kind: 'slide-number',
      box: { x: theme.slide.width - MARGIN_X - numberW, y, w: numberW, h: footerHeight(ctx) },
      fontFace: theme.fonts.body,
      fontSize: theme.sizes.footer,
      color: theme.colors.muted,
    });
  }
  return shapes;
}

/** Top of the footer line, inches. */
function footerTop(ctx: FitContext, chrome: Slide['chrome']): number {
  const bottomBanner = bannerSides(ctx, chrome).bottom ? bannerHeight(ctx) : 0;
  return ctx.theme.slide.height - bottomBanner - 0.08 - footerHeight(ctx);
}

/** The area content may use: between `top` and the footer (or the bottom banner), inside the side margins. */
export function contentArea(ctx: FitContext, chrome: Slide['chrome'], top: number): Box {
  const hasFooterLine = chrome.footer || chrome.number;
  const bottomBanner = bannerSides(ctx, chrome).bottom ? bannerHeight(ctx) : 0;
  const bottom = hasFooterLine ? footerTop(ctx, chrome) - 0.1 : ctx.theme.slide.height - bottomBanner - 0.3;
  return { x: MARGIN_X, y: top, w: ctx.theme.slide.width - 2 * MARGIN_X, h: Math.max(0.5, bottom - top) };
}

/** Top of the area below the top banner for layouts that draw their own title (cover, section). */
export function untitledTop(ctx: FitContext, chrome: Slide['chrome']): number {
  return (bannerSides(ctx, chrome).top ? bannerHeight(ctx) : 0) + 0.3;
}

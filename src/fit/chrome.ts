/**
 * The parts of a slide that come from its layout rather than its content: the title in the
 * layout's title placeholder, the date, footer and slide number in the layout's placeholders, and
 * the logo (issue #11 §2). Boxes come from the slide frames (the resolved layout placeholders).
 */
import type { Box, Shape, TextShape } from '../deck/laid-out.js';
import type { Run, Slide } from '../deck/types.js';
import type { FitContext } from './fit-context.js';
import { WIDTH_SAFETY, boxHeightFor } from './safety-margins.js';
import type { PlaceholderFrame, RoleFrame, SlideFrames } from './slide-frames.js';
import type { Theme } from '../theme/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { LAYOUT_ROLES } from '../template/map-layouts.js';
import { roleOfLayout } from '../template/roles.js';
import { templateDiagnostic } from '../template/template-diagnostics.js';
import type { TextMeasurer } from './text-measurer.js';

/** Gap kept between a title that had to grow past its placeholder and the content below it, inches. */
export const GROWN_TITLE_GAP = 0.15;

/** A title laid into its placeholder, and how far (inches) it had to grow below the placeholder. */
export interface LaidTitle {
  shape: TextShape;
  grow: number;
  /**
   * Where the title's text sits in the shape's box as its anchor places it, inches: the whole box
   * when the title grew. What a title slide's text may move (src/fit/title-slide-room.ts).
   */
  text: Box;
}

/** `text` in capitals as `language` writes them (Turkish i → İ); a tag Intl rejects falls back to the root locale. */
function capitals(text: string, language: string): string {
  try {
    return text.toLocaleUpperCase(language);
  } catch {
    return text.toUpperCase();
  }
}

/** Width in points between a placeholder's left and right insets (its own, not briefdeck's; issue #11). */
function innerWidthPt(frame: PlaceholderFrame): number {
  return (frame.box.w - frame.insets.left - frame.insets.right) * 72;
}

/** Height in inches that `lines` lines at `size` need in a placeholder, its top and bottom insets included. */
function placeholderTextHeight(measurer: TextMeasurer, frame: PlaceholderFrame, size: number, lines: number): number {
  return boxHeightFor(lines * measurer.lineHeight({ face: frame.face, sizePt: size, bold: frame.bold }) + (frame.insets.top + frame.insets.bottom) * 72);
}

/**
 * Lines of a title's `runs` at `size` in its placeholder, measured in capitals when the
 * placeholder shows them so (small capitals are narrower than capitals, so they fit too).
 */
function titleLines(ctx: FitContext, runs: Run[], frame: PlaceholderFrame, size: number): number {
  const shown = frame.caps ? runs.map((r) => ({ ...r, text: capitals(r.text, ctx.meta.language) })) : runs;
  return ctx.measurer.wrap(shown, innerWidthPt(frame) / WIDTH_SAFETY, { face: frame.face, monoFace: ctx.theme.fonts.mono, sizePt: size, bold: frame.bold }).length;
}

/**
 * Lays `text` into a title placeholder, measured inside the placeholder's own insets: at the
 * placeholder's size when it fits, else one point smaller at a time down to `floorPt`; a title that
 * still does not fit grows the box downwards on this slide (the caller moves the content down by
 * `grow`), so no title is ever cut off.
 */
export function layTitle(ctx: FitContext, frame: PlaceholderFrame, text: string, floorPt: number): LaidTitle {
  const runs: Run[] = [{ text }];
  const floor = Math.min(floorPt, frame.sizePt);
  let size = frame.sizePt;
  let lines = titleLines(ctx, runs, frame, size);
  while (placeholderTextHeight(ctx.measurer, frame, size, lines) > frame.box.h + 1e-9 && size > floor) {
    size--;
    lines = titleLines(ctx, runs, frame, size);
  }
  const needed = placeholderTextHeight(ctx.measurer, frame, size, lines);
  const grow = Math.max(0, needed - frame.box.h);
  const box: Box = { ...frame.box, h: frame.box.h + grow };
  const align = frame.align === 'justify' ? 'left' : frame.align;
  const shape: TextShape = {
    kind: 'text',
    box,
    placeholder: { type: frame.type, idx: frame.idx },
    paragraphs: [{ runs, level: 0, bullet: { kind: 'none' }, fontSize: size, bold: frame.bold, color: frame.color, align, spaceBefore: 0 }],
    fontFace: frame.face,
    color: frame.color,
    valign: frame.anchor,
    insets: { ...frame.insets },
    lineSpacing: 1,
  };
  const slack = box.h - needed;
  const top = frame.anchor === 'top' ? 0 : frame.anchor === 'middle' ? slack / 2 : slack;
  return { shape, grow: grow > 0 ? grow + GROWN_TITLE_GAP : 0, text: { ...box, y: box.y + Math.max(0, top), h: Math.min(needed, box.h) } };
}

/**
 * The title of a slide's first page and of its continuations ("… (cont.)"), each laid into the
 * title placeholder (continuation titles must differ: screen readers and the navigation pane list
 * slides by title; issue #12). Index 1 serves every continuation.
 */
export function layTitles(ctx: FitContext, frame: PlaceholderFrame | undefined, title: string, content: Box): LaidTitle[] {
  if (!frame) return [];
  // Laid with the widest numbering a run of continuations can get, so the real one always fits.
  const widest = continuedTitle(title, ctx.meta.continuedLabel, 88, 88);
  const laid = [layTitle(ctx, frame, title, ctx.theme.sizes.bodyMin), layTitle(ctx, frame, widest, ctx.theme.sizes.bodyMin)];
  // A title may take some room from the content under it, not most of it: one that needs more is
  // too long for a slide title (issue #13), an error located at the data it came from.
  const most = content.h / 2;
  if (laid.some((t) => t.grow > most)) {
    ctx.diagnostics.push({
      severity: 'error',
      rule: 'title-cannot-fit',
      message: `the slide title "${title.length > 60 ? `${title.slice(0, 57)}…` : title}" is too long for the slide's title placeholder even at ${ctx.theme.sizes.bodyMin} pt`,
      found: title,
      hint: 'shorten the title; put the rest in the slide\'s text',
    });
  }
  return laid.map((t) => ({ ...t, grow: Math.min(t.grow, most) }));
}

/**
 * The title of page `page` (0-based) of `pages`: the slide's own title first, then the continued
 * label; from three pages on, each continuation is numbered ("Positions (cont. 2/3)"), because
 * titles must be unique (PowerPoint's Accessibility Checker, issue #12).
 */
export function continuedTitle(title: string, label: string, page: number, pages: number): string {
  if (page === 0) return title;
  if (pages <= 2) return `${title} ${label}`.trim();
  const count = `${page + 1}/${pages}`;
  return `${title} ${label.endsWith(')') ? `${label.slice(0, -1)} ${count})` : `${label} ${count}`}`.trim();
}

/** The title shape of page `page` of `pages`, its text numbered as {@link continuedTitle} says. */
export function titleShapeFor(laid: readonly LaidTitle[], title: string, label: string, page: number, pages: number): TextShape | undefined {
  const head = laid[Math.min(page, 1)];
  if (!head) return undefined;
  const text = continuedTitle(title, label, page, pages);
  const paragraph = head.shape.paragraphs[0];
  return paragraph ? { ...head.shape, paragraphs: [{ ...paragraph, runs: [{ text }] }] } : head.shape;
}

/** Smallest size chrome text (date, footer, number) shrinks to when even the template's size does not fit its placeholder, points. */
const CHROME_FLOOR_PT = 6;

/**
 * The size at which `text` fits its chrome placeholder on one line, measured inside the
 * placeholder's own insets: the template's size (issue #11: a date or number never comes out
 * smaller than the template made it because briefdeck's insets were wider), else a point smaller
 * at a time while the measured line is wider or taller than the box.
 */
export function chromeSize(measurer: TextMeasurer, frame: PlaceholderFrame, text: string): number {
  const fits = (pt: number): boolean =>
    measurer.width(text, { face: frame.face, sizePt: pt, bold: frame.bold }) * WIDTH_SAFETY <= innerWidthPt(frame) &&
    placeholderTextHeight(measurer, frame, pt, 1) <= frame.box.h + 1e-9;
  let size = frame.sizePt;
  while (size > CHROME_FLOOR_PT && !fits(size)) size = Math.max(CHROME_FLOOR_PT, size - 1);
  return size;
}

/** Paragraph alignment a chrome placeholder's text takes: the template's, with justified (one line) as left. */
function chromeAlign(frame: PlaceholderFrame): 'left' | 'center' | 'right' {
  return frame.align === 'justify' ? 'left' : frame.align;
}

/** A one-line chrome text (date, footer) in its placeholder, with the placeholder's insets, shrunk only if it must. */
function chromeText(ctx: FitContext, frame: PlaceholderFrame, text: string): TextShape {
  return {
    kind: 'text',
    box: { ...frame.box },
    placeholder: { type: frame.type, idx: frame.idx },
    paragraphs: [{ runs: [{ text }], level: 0, bullet: { kind: 'none' }, fontSize: chromeSize(ctx.measurer, frame, text), align: chromeAlign(frame), spaceBefore: 0 }],
    fontFace: frame.face,
    color: frame.color,
    valign: frame.anchor,
    insets: { ...frame.insets },
    lineSpacing: 1,
  };
}

/**
 * Date, footer and slide number in the layout's placeholders, as the slide's front matter allows.
 * They come last in the shape tree, so screen readers read them after the content.
 */
export function chromeShapes(ctx: FitContext, frame: RoleFrame, chrome: Slide['chrome']): Shape[] {
  const { meta, theme } = ctx;
  const shapes: Shape[] = [];
  if (chrome.footer) {
    const date = meta.dateLabel.trim();
    const footer = meta.footer.trim() || theme.footer.text.trim();
    if (date !== '' && frame.date) shapes.push(chromeText(ctx, frame.date, date));
    if (footer !== '' && frame.footer) shapes.push(chromeText(ctx, frame.footer, footer));
  }
  if (chrome.number && frame.number) {
    const n = frame.number;
    shapes.push({
      kind: 'slide-number',
      box: { ...n.box },
      placeholder: { type: 'sldNum', idx: n.idx },
      fontFace: n.face,
      fontSize: chromeSize(ctx.measurer, n, '888'),
      color: n.color,
      insets: { ...n.insets },
      valign: n.anchor,
      align: chromeAlign(n),
    });
  }
  return shapes;
}

/**
 * `template-no-chrome` warnings for the slide layouts that cannot show what the deck asks of them:
 * slide numbers on slides that want them, or the footer text, where the layout (house templates
 * only: the bundled ones always have both) has no slide-number or footer placeholder. Such slides
 * were silently left without numbers or footer (a newcomer on Candy and Portfolio). One warning per
 * layout role, in role order, located at the template file.
 */
export function missingChromeWarnings(slides: readonly Slide[], frames: SlideFrames, ctx: { meta: FitContext['meta']; theme: Theme }, source: string): Diagnostic[] {
  const footerText = ctx.meta.footer.trim() || ctx.theme.footer.text.trim();
  const warnings: Diagnostic[] = [];
  for (const role of LAYOUT_ROLES) {
    const onRole = slides.filter((slide) => roleOfLayout(slide.layout.kind) === role);
    const frame = frames[role];
    if (onRole.length === 0 || frame === undefined) continue;
    const noNumber = !frame.number && onRole.some((slide) => slide.chrome.number);
    const noFooter = !frame.footer && footerText !== '' && onRole.some((slide) => slide.chrome.footer);
    if (!noNumber && !noFooter) continue;
    const footer = `the footer "${footerText}"`;
    const what = noNumber && noFooter ? `show neither slide numbers nor ${footer}` : noNumber ? 'show no slide numbers' : `do not show ${footer}`;
    const lacks = [...(noNumber ? ['slide-number'] : []), ...(noFooter ? ['footer'] : [])].join(' or ');
    warnings.push(templateDiagnostic('warning', 'template-no-chrome', source, `${role} slides ${what}: their slide layout has no ${lacks} placeholder`, {
      hint: `add the placeholder to the layout (View → Slide Master), or name a layout that has it in theme.json's "layouts" (e.g. "layouts": { "${role}": "…" })`,
    }));
  }
  return warnings;
}

/** Space between a title and the logo beside it, inches. */
const LOGO_GAP = 0.25;

/** Left edge of the logo at the top right of the slide, inches (0.6 in from the right edge). */
function logoLeft(theme: Theme): number {
  return theme.slide.width - 0.6 - (theme.logo?.width ?? 0);
}

/**
 * The frames with every title narrowed to end {@link LOGO_GAP} left of the theme's logo where it
 * would run under it: the logo sits level with the title at the top right, and a cover or section
 * title (or a house template's) spanning the slide had its words drawn under the logo (a
 * newcomer's logo theme). Frames are returned as they are without a logo.
 */
export function framesWithLogoRoom(frames: SlideFrames, theme: Theme): SlideFrames {
  if (!theme.logo) return frames;
  const limit = logoLeft(theme) - LOGO_GAP;
  const out = { ...frames };
  for (const role of Object.keys(frames) as Array<keyof SlideFrames>) {
    const title = frames[role].title;
    if (!title || title.box.x + title.box.w <= limit || limit - title.box.x < 1) continue;
    out[role] = { ...frames[role], title: { ...title, box: { ...title.box, w: limit - title.box.x } } };
  }
  return out;
}

/** The logo at the top right of the slide, level with the title. */
export function logoShapes(ctx: FitContext, frame: RoleFrame): Shape[] {
  const { theme } = ctx;
  if (!theme.logo) return [];
  const right = frame.title ? frame.title.box.x + frame.title.box.w : ctx.theme.slide.width - 0.6;
  const x = Math.min(logoLeft(theme), Math.max(right + LOGO_GAP, 0));
  const y = frame.title ? Math.max(0.1, frame.title.box.y - 0.05) : 0.15;
  return [{ kind: 'image', box: { x, y, w: theme.logo.width, h: theme.logo.height }, path: theme.logo.path, alt: 'logo' }];
}

/** The content area of a page below a title that grew by `grow` inches. */
export function contentBelow(frame: RoleFrame, grow: number): Box {
  const content = frame.content;
  return { ...content, y: content.y + grow, h: Math.max(0.5, content.h - grow) };
}

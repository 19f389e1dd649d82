/**
 * The text of a title-like slide — the cover under its `ctrTitle`, a section header's text — fitted
 * so that the slide stays one slide on any template (issue #11, a reviewer's note: on pandoc's
 * PowerPoint-made reference document the reference brief's cover continued on a "(cont.)" cover).
 */
import type { Box, Shape, TextShape } from '../../deck/laid-out.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { titleShapeFor, type LaidTitle } from '../chrome.js';
import { maxShrinkStep, sizesAt, type FitContext, type StepSizes } from '../fit-context.js';
import { flowPageHeight, paginateFlow, renderFlowPage, type FlowItem, type FlowPage, type FlowStyle } from '../flow.js';
import { shrinkThenSplit } from '../shrink-then-split.js';
import type { PlaceholderFrame } from '../slide-frames.js';
import { locateOnSlide } from '../slide-location.js';
import { grownRoom, largestRoom, widenedText, type TitleSlideGeometry } from '../title-slide-room.js';
import type { LayoutInput } from './layout-fitter.js';

/** The slide's flow items at one shrink step, for text `widthIn` inches wide. */
export type TitleSlideItems = (sizes: StepSizes, widthIn: number) => FlowItem[];

/** How a title-like slide's text was placed. */
interface Placed {
  /** One page; more only when the text could not be held at all (an error has been reported). */
  pages: FlowPage[];
  area(page: number): Box;
  /** Where the title moved to make room (its text's box); first page only, absent when it stays. */
  title?: Box;
}

/** The first page of `build`'s items that fits `box` alone, at the largest size that does (shrinking first). */
function fitFixed(ctx: FitContext, build: TitleSlideItems, box: Box): FlowPage | undefined {
  for (let step = 0; step <= maxShrinkStep(ctx.theme); step++) {
    const pages = paginateFlow(build(sizesAt(ctx.theme, step), box.w), () => box.h);
    if (pages.length <= 1) return pages[0];
  }
  return undefined;
}

/** The paragraph with the most lines, by whose text the build finds the data field to shorten (src/data/locate-text.ts). */
function longestText(items: readonly FlowItem[]): string | undefined {
  const paras = items.flatMap((i) => (i.kind === 'para' ? [i.measured] : []));
  const longest = paras.reduce<(typeof paras)[number] | undefined>((best, m) => (!best || m.lines.length > best.lines.length ? m : best), undefined);
  return longest?.para.runs.map((r) => r.text).join('');
}

function cannotFit(what: string, needed: number, most: number, floorPt: number, found: string | undefined): Diagnostic {
  return {
    severity: 'error',
    rule: 'title-slide-cannot-fit',
    message: `the ${what}'s text needs ${needed.toFixed(2)} in of height even at ${floorPt} pt; its slide layout has at most ${most.toFixed(2)} in free around its title, so it cannot stay on one slide`,
    ...(found !== undefined ? { found } : {}),
    hint: `shorten the ${what}'s text (the longest part is shown), or use a template whose ${what} layout has a larger text placeholder`,
  };
}

/**
 * Places the text: (1) in the layout's box (its placeholder grown down to the footer), at the
 * largest size that fits, shrinking one point at a time to the floor; (2) else the same in that box
 * widened to the title's width; (3) else at the floor size, in a box grown only as far as the text
 * needs into the layout's free area — away from the title, then moving the title away (see
 * `grownRoom`). (4) If even that cannot hold it, the text continues as any slide's would and a
 * `title-slide-cannot-fit` error names the longest text: a cover that runs on to a second cover is
 * not a cover, and the user can shorten the field or choose a template with more room.
 */
function placeText(ctx: FitContext, input: LayoutInput, titles: readonly LaidTitle[], build: TitleSlideItems, what: string): Placed {
  const { frame } = input;
  // A title that had to grow pushes down what sits under it.
  const below = (p: number): Box => {
    const box = input.area(p);
    const grow = titles[Math.min(p, 1)]?.grow ?? 0;
    return frame.title && grow > 0 && box.y >= frame.title.box.y ? { ...box, y: box.y + grow, h: Math.max(0.5, box.h - grow) } : box;
  };
  const text = below(0);
  const one = (page: FlowPage, box: Box, title?: Box): Placed => ({ pages: [page], area: () => box, ...(title ? { title } : {}) });
  const asLaid = fitFixed(ctx, build, text);
  if (asLaid) return one(asLaid, text);
  const geometry: TitleSlideGeometry = { slide: ctx.theme.slide, ...(titles[0] ? { title: titles[0].text } : {}), text, obstacles: frame.obstacles };
  const wide = widenedText(geometry);
  const widened = wide && fitFixed(ctx, build, wide);
  if (wide && widened) return one(widened, wide);
  const floor = sizesAt(ctx.theme, maxShrinkStep(ctx.theme));
  const span = wide ?? text;
  const items = build(floor, span.w);
  const whole = paginateFlow(items, () => Number.POSITIVE_INFINITY)[0];
  const needed = whole ? flowPageHeight(whole) : 0;
  const room = grownRoom(geometry, span, needed);
  const page = room && paginateFlow(items, () => room.text.h);
  const moved = room && room.titleShift !== 0 && titles[0] ? { ...titles[0].text, y: titles[0].text.y + room.titleShift } : undefined;
  if (room && page?.length === 1) return one(page[0]!, room.text, moved);
  ctx.diagnostics.push(locateOnSlide(cannotFit(what, needed, largestRoom(geometry, span), floor.body, longestText(items)), input.slide));
  const pages = shrinkThenSplit(ctx.theme, (sizes) => paginateFlow(build(sizes, text.w), (p) => below(p).h));
  return { pages, area: below };
}

/**
 * The shapes of a title-like slide's pages: its title (moved when the text needed the room) and its
 * text in the layout's first body placeholder (the subtitle on a cover), however far it grew.
 */
export function fitTitleSlide(input: LayoutInput, titles: readonly LaidTitle[], title: string, build: TitleSlideItems, style: FlowStyle, what: string): Shape[][] {
  const { ctx, frame, slide } = input;
  const placed = placeText(ctx, input, titles, build, what);
  const main = frame.bodies[0];
  return placed.pages.map((page, p) => {
    const head = titleShapeFor(titles, title, ctx.meta.continuedLabel, p, placed.pages.length);
    // A moved title's box is its text's: the text shows where it moved to, whatever the anchor.
    const heads: Shape[] = head ? [p === 0 && placed.title ? { ...head, box: placed.title } : head] : [];
    const body = renderFlowPage(ctx, page, placed.area(p), style, slide).map((shape, i) => (i === 0 && main && shape.kind === 'text' ? inPlaceholder(shape, main) : shape));
    return [...heads, ...body];
  });
}

/** The text box in the layout's body placeholder, even where it grew past the placeholder's box. */
function inPlaceholder(shape: TextShape, main: PlaceholderFrame): TextShape {
  return shape.placeholder ? shape : { ...shape, placeholder: { type: main.type, idx: main.idx } };
}

/**
 * Where the text of a title-like slide — the cover on the title slide layout, a section header —
 * may grow so that the slide stays one slide on any template (issue #11, a reviewer's note: pandoc's
 * PowerPoint-made reference document has a 7 × 1.44 in subtitle box, and the reference brief's
 * cover continued on a "(cont.)" cover). Pure geometry in inches; the fit stage measures the text
 * and asks for the room it needs. Text grows only into the layout's free area: never over another
 * placeholder of the layout (date, footer, slide number included), a marking banner, or within
 * `EDGE_MARGIN` of the slide's top and bottom edges.
 */
import type { Box } from '../deck/laid-out.js';
import { GROWN_TITLE_GAP } from './chrome.js';

/** Gap kept between grown text (or a moved title) and what it must not cover, inches (as the cover has kept from its footer). */
const CLEARANCE = 0.1;

/** Margin kept from the slide's top and bottom edges, inches (as the cover has kept from the bottom edge). */
const EDGE_MARGIN = 0.3;

/** Least gap between a title and the text that grew up (or down) to it, inches: as between a grown title and the content under it. */
const TITLE_GAP = GROWN_TITLE_GAP;

const EPS = 1e-6;

/** A title-like slide's layout as the room is computed from. */
export interface TitleSlideGeometry {
  slide: { width: number; height: number };
  /** The title as laid (grown downwards when long); absent when the layout has no title placeholder. */
  title?: Box;
  /** The text's box as the layout gives it: its placeholder, grown down to the footer (`RoleFrame.content`). */
  text: Box;
  /** What neither the text nor the title may cover (`RoleFrame.obstacles`). */
  obstacles: readonly Box[];
}

/** Where the text goes, and how far the title moves to make room for it (inches, + is down). */
export interface TitleSlideRoom {
  text: Box;
  titleShift: number;
}

function overlapsX(a: Box, b: { x: number; w: number }): boolean {
  return a.x < b.x + b.w - EPS && a.x + a.w > b.x + EPS;
}

function overlapsY(a: Box, b: { y: number; h: number }): boolean {
  return a.y < b.y + b.h - EPS && a.y + a.h > b.y + EPS;
}

function intersects(a: Box, b: Box): boolean {
  return overlapsX(a, b) && overlapsY(a, b);
}

/** Horizontal extent covering both spans. */
function spanOf(a: { x: number; w: number }, b?: { x: number; w: number }): { x: number; w: number } {
  if (!b) return { x: a.x, w: a.w };
  const x = Math.min(a.x, b.x);
  return { x, w: Math.max(a.x + a.w, b.x + b.w) - x };
}

/** The highest top that something in `span` may have when it must stay below whatever ends above `y`. */
function topLimit(g: TitleSlideGeometry, span: { x: number; w: number }, y: number): number {
  const above = g.obstacles.filter((o) => overlapsX(o, span) && o.y + o.h <= y + EPS);
  return Math.max(EDGE_MARGIN, ...above.map((o) => o.y + o.h + CLEARANCE));
}

/** The lowest bottom that something in `span` may have when it must stay above whatever starts below `y`. */
function bottomLimit(g: TitleSlideGeometry, span: { x: number; w: number }, y: number): number {
  const below = g.obstacles.filter((o) => overlapsX(o, span) && o.y >= y - EPS);
  return Math.min(g.slide.height - EDGE_MARGIN, ...below.map((o) => o.y - CLEARANCE));
}

/**
 * Whether `box`, grown or moved from `was`, stays on the slide and clear of every obstacle it did
 * not already touch (a template may overlap its own placeholders; that was its designer's choice).
 */
function isFree(g: TitleSlideGeometry, box: Box, was: Box): boolean {
  const onSlide = box.x >= -EPS && box.y >= -EPS && box.x + box.w <= g.slide.width + EPS && box.y + box.h <= g.slide.height + EPS;
  return onSlide && !g.obstacles.some((o) => intersects(o, box) && !intersects(o, was));
}

/** How much of the gap between a title and its text the text may take: all but `TITLE_GAP`. */
function closable(gap: number): number {
  return Math.max(0, gap - TITLE_GAP);
}

/** Whether the title sits over (or under) the text, sharing some of its width: it then has to move for the text to grow past it. */
function stacked(title: Box | undefined, text: Box): 'above' | 'below' | undefined {
  if (!title || !overlapsX(title, text) || overlapsY(title, text)) return undefined;
  return title.y + title.h / 2 < text.y + text.h / 2 ? 'above' : 'below';
}

/**
 * The text's box widened to the title's width (a title slide's subtitle is often narrower than its
 * title: pandoc's is 7 in under an 8.5 in title), stopping short of any obstacle beside it.
 * Undefined when that is no wider.
 */
export function widenedText(g: TitleSlideGeometry): Box | undefined {
  const { text, title } = g;
  if (!title) return undefined;
  const beside = g.obstacles.filter((o) => overlapsY(o, text) && !overlapsX(o, text));
  const left = Math.max(0, Math.min(text.x, title.x), ...beside.filter((o) => o.x + o.w <= text.x + EPS).map((o) => o.x + o.w + CLEARANCE));
  const right = Math.min(g.slide.width, Math.max(text.x + text.w, title.x + title.w), ...beside.filter((o) => o.x >= text.x + text.w - EPS).map((o) => o.x - CLEARANCE));
  if (left >= text.x - EPS && right <= text.x + text.w + EPS) return undefined;
  const widened = { ...text, x: Math.min(left, text.x), w: Math.max(right, text.x + text.w) - Math.min(left, text.x) };
  return isFree(g, widened, text) ? widened : undefined;
}

/**
 * The least growth of `text` (the layout's box, or the widened one) that holds `needed` inches of
 * height, growing only into free area: first away from the title (down to the footer; up, when
 * the title sits under the text), then by moving the title away into the free area beyond it (up
 * towards the top of the slide, or down). Undefined when even all the free area is too low.
 */
export function grownRoom(g: TitleSlideGeometry, text: Box, needed: number): TitleSlideRoom | undefined {
  const title = g.title;
  const top = text.y;
  const bottom = text.y + text.h;
  if (needed <= text.h + EPS) return { text, titleShift: 0 };
  let room: TitleSlideRoom | undefined;
  switch (stacked(title, text)) {
    case 'above': {
      // The text already reaches down to the footer: the title moves up and the text's top with it;
      // at the top of the free area, the text may still close up to the title.
      const lo = topLimit(g, spanOf(text, title), title!.y);
      const gap = text.y - (title!.y + title!.h);
      const wanted = needed - text.h;
      const shift = Math.min(wanted, Math.max(0, title!.y - lo));
      room = wanted - shift <= closable(gap) + EPS ? { text: { ...text, y: top - wanted, h: needed }, titleShift: -shift } : undefined;
      break;
    }
    case 'below': {
      // The text grows up into the free area above it; then the title moves down and the text's
      // bottom with it; at the bottom of the free area, the text may still close up to the title.
      const lo = topLimit(g, text, top);
      const up = Math.min(needed - text.h, Math.max(0, top - lo));
      const wanted = needed - text.h - up;
      const hi = bottomLimit(g, spanOf(text, title), title!.y + title!.h);
      const shift = Math.min(wanted, Math.max(0, hi - (title!.y + title!.h)));
      const gap = title!.y - bottom;
      room = wanted - shift <= closable(gap) + EPS ? { text: { ...text, y: top - up, h: needed }, titleShift: shift } : undefined;
      break;
    }
    default: {
      // Nothing to move: the text may only grow up into the free area above it.
      const lo = topLimit(g, text, top);
      room = bottom - needed >= lo - EPS ? { text: { ...text, y: bottom - needed, h: needed }, titleShift: 0 } : undefined;
    }
  }
  if (!room) return undefined;
  const titleFree = !title || room.titleShift === 0 || isFree(g, { ...title, y: title.y + room.titleShift }, title);
  return titleFree && isFree(g, room.text, text) ? room : undefined;
}

/**
 * The tallest text `grownRoom` can make room for from `text`, inches (to 0.01 in): what a message
 * says when the text needs more. Room grows with the height asked for until none is left, so a
 * bisection finds the edge.
 */
export function largestRoom(g: TitleSlideGeometry, text: Box): number {
  let fits = text.h;
  let fails = g.slide.height;
  if (grownRoom(g, text, fails)) return fails;
  while (fails - fits > 0.005) {
    const mid = (fits + fails) / 2;
    if (grownRoom(g, text, mid)) fits = mid;
    else fails = mid;
  }
  return fits;
}

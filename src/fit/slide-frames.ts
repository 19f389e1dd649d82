/**
 * What the fit stage needs to know of the slide layouts a deck is built on: for each layout role,
 * where the title placeholder is and how its text looks, the box content may use, and the date,
 * footer and slide-number placeholders (issue #11 §2–3). Built from a resolved `TemplateModel`, so
 * bundled sets and house templates are measured the same way.
 */
import type { Box, Insets } from '../deck/laid-out.js';
import type { LayoutRole, PlaceholderType, ResolvedPlaceholder, TemplateLayout, TemplateModel } from '../template/types.js';
import { TEXT_INSETS } from './text-box-style.js';
import { clearOf } from './placeholder-room.js';

/** A placeholder as the fit stage uses it: its box, its insets, and the look of its first text level. */
export interface PlaceholderFrame {
  type: PlaceholderType;
  idx: number;
  box: Box;
  /** The placeholder's `a:bodyPr` insets through layout → master (ECMA-376 defaults where unsaid), inches. */
  insets: Insets;
  face: string;
  sizePt: number;
  bold: boolean;
  /** Whether the placeholder shows its text in capitals (`cap="all"` or `"small"`), which is how it must be measured. */
  caps: boolean;
  color: string;
  align: 'left' | 'center' | 'right' | 'justify';
  anchor: 'top' | 'middle' | 'bottom';
}

/** One layout role's frame. */
export interface RoleFrame {
  role: LayoutRole;
  /** Part name of the layout slides of this role are placed on. */
  layoutPart: string;
  /** Title (`title` or `ctrTitle`) placeholder; absent when the layout has none. */
  title?: PlaceholderFrame;
  /** Body, content and subtitle placeholders, left to right then top to bottom. */
  bodies: PlaceholderFrame[];
  /** Where content may go, inches. */
  content: Box;
  /**
   * What text grown past its placeholder must not cover, inches: the layout's other placeholders
   * (all but the title and the first body placeholder; date, footer and number included) and the
   * marking banners. Used where a title-like slide's text grows into the layout's free area.
   */
  obstacles: Box[];
  /**
   * Insets of the text laid in `content`: those of the body placeholder the area comes from (text
   * there fills that placeholder, so it keeps the template's margins; issue #11), else briefdeck's.
   */
  textInsets: Insets;
  date?: PlaceholderFrame;
  footer?: PlaceholderFrame;
  number?: PlaceholderFrame;
  /** Background colour (six hex digits) for text colours and contrast. */
  background: string;
}

/** Frames of every role. */
export type SlideFrames = Record<LayoutRole, RoleFrame>;

const BODY_TYPES = new Set<PlaceholderType>(['body', 'obj', 'subTitle']);

/**
 * A placeholder's insets as the fit stage may use them: the template's, unless they are negative
 * or leave less than half the box for text (a broken template), when briefdeck's own apply.
 */
export function usableInsets(insets: Insets, box: Box): Insets {
  const sane = Object.values(insets).every((v) => Number.isFinite(v) && v >= 0) && insets.left + insets.right <= box.w / 2 && insets.top + insets.bottom <= box.h / 2;
  return sane ? { ...insets } : { ...TEXT_INSETS };
}

function frameOf(ph: ResolvedPlaceholder): PlaceholderFrame {
  const level = ph.levels[0];
  const box = { ...ph.box };
  return {
    type: ph.type,
    idx: ph.idx,
    box,
    insets: usableInsets(ph.body.insets, box),
    face: level?.run.font.latin ?? 'Arial',
    sizePt: level?.run.sizePt ?? 18,
    bold: level?.run.bold ?? false,
    caps: level?.run.caps !== undefined,
    color: level?.run.color ?? '000000',
    align: level?.align ?? 'left',
    anchor: ph.body.anchor,
  };
}

function union(boxes: readonly Box[]): Box {
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.w));
  const bottom = Math.max(...boxes.map((b) => b.y + b.h));
  return { x, y, w: right - x, h: bottom - y };
}

/** Reading order of body placeholders: by row (tops within a quarter inch), then left to right. */
function byPosition(a: PlaceholderFrame, b: PlaceholderFrame): number {
  return Math.abs(a.box.y - b.box.y) > 0.25 ? a.box.y - b.box.y : a.box.x - b.box.x;
}

/**
 * The area under the title and above the footer line, for layouts without a body placeholder and
 * no sibling layout to borrow one from.
 */
function areaBelowTitle(model: TemplateModel, title: PlaceholderFrame | undefined, chrome: Array<PlaceholderFrame | undefined>): Box {
  const { width, height } = model.slideSize;
  const top = title ? title.box.y + title.box.h + 0.15 : 0.5;
  const tops = chrome.filter((c): c is PlaceholderFrame => c !== undefined && c.box.y > top).map((c) => c.box.y);
  const bottom = Math.min(height - 0.3, ...tops.map((t) => t - 0.1));
  const left = title ? title.box.x : 0.5;
  const right = title ? title.box.x + title.box.w : width - 0.5;
  return { x: left, y: top, w: Math.max(1, right - left), h: Math.max(0.5, bottom - top) };
}

function roleFrame(model: TemplateModel, role: LayoutRole, layout: TemplateLayout, contentLayout: TemplateLayout): RoleFrame {
  const find = (type: PlaceholderType) => layout.placeholders.find((p) => p.type === type);
  const titlePh = find(role === 'cover' ? 'ctrTitle' : 'title') ?? find('title') ?? find('ctrTitle');
  const texts = layout.placeholders.filter((p) => BODY_TYPES.has(p.type) && !p.body.vertical);
  const separated = separate(titlePh === undefined ? undefined : frameOf(titlePh), texts.map(frameOf));
  const title = separated.title ? belowBanners(model, separated.title) : undefined;
  const bodyPhs = texts.map((ph, i) => ({ ph, frame: separated.bodies[i]! })).sort((a, b) => byPosition(a.frame, b.frame));
  const bodies = bodyPhs.map((b) => b.frame);
  const date = find('dt');
  const footer = find('ftr');
  const number = find('sldNum');
  const chrome = [date, footer, number].map((p) => (p ? frameOf(p) : undefined));
  const main = bodies[0];
  const obstacles = [
    ...layout.placeholders.filter((p) => p !== titlePh && p !== bodyPhs[0]?.ph).map((p) => ({ ...p.box })),
    ...(model.markings ?? []).map((b) => ({ ...b })),
  ];
  let content: Box;
  let textInsets: Insets = TEXT_INSETS;
  if (main) {
    textInsets = main.insets;
    content = union(role === 'two-content' ? bodies.slice(0, 2).map((b) => b.box) : [main.box]);
    // A title slide's subtitle and a section header's text are often short boxes; the brief's cover
    // lines (date, venue, format) may use the free space under them down to the footer, the marking
    // or another placeholder (a section header's title may sit right under its text).
    if (role === 'cover' || role === 'section') content = extendDown(model, content, title ? [...obstacles, title.box] : obstacles);
  } else {
    // A title-only layout borrows the content area of the title-and-content layout of its master.
    const borrowed = contentLayout.master === layout.master ? contentLayout.placeholders.find((p) => BODY_TYPES.has(p.type)) : undefined;
    const lent = borrowed === undefined ? undefined : frameOf(borrowed);
    content = lent ? clearOfBox(lent, title?.box).box : areaBelowTitle(model, title, chrome);
    if (lent) textInsets = lent.insets;
  }
  content = clipAbove(model, content, chrome);
  return {
    role,
    layoutPart: layout.part,
    ...(title ? { title } : {}),
    bodies,
    content,
    obstacles,
    textInsets: { ...textInsets },
    ...(chrome[0] ? { date: chrome[0] } : {}),
    ...(chrome[1] ? { footer: chrome[1] } : {}),
    ...(chrome[2] ? { number: chrome[2] } : {}),
    background: layout.background ?? 'FFFFFF',
  };
}

/**
 * A frame cut to the part of its box clear of `obstacle` (inches), its insets checked again for
 * the smaller box; the frame itself when they do not overlap.
 */
function clearOfBox(frame: PlaceholderFrame, obstacle: Box | undefined): PlaceholderFrame {
  if (obstacle === undefined) return frame;
  const box = clearOf(frame.box, obstacle);
  return box === frame.box ? frame : { ...frame, box, insets: usableInsets(frame.insets, box) };
}

/**
 * The title and text frames of a layout made not to overlap, so text is never drawn over another
 * placeholder's (issue #11): a template may let its body placeholder run under the title (the body
 * then keeps its part below the title), or make its title box the whole slide around a subtitle
 * (the title then keeps the largest part clear of the subtitle). The text placeholder gives way
 * unless that would leave it less than half its box.
 */
function separate(title: PlaceholderFrame | undefined, bodies: readonly PlaceholderFrame[]): { title: PlaceholderFrame | undefined; bodies: PlaceholderFrame[] } {
  let outTitle = title;
  const out = bodies.map((body) => {
    if (outTitle === undefined) return body;
    const cut = clearOfBox(body, outTitle.box);
    if (cut.box.w * cut.box.h >= (body.box.w * body.box.h) / 2) return cut;
    outTitle = clearOfBox(outTitle, body.box);
    return body;
  });
  return { title: outTitle, bodies: out };
}

/**
 * `box` grown downwards to the first obstacle below it — a placeholder of the layout (date, footer,
 * number, or a title under the text) or a marking banner — never shrunk.
 */
function extendDown(model: TemplateModel, box: Box, obstacles: readonly Box[]): Box {
  const bottom = box.y + box.h;
  const below = obstacles.filter((b) => b.y >= bottom - 1e-6 && b.x < box.x + box.w && b.x + b.w > box.x);
  const limit = Math.min(model.slideSize.height - 0.3, ...below.map((b) => b.y - 0.1));
  return limit > bottom ? { ...box, h: limit - box.y } : box;
}

/**
 * `box` cut off above the first date, footer or slide-number placeholder or marking banner that
 * reaches into it from below: a template's body placeholder may run behind its footer line, and
 * content there would be drawn over the date and slide number.
 */
/**
 * A placeholder whose top lies under a marking banner drawn over the top of the slide (a template
 * with no free strip for it, issue #11 §3) starts below the banner instead; what no longer fits
 * in the shorter box shrinks or grows downwards as any long title does.
 */
function belowBanners(model: TemplateModel, frame: PlaceholderFrame): PlaceholderFrame {
  const box = frame.box;
  const over = (model.markings ?? []).filter((b) => b.y <= box.y + box.h / 2 && b.y + b.h > box.y && b.x < box.x + box.w && b.x + b.w > box.x);
  if (over.length === 0) return frame;
  const top = Math.max(...over.map((b) => b.y + b.h)) + 0.02;
  return { ...frame, box: { ...box, y: top, h: Math.max(0.3, box.y + box.h - top) } };
}

function clipAbove(model: TemplateModel, box: Box, chrome: Array<PlaceholderFrame | undefined>): Box {
  const bottom = box.y + box.h;
  const intruders = [
    ...chrome.filter((c): c is PlaceholderFrame => c !== undefined).map((c) => c.box),
    ...(model.markings ?? []),
  ].filter((b) => b.y > box.y + box.h / 2 && b.y < bottom && b.x < box.x + box.w && b.x + b.w > box.x);
  if (intruders.length === 0) return box;
  const limit = Math.min(...intruders.map((b) => b.y - 0.05));
  return { ...box, h: Math.max(0.5, limit - box.y) };
}

/** The frames of every role, from the layout each role is mapped to. */
export function slideFrames(model: TemplateModel, layouts: Record<LayoutRole, TemplateLayout>): SlideFrames {
  const out = {} as SlideFrames;
  for (const role of Object.keys(layouts) as LayoutRole[]) out[role] = roleFrame(model, role, layouts[role], layouts.content);
  return out;
}

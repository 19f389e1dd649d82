import type { LaidParagraph, Shape } from '../../deck/laid-out.js';
import type { TimelineEntry } from '../../deck/types.js';
import type { FitContext, StepSizes } from '../fit-context.js';
import { headOf, splitCounts, tailOf, type BlockItem, type FlowItem } from '../flow.js';
import { blocksToFlowItems } from '../flow-items.js';
import { measureParagraph, type MeasuredParagraph } from '../measure-paragraph.js';
import { boxHeightFor, WIDTH_SAFETY } from '../safety-margins.js';
import { BODY_LINE_SPACING, TEXT_INSET, TEXT_INSETS } from '../text-box-style.js';
import type { LayoutFitter } from './layout-fitter.js';
import { flowPages } from './flow-pages.js';

/** Limits of the date column, inches. */
const DATE_MIN = 1.2;
const DATE_MAX = 3.0;

/** Width reserved for the rail with its dots between the date and the text, inches. */
const RAIL_W = 0.4;

/** Size of a dot on the rail, inches. */
const DOT = 0.14;

/** Space below each entry, inches. */
const ENTRY_GAP = 0.06;

/** Column widths of one timeline at one size, inches. */
interface Columns {
  dateW: number;
  textW: number;
}

function boxHeight(m: MeasuredParagraph): number {
  return boxHeightFor(m.lines.length * m.linePt + 2 * TEXT_INSET * 72);
}

/** A paragraph with the height of the text box that holds it; its wrapped lines are not kept (see `entryBlock`). */
interface Sized {
  para: LaidParagraph;
  height: number;
}

function sized(m: MeasuredParagraph): Sized {
  return { para: m.para, height: boxHeight(m) };
}

/**
 * One entry as a flow block: the date, a dot on the rail and the text. An entry taller than a whole
 * slide splits between the lines of its text (issue #13); the rest repeats the date with the
 * continued label, so it reads as the same entry. The block keeps its paragraphs but not their
 * wrapped lines: 120 entries at five shrink steps would keep every line alive through pagination
 * (measured: ~2× the fit time of a long timeline in garbage collection); the rare split re-wraps.
 */
function entryBlock(ctx: FitContext, cols: Columns, sizes: StepSizes, date: Sized, text: Sized): BlockItem {
  const { theme, measurer } = ctx;
  const when = date.para.runs.map((r) => r.text).join('');
  return {
    kind: 'block',
    height: Math.max(date.height, text.height) + ENTRY_GAP,
    keepWithNext: false,
    label: `the timeline entry \`${when}\``,
    render: (box): Shape[] => {
      const railX = box.x + cols.dateW + RAIL_W / 2;
      const dotY = box.y + TEXT_INSET + (measurer.lineHeight({ face: theme.fonts.body, sizePt: sizes.body }) / 72 - DOT) / 2;
      return [
        { kind: 'rect', box: { x: railX - 0.01, y: box.y, w: 0.02, h: box.h + 0.14 }, fill: theme.colors.tableBorder },
        { kind: 'rect', box: { x: railX - DOT / 2, y: dotY, w: DOT, h: DOT }, fill: theme.colors.accent },
        { kind: 'text', box: { x: box.x, y: box.y, w: cols.dateW, h: date.height }, paragraphs: [date.para], fontFace: theme.fonts.body, color: theme.colors.primary, valign: 'top', insets: TEXT_INSETS, lineSpacing: BODY_LINE_SPACING },
        { kind: 'text', box: { x: box.x + cols.dateW + RAIL_W, y: box.y, w: cols.textW, h: text.height }, paragraphs: [text.para], fontFace: theme.fonts.body, color: theme.colors.text, valign: 'top', insets: TEXT_INSETS, lineSpacing: BODY_LINE_SPACING },
      ];
    },
    split: (room) => {
      const lines = measure(ctx, text.para, cols.textW);
      for (const k of splitCounts(lines.lines.length)) {
        const head = sized(headOf(lines, k));
        if (Math.max(date.height, head.height) + ENTRY_GAP > room + 1e-9) continue;
        const continued = sized(measure(ctx, { ...date.para, runs: [{ text: `${when} ${ctx.meta.continuedLabel}`.trim() }] }, cols.dateW));
        return { head: entryBlock(ctx, cols, sizes, date, head), tail: entryBlock(ctx, cols, sizes, continued, sized(tailOf(lines, k))) };
      }
      return undefined;
    },
  };
}

function measure(ctx: FitContext, para: LaidParagraph, widthIn: number): MeasuredParagraph {
  return measureParagraph(ctx, para, (widthIn - 2 * TEXT_INSET) * 72, ctx.theme.fonts.body, BODY_LINE_SPACING);
}

function entryItem(ctx: FitContext, cols: Columns, sizes: StepSizes, entry: TimelineEntry): BlockItem {
  const { theme } = ctx;
  const date: LaidParagraph = { runs: [{ text: entry.when }], level: 0, bullet: { kind: 'none' }, fontSize: sizes.body, bold: true, color: theme.colors.primary, align: 'right', spaceBefore: 0 };
  const text: LaidParagraph = { runs: entry.text, level: 0, bullet: { kind: 'none' }, fontSize: sizes.body, spaceBefore: 0 };
  return entryBlock(ctx, cols, sizes, sized(measure(ctx, date, cols.dateW)), sized(measure(ctx, text, cols.textW)));
}

/**
 * A vertical sequence of dated entries: date column, a rail with a dot per entry, text column.
 * Vertical rather than horizontal because briefs carry 4–6 entries with a sentence each, which a
 * horizontal strip can only show in tiny type; vertical entries also split cleanly between slides.
 */
export const timelineLayout: LayoutFitter<'timeline'> = {
  titled: true,
  fit(layout, input) {
    const { ctx } = input;
    const { theme, measurer } = ctx;
    return flowPages(input, (sizes, width) => {
      const widest = Math.max(0, ...layout.entries.map((e) => measurer.width(e.when, { face: theme.fonts.body, sizePt: sizes.body, bold: true })));
      const dateW = Math.min(DATE_MAX, Math.max(DATE_MIN, (widest * WIDTH_SAFETY) / 72 + 2 * TEXT_INSET + 0.05));
      const cols: Columns = { dateW, textW: width - dateW - RAIL_W };
      const entries: FlowItem[] = layout.entries.map((entry) => entryItem(ctx, cols, sizes, entry));
      return [...entries, ...blocksToFlowItems(ctx, layout.body, width, sizes, { lineSpacing: BODY_LINE_SPACING, insets: input.frame.textInsets })];
    });
  },
};

import type { LaidParagraph, Shape } from '../../deck/laid-out.js';
import type { KeyFigure } from '../../deck/types.js';
import type { FitContext, StepSizes } from '../fit-context.js';
import { headOf, splitCounts, tailOf, type BlockItem, type FlowItem } from '../flow.js';
import { blocksToFlowItems } from '../flow-items.js';
import { measureParagraph, type MeasuredParagraph } from '../measure-paragraph.js';
import { boxHeightFor, WIDTH_SAFETY } from '../safety-margins.js';
import { BODY_LINE_SPACING, TEXT_INSET, TEXT_INSETS } from '../text-box-style.js';
import type { LayoutFitter } from './layout-fitter.js';
import { flowPages } from './flow-pages.js';

/** Space between cards, inches. */
const CARD_GAP = 0.3;

/** Width of the accent strip on a card's left edge, inches. */
const STRIP = 0.06;

/** A figure's number never shrinks below this to fit its card, points. */
const MIN_FIGURE_SIZE = 20;

/** Room a card row adds below its tallest text box, and the text box's offset from the card top, inches. */
const ROW_PAD = 0.1;
const TEXT_TOP = 0.05;

/** Cards per row: all of up to four in one row, more spread evenly over rows of at most four. */
export function cardsPerRow(count: number): number {
  if (count <= 4) return Math.max(1, count);
  return Math.ceil(count / Math.ceil(count / 4));
}

/** A card's text measured at its width: the number (or its continued label) and the label's lines. */
interface Card {
  paragraphs: MeasuredParagraph[];
  /** Height of the card's text box, inches. */
  height: number;
  value: string;
}

function valueParagraph(ctx: FitContext, value: string, innerPt: number): LaidParagraph {
  const { theme, measurer } = ctx;
  // Shrink a long number until it sits on one line of its card.
  let size = theme.sizes.keyFigure;
  while (size > MIN_FIGURE_SIZE && measurer.width(value, { face: theme.fonts.body, sizePt: size, bold: true }) * WIDTH_SAFETY > innerPt) size--;
  return { runs: [{ text: value }], level: 0, bullet: { kind: 'none' }, fontSize: size, bold: true, color: theme.colors.accent, spaceBefore: 0 };
}

function cardOf(value: string, paragraphs: MeasuredParagraph[]): Card {
  const pt = paragraphs.reduce((sum, m, i) => sum + (i === 0 ? 0 : m.para.spaceBefore) + m.lines.length * m.linePt, 2 * TEXT_INSET * 72);
  return { paragraphs, height: boxHeightFor(pt), value };
}

function measureCard(ctx: FitContext, figure: KeyFigure, sizes: StepSizes, innerPt: number): Card {
  const { theme } = ctx;
  const label: LaidParagraph = { runs: figure.label, level: 0, bullet: { kind: 'none' }, fontSize: sizes.body, color: theme.colors.text, spaceBefore: Math.round(sizes.body * 0.3) };
  const measure = (para: LaidParagraph): MeasuredParagraph => measureParagraph(ctx, para, innerPt, theme.fonts.body, BODY_LINE_SPACING);
  return cardOf(figure.value, [measure(valueParagraph(ctx, figure.value, innerPt)), measure(label)]);
}

/**
 * The rest of a card whose label continues on the next slide: the number again, at the label's
 * size with the continued label ("472 (cont.)"), so the reader knows which figure the text explains.
 */
function continuedCard(ctx: FitContext, card: Card, label: MeasuredParagraph, innerPt: number): Card {
  const { theme } = ctx;
  const head: LaidParagraph = { runs: [{ text: `${card.value} ${ctx.meta.continuedLabel}`.trim() }], level: 0, bullet: { kind: 'none' }, fontSize: label.para.fontSize, bold: true, color: theme.colors.accent, spaceBefore: 0 };
  return cardOf(card.value, [measureParagraph(ctx, head, innerPt, theme.fonts.body, BODY_LINE_SPACING), { ...label, para: { ...label.para, spaceBefore: Math.round(label.para.fontSize * 0.3) } }]);
}

/**
 * Splits a lone card taller than a page between the lines of its label: the head keeps the number
 * and as many label lines as fit in `room` (at least two on each side when the label has four), the
 * tail is a continued card. Undefined when not even the number and one line fit.
 */
function splitCard(ctx: FitContext, card: Card, room: number, innerPt: number): { head: Card; tail: Card } | undefined {
  const label = card.paragraphs[card.paragraphs.length - 1];
  if (!label || card.paragraphs.length < 2) return undefined;
  for (const k of splitCounts(label.lines.length)) {
    const head = cardOf(card.value, [...card.paragraphs.slice(0, -1), headOf(label, k)]);
    if (head.height + ROW_PAD <= room + 1e-9) return { head, tail: continuedCard(ctx, card, tailOf(label, k), innerPt) };
  }
  return undefined;
}

/** A row of cards as one flow block; a row of one card splits between label lines when taller than a page. */
function cardRow(ctx: FitContext, cards: Card[], cardW: number, innerPt: number): BlockItem {
  const { theme } = ctx;
  const textW = cardW - STRIP;
  const only = cards.length === 1 ? cards[0] : undefined;
  return {
    kind: 'block',
    height: Math.max(...cards.map((c) => c.height)) + ROW_PAD,
    keepWithNext: false,
    label: `key figure${cards.length > 1 ? 's' : ''} ${cards.map((c) => `\`${c.value}\``).join(', ')}`,
    render: (box) =>
      cards.flatMap((card, i): Shape[] => {
        const x = box.x + i * (cardW + CARD_GAP);
        return [
          { kind: 'rect', box: { x, y: box.y, w: cardW, h: box.h }, fill: theme.colors.tableStripe },
          { kind: 'rect', box: { x, y: box.y, w: STRIP, h: box.h }, fill: theme.colors.accent },
          { kind: 'text', box: { x: x + STRIP, y: box.y + TEXT_TOP, w: textW, h: card.height }, paragraphs: card.paragraphs.map((m) => m.para), fontFace: theme.fonts.body, color: theme.colors.text, valign: 'top', insets: TEXT_INSETS, lineSpacing: BODY_LINE_SPACING },
        ];
      }),
    ...(only
      ? {
          split: (room: number) => {
            const parts = splitCard(ctx, only, room, innerPt);
            return parts ? { head: cardRow(ctx, [parts.head], cardW, innerPt), tail: cardRow(ctx, [parts.tail], cardW, innerPt) } : undefined;
          },
        }
      : {}),
  };
}

/** The widths of a card at `perRow` cards per row in a flow `width` inches wide. */
function cardGeometry(width: number, perRow: number): { cardW: number; innerPt: number } {
  const cardW = (width - CARD_GAP * (perRow - 1)) / perRow;
  return { cardW, innerPt: (cardW - STRIP - 2 * TEXT_INSET) * 72 };
}

/**
 * True when a word of the figure's label is wider than the card's text (`innerPt`, points) at the
 * body size: the line would break inside the word ("Депортовани/х" on Focus, a newcomer's brief).
 */
function breaksAWord(ctx: FitContext, figure: KeyFigure, sizes: StepSizes, innerPt: number): boolean {
  const words = figure.label.map((run) => run.text).join('').split(/\s+/);
  return words.some((word) => word !== '' && ctx.measurer.width(word, { face: ctx.theme.fonts.body, sizePt: sizes.body }) * WIDTH_SAFETY > innerPt);
}

/**
 * Rows of cards for a run of figures: the most cards per row (up to `cardsPerRow` of the run) at
 * which every row fits on a slide and no label breaks inside a word (wider cards first); one per
 * row when no other does.
 */
function cardRows(ctx: FitContext, figures: readonly KeyFigure[], sizes: StepSizes, width: number, pageH: number): BlockItem[] {
  let rows: BlockItem[] = [];
  for (let perRow = cardsPerRow(figures.length); perRow >= 1; perRow--) {
    const { cardW, innerPt } = cardGeometry(width, perRow);
    const cards = figures.map((figure) => measureCard(ctx, figure, sizes, innerPt));
    rows = [];
    for (let start = 0; start < cards.length; start += perRow) rows.push(cardRow(ctx, cards.slice(start, start + perRow), cardW, innerPt));
    const wholeWords = perRow === 1 || !figures.some((figure) => breaksAWord(ctx, figure, sizes, innerPt));
    if (wholeWords && rows.every((row) => row.height <= pageH + 1e-9)) break;
  }
  return rows;
}

/**
 * Two to four cards per row, each a big number in the accent colour with its label under it; more
 * figures wrap to more rows, and rows move whole between slides. Cards grow with their labels; when
 * a row would be taller than a slide, the figures reflow into fewer cards per row. A card taller
 * than a slide even alone at the full width gets a full-width row of its own, which continues its
 * label on the next slides (issue #13); the figures before and after it keep their own rows, so one
 * long label does not stretch every other card across the slide. Body text follows the cards.
 */
export const keyFiguresLayout: LayoutFitter<'key-figures'> = {
  titled: true,
  fit(layout, input) {
    const { ctx } = input;
    // The lowest page a row may land on: continuation slides can have a taller title than the first.
    const pageH = Math.min(input.area(0).h, input.area(1).h);
    return flowPages(input, (sizes, width) => {
      const full = cardGeometry(width, 1);
      const rows: FlowItem[] = [];
      let run: KeyFigure[] = [];
      const flush = (): void => {
        if (run.length > 0) rows.push(...cardRows(ctx, run, sizes, width, pageH));
        run = [];
      };
      for (const figure of layout.figures) {
        const alone = measureCard(ctx, figure, sizes, full.innerPt);
        if (alone.height + ROW_PAD > pageH) {
          flush();
          rows.push(cardRow(ctx, [alone], full.cardW, full.innerPt));
        } else run.push(figure);
      }
      flush();
      return [...rows, ...blocksToFlowItems(ctx, layout.body, width, sizes, { lineSpacing: BODY_LINE_SPACING, insets: input.frame.textInsets })];
    });
  },
};

import type { Box, Insets, Shape } from '../deck/laid-out.js';
import type { Block, ChartBlock, ImageBlock } from '../deck/types.js';
import { blocksToParagraphs, type ParagraphOptions } from './block-paragraphs.js';
import type { FitContext, StepSizes } from './fit-context.js';
import type { FlowItem } from './flow.js';
import { chartProblems, fitChart } from './chart-fit.js';
import { measureParagraph } from './measure-paragraph.js';
import { measureTable } from './measure-table.js';
import { tableRowItems } from './table-rows.js';
import { CELL_INSET, TEXT_INSETS } from './text-box-style.js';

/** Options for turning body blocks into flow items. */
export interface FlowItemOptions {
  /** Body text font; defaults to the theme's body font. */
  face?: string;
  lineSpacing: number;
  /** Paragraph options other than the size, which comes from the step. */
  paragraph?: Partial<Omit<ParagraphOptions, 'fontSize'>>;
  /** Text size override at this step (quotes and sources use their own scale). */
  textSize?: number;
  /**
   * Insets of the text boxes the paragraphs go into, inches: the body placeholder's own for text
   * laid in a layout's content area (issue #11), briefdeck's {@link TEXT_INSETS} when absent.
   */
  insets?: Insets;
}

/** Height limits of a chart or picture placed inside a text flow, inches. */
const FIGURE_MIN = 2.2;
const FIGURE_MAX = 4.2;

/** Shape of a chart block fitted into `box` (text sizes and data labels measured, see `fitChart`). */
export function chartShape(ctx: FitContext, chart: ChartBlock, box: Box): Shape {
  return fitChart(ctx, chart, box);
}

/** Shape of an image block in `box`; the writer fits the picture inside it keeping its aspect ratio. */
export function imageShape(image: ImageBlock, box: Box): Shape {
  return { kind: 'image', box, path: image.path, alt: image.alt };
}

/**
 * Turns body blocks into measured flow items for a column `widthIn` inches wide at the sizes of
 * one shrink step: text into paragraphs, tables into rows, charts and pictures into figures.
 */
export function blocksToFlowItems(ctx: FitContext, blocks: readonly Block[], widthIn: number, sizes: StepSizes, opts: FlowItemOptions): FlowItem[] {
  const { theme } = ctx;
  const face = opts.face ?? theme.fonts.body;
  const insets = opts.insets ?? TEXT_INSETS;
  const innerPt = (widthIn - insets.left - insets.right) * 72;
  const items: FlowItem[] = [];
  for (const block of blocks) {
    if (block.kind === 'table') {
      const table = measureTable(ctx, block, widthIn, sizes.table);
      items.push(...tableRowItems(ctx, table));
      if (block.rows.length === 0) items.push({ kind: 'block', height: table.headerHeight, keepWithNext: false, render: (box) => [{ kind: 'table', box, colWidths: table.colWidths, header: table.header, rows: [], rowHeights: [table.headerHeight], fontSize: table.fontSize, fontFace: theme.fonts.body, color: theme.colors.text, headerFill: theme.colors.tableHeaderFill, headerColor: theme.colors.tableHeaderText, stripeFill: theme.colors.tableStripe, ...(theme.colors.tableFill !== undefined ? { plainFill: theme.colors.tableFill } : {}), borderColor: theme.colors.tableBorder, cellInset: CELL_INSET }] });
      continue;
    }
    if (block.kind === 'chart') {
      items.push({ kind: 'figure', minHeight: FIGURE_MIN, maxHeight: FIGURE_MAX, render: (box) => [chartShape(ctx, block, box)], problems: chartProblems(ctx, block) });
      continue;
    }
    if (block.kind === 'image') {
      items.push({ kind: 'figure', minHeight: FIGURE_MIN, maxHeight: FIGURE_MAX, render: (box) => [imageShape(block, box)] });
      continue;
    }
    const paragraphs = blocksToParagraphs([block], {
      fontSize: opts.textSize ?? sizes.body,
      headingColor: theme.colors.primary,
      quoteColor: theme.colors.muted,
      ...opts.paragraph,
    });
    for (const { para, keepWithNext } of paragraphs) {
      items.push({ kind: 'para', measured: measureParagraph(ctx, para, innerPt, face, opts.lineSpacing), keepWithNext, insets });
    }
  }
  return items;
}

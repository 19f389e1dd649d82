import type { ChartBlock, DeckMeta, LayoutKind, Run } from './types.js';
import type { Theme } from '../theme/types.js';
import type { LayoutRole, PlaceholderType, TemplateModel } from '../template/types.js';

/** A rectangle on the slide in inches from the top-left corner. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * A text box's inner margins (`a:bodyPr` `lIns`, `tIns`, `rIns`, `bIns`, ECMA-376 Part 1,
 * §21.1.2.1.1), inches. Text in a layout's placeholder keeps the template's own (issue #11).
 */
export interface Insets {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A paragraph with its final, measured formatting. */
export interface LaidParagraph {
  runs: Run[];
  /** Indent level, 0 for top level. */
  level: number;
  /**
   * `continued`: the rest of a list item split across slides; no bullet, but indented like the
   * item's text so it reads as the same item.
   */
  bullet: { kind: 'none' } | { kind: 'bullet' } | { kind: 'number'; value: number } | { kind: 'continued' };
  fontSize: number;
  bold?: boolean;
  color?: string;
  align?: 'left' | 'center' | 'right';
  /** Space before the paragraph in points. */
  spaceBefore: number;
  /**
   * Right-to-left paragraph (mostly Hebrew or Arabic text): the writer emits `a:pPr/@rtl="1"`
   * (ECMA-376 Part 1, §21.1.2.2.7), which also puts bullets and indents on the right.
   */
  rtl?: boolean;
}

/**
 * The layout placeholder a shape fills (ECMA-376 Part 1, §19.3.1.36 `p:ph`): the slide's shape
 * inherits from the layout's placeholder of the same type (title, ctrTitle, dt, ftr, sldNum) or,
 * for body and content placeholders, the same `idx`. Text in placeholders is what PowerPoint's
 * Outline view, the navigation pane and screen readers show (issue #11 §2).
 */
export interface PlaceholderRef {
  type: PlaceholderType;
  idx: number;
}

/** A text box whose paragraphs were measured to fit `box`. */
export interface TextShape {
  kind: 'text';
  box: Box;
  /** The placeholder this text fills; a free text box when absent. */
  placeholder?: PlaceholderRef;
  paragraphs: LaidParagraph[];
  fontFace: string;
  color: string;
  valign: 'top' | 'middle' | 'bottom';
  /** Inner margins, inches: what the text was measured with and what the writer writes. */
  insets: Insets;
  fill?: string;
  /** Line spacing multiple used when measuring (the writer must use the same). */
  lineSpacing: number;
}

/** A filled rectangle (banners, cards, rules). */
export interface RectShape {
  kind: 'rect';
  box: Box;
  /** Purely decorative (a rule, a card's fill): screen readers skip it (issue #12). */
  decorative?: boolean;
  fill: string;
  line?: string;
}

/** A table cell after layout. */
export interface LaidCell {
  runs: Run[];
  align: 'left' | 'center' | 'right';
  /** Right-to-left cell text, as {@link LaidParagraph.rtl}. */
  rtl?: boolean;
}

/** A native table whose rows were measured to fit `box`. */
export interface TableShape {
  kind: 'table';
  box: Box;
  colWidths: number[];
  /** Header row, repeated on every page of a paged table. */
  header: LaidCell[];
  rows: LaidCell[][];
  /** Measured height of the header and of each row, inches. */
  rowHeights: number[];
  fontSize: number;
  fontFace: string;
  color: string;
  headerFill: string;
  headerColor: string;
  stripeFill: string;
  /**
   * Fill of the rows between the striped ones; absent means none (they show the slide). Set where
   * the slide under the table is not one colour (a picture, a gradient, a band), so the text
   * sits on a colour it was chosen for.
   */
  plainFill?: string;
  borderColor: string;
  /** Cell margin in inches. */
  cellInset: number;
}

/** A native chart. */
export interface ChartShape {
  kind: 'chart';
  box: Box;
  chart: ChartBlock;
  colors: string[];
  fontFace: string;
  fontSize: number;
  /** False when the values are not labelled on the chart because the labels would touch (issue #13); absent = labelled. */
  dataLabels?: boolean;
  /** The values in words for the speaker notes, when the chart could not label them. */
  notes?: string;
}

/** A picture; `path` is resolved and checked by the writer's caller. */
export interface ImageShape {
  kind: 'image';
  box: Box;
  path: string;
  alt: string;
}

/** Where the writer puts PowerPoint's slide-number field. */
export interface SlideNumberShape {
  kind: 'slide-number';
  box: Box;
  /** The layout's slide-number placeholder index. */
  placeholder?: PlaceholderRef;
  fontFace: string;
  fontSize: number;
  color: string;
  /** The placeholder's own insets, anchoring and alignment, as the number was measured with (issue #11). */
  insets: Insets;
  valign: 'top' | 'middle' | 'bottom';
  align: 'left' | 'center' | 'right';
}

/** Anything drawn on a laid-out slide. */
export type Shape = TextShape | RectShape | TableShape | ChartShape | ImageShape | SlideNumberShape;

/** One slide after fitting: absolute shapes, in drawing order. */
export interface LaidOutSlide {
  /** Symbolic id; continuation slides get `<id>~2`, `<id>~3`, ... */
  id: string;
  /** Title as shown (with the continuation label where continued). */
  title: string;
  /** The layout this slide was laid out from. */
  layout: LayoutKind;
  /** The slide layout role it sits on, and that layout's part name in the template. */
  role: LayoutRole;
  layoutPart: string;
  /** Hide the layout's and master's shapes (rule, marking banner) on this slide (`marking: off`). */
  hideMasterShapes?: boolean;
  /** Id of the first slide of the run when this slide is a continuation. */
  continuationOf?: string;
  shapes: Shape[];
  /** Speaker notes as plain text (paragraphs separated by newlines). */
  notes: string;
  background: string;
}

/** The deck after fitting: ready for the writer, which maps it mechanically. */
export interface LaidOutDeck {
  meta: DeckMeta;
  theme: Theme;
  /** The slide masters, layouts and theme the slides are placed on. */
  template: TemplateModel;
  slides: LaidOutSlide[];
}

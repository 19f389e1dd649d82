/**
 * The intermediate representation between content decisions (templates, markup) and
 * PowerPoint XML, modelled on pandoc's `Presentation`: no I/O, no pptxgenjs.
 */

/** A link target: an external URL (http, https, mailto) or another slide by its symbolic id. */
export type LinkTarget = { kind: 'url'; url: string } | { kind: 'slide'; slideId: string };

/** A run of text with the same formatting. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Inline code, shown in the theme's monospace font. */
  code?: boolean;
  strike?: boolean;
  link?: LinkTarget;
  /** A hard line break after this run (markdown `  \n` or `<br>`). */
  breakAfter?: boolean;
  /**
   * BCP 47 language of the run when it is not the deck's (`DeckMeta.language`): set only when the
   * labels and the brief differ in language, on every run (issue #12).
   */
  lang?: string;
}

/** A paragraph of runs. */
export interface ParagraphBlock {
  kind: 'paragraph';
  runs: Run[];
}

/** A heading inside a slide body (markdown `###`), rendered as a bold lead-in paragraph. */
export interface HeadingBlock {
  kind: 'heading';
  level: number;
  runs: Run[];
}

/** One item of a list: its own text and an optional nested list. */
export interface ListItem {
  runs: Run[];
  children?: ListBlock;
}

/** A bulleted or numbered list; nesting is expressed through `ListItem.children`. */
export interface ListBlock {
  kind: 'list';
  ordered: boolean;
  /** First number of an ordered list. */
  start: number;
  items: ListItem[];
}

/** One table cell. */
export interface TableCell {
  runs: Run[];
}

/** A table with a header row. */
export interface TableBlock {
  kind: 'table';
  header: TableCell[];
  rows: TableCell[][];
  /** Column alignment from the markdown delimiter row. */
  align: Array<'left' | 'center' | 'right'>;
}

/** A native chart. */
export interface ChartBlock {
  kind: 'chart';
  chartType: 'bar' | 'line';
  title: string;
  /** Unit of the values, shown as the value axis title. */
  unit?: string;
  categories: string[];
  series: Array<{ name: string; values: number[] }>;
}

/** A picture from a file under the data file's or template set's folder. */
export interface ImageBlock {
  kind: 'image';
  /** Path as written in the markup, resolved by the edge that loads images. */
  path: string;
  alt: string;
}

/** A quotation. */
export interface QuoteBlock {
  kind: 'quote';
  blocks: Array<ParagraphBlock | ListBlock | HeadingBlock>;
}

/** Any block a slide body can hold. */
export type Block = ParagraphBlock | HeadingBlock | ListBlock | TableBlock | ChartBlock | ImageBlock | QuoteBlock;

/** One column of a multi-column slide. */
export interface Column {
  heading?: Run[];
  blocks: Block[];
}

/** A figure on a key-figures slide: the number and what it means. */
export interface KeyFigure {
  value: string;
  label: Run[];
}

/** An entry on a timeline slide. */
export interface TimelineEntry {
  when: string;
  text: Run[];
}

/** Slide layouts with their typed slots. */
export type Layout =
  | { kind: 'title'; title: string; subtitle: Run[]; body: Block[] }
  | { kind: 'section'; title: string; body: Block[] }
  | { kind: 'bullets'; title: string; body: Block[] }
  | { kind: 'two-column'; title: string; intro: Block[]; columns: Column[] }
  | { kind: 'table'; title: string; intro: Block[]; table: TableBlock; caption: Block[] }
  | { kind: 'key-figures'; title: string; figures: KeyFigure[]; body: Block[] }
  | { kind: 'timeline'; title: string; entries: TimelineEntry[]; body: Block[] }
  | { kind: 'chart'; title: string; chart: ChartBlock; body: Block[] }
  | { kind: 'quote'; title: string; quote: Block[]; attribution: Run[] }
  | { kind: 'image'; title: string; image: ImageBlock; body: Block[] }
  | { kind: 'sources'; title: string; body: Block[] };

/** The names of all layouts. */
export type LayoutKind = Layout['kind'];

/** Where a slide came from, for error messages. */
export interface SlideOrigin {
  /** Template file the slide's markup was rendered from. */
  template: string;
  /** 1-based line in the rendered markup where the slide starts. */
  markupLine: number;
}

/** One slide of the deck, before layout. */
export interface Slide {
  /** Symbolic id, unique in the deck, used by links between slides. */
  id: string;
  layout: Layout;
  /** Speaker notes. */
  notes: Block[];
  origin: SlideOrigin;
  /** Chrome switches from the slide's front matter (cover slides hide the footer, for example). */
  chrome: { footer: boolean; marking: boolean; number: boolean };
}

/** Deck-wide facts the chrome (marking, footer, cover) needs. */
export interface DeckMeta {
  title: string;
  /** Language of the fixed words and dates as a BCP 47 tag, e.g. `en`, `uk`, `tr` (`--lang`, else the brief's). */
  language: string;
  /** The brief's own language, when `--lang` made the fixed words another one. */
  contentLanguage?: string;
  /** Handling/classification marking shown on every slide. */
  marking: string;
  /** The brief's date, already formatted for the footer. */
  dateLabel: string;
  /** Footer text (e.g. organisation), may be empty. */
  footer: string;
  author: string;
  /** Word appended to titles of continuation slides, e.g. "(cont.)". */
  continuedLabel: string;
  /** The brief's date as an ISO instant, used for document properties so output is reproducible. */
  createdIso: string;
}

/** The whole deck, before layout. */
export interface Deck {
  meta: DeckMeta;
  slides: Slide[];
}

import type { Diagnostic } from '../diagnostics/diagnostic.js';
/**
 * The slide master / slide layout model briefdeck builds decks on (issue #11). One shape serves the
 * bundled template sets (generated from `theme.json`) and house templates (.pptx/.potx read from
 * disk): the fit stage measures against it and the writer re-parents slides onto its layouts.
 *
 * Geometry is in inches from the slide's top-left corner (the IR's unit); EMU only inside the XML
 * readers and writers (914400 EMU = 1 in, 12700 EMU = 1 pt). Sources: ECMA-376 Part 1, §19.3.1
 * (PresentationML slides, masters, layouts, `p:ph`), §21.1.2 (DrawingML text: `a:bodyPr`, `a:pPr`,
 * `a:lvlNpPr`, `a:defRPr`), §20.1.4 (theme: `a:clrScheme`, `a:fontScheme`), §19.3.1.6 (`p:clrMap`).
 */
import type { PackageParts } from '../pptx/package-parts.js';
import type { Backdrop } from './backdrop.js';

/** A rectangle in inches from the slide's top-left corner. */
export interface TemplateBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Placeholder types of ECMA-376 ST_PlaceholderType (§19.7.10). A `p:ph` without `type` is `obj`
 * (a content placeholder that takes text, tables, charts or pictures).
 */
export type PlaceholderType =
  | 'title'
  | 'ctrTitle'
  | 'subTitle'
  | 'body'
  | 'obj'
  | 'dt'
  | 'ftr'
  | 'sldNum'
  | 'hdr'
  | 'pic'
  | 'tbl'
  | 'chart'
  | 'dgm'
  | 'media'
  | 'clipArt'
  | 'sldImg';

/** Typefaces a run uses per script, with theme references (`+mj-lt`, `+mn-ea`, …) already resolved. */
export interface FontTriple {
  latin: string;
  /** East Asian typeface; '' when the theme names none. */
  ea: string;
  /** Complex-script (Arabic, Hebrew, …) typeface; '' when the theme names none. */
  cs: string;
}

/** Character formatting after inheritance: what a run with no `a:rPr` of its own shows. */
export interface ResolvedRunStyle {
  font: FontTriple;
  /**
   * The theme font the typeface came from, when it came from one: the writer then writes the
   * reference (`+mj-lt`/`+mn-lt`) instead of the name, so Design → Fonts keeps working.
   */
  fontRef?: 'major' | 'minor';
  sizePt: number;
  bold: boolean;
  italic: boolean;
  /** Resolved colour as six hex digits (scheme colours and the colour map applied). */
  color: string;
  /**
   * Capitals the renderer shows the text in (`a:rPr/@cap`, ECMA-376 Part 1 §21.1.2.3.9,
   * ST_TextCapsType `all` or `small`), whatever case it is typed in; absent for `none`. Office's
   * Section Header title is `all`: such text must be measured in capitals.
   */
  caps?: 'all' | 'small';
  /** The scheme colour name it came from (`tx1`, `accent1`, …), when it came from one. */
  colorRef?: string;
}

/** Line spacing: a multiple of single spacing (`a:spcPct`, 100000 = 1.0) or exact points (`a:spcPts`). */
export type LineSpacing = { kind: 'multiple'; value: number } | { kind: 'points'; value: number };

/** Paragraph spacing before/after: points, or a share of the font size (`a:spcPct`, 1.0 = one line). */
export type ParagraphSpacing = { kind: 'points'; value: number } | { kind: 'lines'; value: number };

/** One text level (`a:lvl1pPr` … `a:lvl9pPr`) after inheritance. */
export interface ResolvedLevelStyle {
  /** Left margin of the text, points (`marL`). */
  marginLeftPt: number;
  /** First-line indent, points (`indent`, negative for a hanging bullet). */
  indentPt: number;
  lineSpacing: LineSpacing;
  spaceBefore: ParagraphSpacing;
  spaceAfter: ParagraphSpacing;
  align: 'left' | 'center' | 'right' | 'justify';
  /** Whether the level shows a bullet or number by default (`a:buChar`/`a:buAutoNum` vs `a:buNone`). */
  bullet: boolean;
  run: ResolvedRunStyle;
}

/** `a:bodyPr` after inheritance: the text box's insets (inches), anchoring and wrapping. */
export interface ResolvedBodyProps {
  insets: { left: number; top: number; right: number; bottom: number };
  anchor: 'top' | 'middle' | 'bottom';
  wrap: boolean;
  /** `a:normAutofit` = 'shrink', `a:spAutoFit` = 'resize', else 'none'. */
  autofit: 'none' | 'shrink' | 'resize';
  /**
   * `a:normAutofit/@fontScale` as a factor (0.55 for `55000`) when the chain writes one: the
   * shrink PowerPoint (and LibreOffice) last applied to the text. LibreOffice's templates carry one
   * on their masters' outline placeholders. Absent means 1.
   */
  fontScale?: number;
  /** `a:normAutofit/@lnSpcReduction` as a factor (0.1 for `10000`) when written. Absent means 0. */
  lineSpacingReduction?: number;
  /** Vertical text (`vert` other than `horz`): briefdeck puts no text in such placeholders. */
  vertical: boolean;
  /**
   * Set when the template's placeholder has vertical text but briefdeck uses it with its text
   * turned horizontal (`vertical-text.ts`): the writer writes `vert="horz"` on the slide's placeholder.
   */
  turned?: boolean;
}

/** A placeholder of a layout, with everything inherited from its master and theme resolved. */
export interface ResolvedPlaceholder {
  type: PlaceholderType;
  /** `idx` (0 when absent, as for the title). Slides match body/content placeholders by it. */
  idx: number;
  /** The shape's name in the layout (`Title 1`, `Content Placeholder 2`). */
  name: string;
  /** Where briefdeck places text: the template's box, moved onto the slide where it is not (`on-slide.ts`). */
  box: TemplateBox;
  /** The template's own box, set only when it lies partly or wholly off the slide and `box` was moved. */
  templateBox?: TemplateBox;
  body: ResolvedBodyProps;
  /** Levels 1–9 (index 0 = level 1). */
  levels: ResolvedLevelStyle[];
  /** What lies under the placeholder on a slide: the layout's and master's graphics and background. */
  backdrop?: Backdrop;
}

/** A slide layout of the template, resolved. */
export interface TemplateLayout {
  /** Part name, e.g. `ppt/slideLayouts/slideLayout2.xml`. */
  part: string;
  /** `p:cSld/@name` (may be localised, renamed or empty). */
  name: string;
  /** Part name of its slide master. */
  master: string;
  /** Placeholders in the layout's shape order. */
  placeholders: ResolvedPlaceholder[];
  /**
   * The background's dominant solid colour (six hex digits) when it can be told (a solid fill or
   * the first stop of a gradient, through layout → master); used for contrast and to choose text
   * colours. Undefined for pictures the reader cannot judge.
   */
  background?: string;
  /**
   * What lies under the layout's content area (its body and content placeholders, or the area
   * below its title): the colours text there is drawn on, for contrast (WCAG 2.1 SC 1.4.3).
   */
  backdrop?: Backdrop;
  /**
   * The layout's `type` attribute (ST_SlideLayoutType, ECMA-376 §19.7.15: `title`, `obj`,
   * `secHead`, `twoObj`, `titleOnly`, `cust`, …) when written; a hint for mapping, never trusted alone.
   */
  type?: string;
}

/** A slide master of the template. */
export interface TemplateMaster {
  part: string;
  name: string;
  /** Part name of its theme. */
  theme: string;
  /** Part names of its layouts, in `p:sldLayoutIdLst` order. */
  layouts: string[];
  /**
   * False when the master has no `p:txStyles` (LibreOffice writes none): its placeholders' levels
   * were then read from the prompt paragraphs ("Click to edit…"), which renderers do NOT inherit —
   * LibreOffice 7.4 shows its own defaults instead (measured: 44 pt titles, 32 pt body, theme font,
   * black). The writer must write each placeholder's resolved levels on the slide (an `a:lstStyle`
   * in the slide placeholder's `p:txBody`, which LibreOffice honours). True (or absent) when slide
   * text inherits them from the layout and master as ECMA-376 says.
   */
  inheritsTextStyles?: boolean;
}

/** The theme of a master (`a:theme`), resolved through the master's colour map. */
export interface TemplateTheme {
  part: string;
  name: string;
  majorFont: FontTriple;
  minorFont: FontTriple;
  /** Scheme colours by name: dk1, lt1, dk2, lt2, accent1–6, hlink, folHlink, and the mapped bg1, tx1, bg2, tx2. */
  colors: Record<string, string>;
}

/**
 * A template package: the parts a deck is built on (masters, layouts, themes, their relationships
 * and media; no slides, no notes) and what the fit stage and writer need to know about them.
 */
export interface TemplateModel {
  /** Where it came from, for messages: a file path, or `templates/default/theme.json`. */
  source: string;
  /** Slide size from `p:sldSz`, inches and EMU. */
  slideSize: { width: number; height: number; cx: number; cy: number };
  masters: TemplateMaster[];
  layouts: TemplateLayout[];
  themes: TemplateTheme[];
  /**
   * The template's parts to carry into the deck, under their own part names: `ppt/slideMasters/`,
   * `ppt/slideLayouts/`, `ppt/theme/` (masters' themes only) with their `_rels`, and whatever those
   * relationships point to (media, embedded fonts). No slides, notes, presentation.xml or docProps.
   */
  parts: PackageParts;
  /**
   * Content type of every part in `parts` (part names without a leading `/`, as in `parts`), from
   * the template's `[Content_Types].xml`, so the writer can register them. Set by the reader and the bundled generator alike.
   */
  contentTypes?: Map<string, string>;
  /**
   * True when a layout overrides its master's colour map (`p:clrMapOvr`, ECMA-376 Part 1,
   * §19.3.1.7) or the masters map colours differently: `tx1` then means different colours on
   * different slides, so the writer refers to the accents only and writes other colours as RGB.
   */
  colorMapsDiffer?: boolean;
  /** Boxes of the handling-marking banners briefdeck put on the slide masters, inches (issue #11 §3). */
  markings?: TemplateBox[];
}

/**
 * The slide layouts briefdeck needs, by what they hold (issue #11 §3): a title slide (`ctrTitle` +
 * `subTitle`), a section header (title + one body), title and content (title + one body or content
 * placeholder), two content (title + two bodies side by side), title only.
 */
export type LayoutRole = 'cover' | 'section' | 'content' | 'two-content' | 'title-only';

/** Which template layout serves each role, and how well. */
export interface LayoutMapping {
  role: LayoutRole;
  layout: TemplateLayout;
  /** `named`: chosen by `theme.json`'s `layouts`; `exact`: has the role's placeholders; `fallback`: the nearest there was. */
  match: 'named' | 'exact' | 'fallback';
  /** Set for a fallback: what the chosen layout lacks, for `briefdeck layouts` and a build warning. */
  note?: string;
  /** Set for a fallback: the `template-layout-fallback` warning, which a build reports only when the deck has slides of the role. */
  warning?: Diagnostic;
}

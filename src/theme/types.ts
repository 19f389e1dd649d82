/**
 * The visual theme of a template set (`theme.json`): sizes in inches and points, colours as
 * six-digit hex without `#`. Loaded and validated by the render stage, used by fit and write.
 */
export interface Theme {
  /** Slide size in inches (16:9 default 13.333 × 7.5). */
  slide: { width: number; height: number };
  fonts: {
    /** Font of titles; must have shipped metrics (see src/fit/metrics). */
    heading: string;
    /** Font of body text, tables and notes. */
    body: string;
    /** Font of inline code. */
    mono: string;
  };
  colors: {
    background: string;
    /** Title text and accents. */
    primary: string;
    /** Secondary accent (key-figure numbers, timeline dots). */
    accent: string;
    text: string;
    muted: string;
    /** Table header fill and its text colour. */
    tableHeaderFill: string;
    tableHeaderText: string;
    /** Fill of every second table row. */
    tableStripe: string;
    /**
     * Fill of the other table rows; absent means none. Not a theme.json key: set for house
     * templates whose content area is not one colour (issue #11), see `deriveTheme`.
     */
    tableFill?: string;
    tableBorder: string;
    /** Cover background and its text colour. */
    coverFill: string;
    coverText: string;
    /** Chart series colours, used in order; there must be at least as many as series. */
    chart: string[];
  };
  /** Font sizes in points; `*Min` are the floors fitting may shrink to before splitting. */
  sizes: {
    coverTitle: number;
    title: number;
    body: number;
    bodyMin: number;
    table: number;
    tableMin: number;
    keyFigure: number;
    footer: number;
    marking: number;
  };
  /**
   * Body text sizes in points on the layouts briefdeck draws itself (title-only: tables, charts,
   * key figures, timeline, pictures), where they differ from `sizes.body`/`sizes.bodyMin`: set
   * only by the theme derived from a house template, whose body size is its placeholders' and is
   * capped there (src/theme/drawn-text-caps.ts, issue #11). A `theme.json` cannot set it.
   */
  drawn?: { body: number; bodyMin: number };
  /** Handling/classification banner. */
  marking: {
    fill: string;
    text: string;
    /** Where the banner is drawn on each slide. */
    position: 'top' | 'bottom' | 'both';
    /** Marking for briefs that set none (an organisation-wide default); '' for none. */
    default?: string;
  };
  /** Optional logo drawn on the cover and in the top right of content slides. */
  logo: { path: string; width: number; height: number } | null;
  /** Footer text shown left of the date on content slides, e.g. the organisation. */
  footer: { text: string };
  /**
   * A house template (.pptx or .potx) to build on, relative to the template set's folder, or null
   * for the set's own generated master and layouts (issue #11 §3).
   */
  reference: string | null;
  /**
   * Template layout names per layout role (`cover`, `section`, `content`, `two-content`,
   * `title-only`), overriding the choice by placeholders; names are matched case-insensitively.
   */
  layouts: Partial<Record<'cover' | 'section' | 'content' | 'two-content' | 'title-only', string>>;
}

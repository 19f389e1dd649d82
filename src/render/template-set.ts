import type { ParsedData } from '../data/parse-data.js';

/** A template file's text with the path it was read from (for error messages). */
export interface TemplateFile {
  path: string;
  text: string;
  /**
   * True for a file of a template set shipped with briefdeck. Its output is tested for every
   * valid brief, so a problem in what it rendered comes from the data (issue #14).
   */
  bundled?: boolean;
}

/**
 * A template set as read from disk: the deck template, one partial per slide kind, the theme
 * and label files. Built by `src/io/load-template-set.ts`; everything after that is pure.
 */
export interface TemplateSet {
  /** Name (`default`) or folder the set was loaded from. */
  name: string;
  /** Folder of the set; images in templates resolve under it. */
  dir: string;
  /** `deck.hbs`: the slide order, as a list of partial calls. */
  deck: TemplateFile;
  /** Partials by name (`cover` for `slides/cover.hbs`). */
  partials: Map<string, TemplateFile>;
  /**
   * Parsed `theme.json`, validated by `resolveTheme`; `parsed` (absent for a set without its own
   * theme) lets theme errors point at the line and column of the key.
   */
  theme: { path: string; value: unknown; parsed?: ParsedData };
  /** Label files by language (`labels/en.json` → `en`). */
  labels: Map<string, { path: string; value: Record<string, string> }>;
}

import type { PackageParts } from '../package-parts.js';

/** Facts of the deck that fixes need to make the package reproducible. */
export interface FixContext {
  /** Document creation instant (ISO 8601), written as created and modified date. */
  createdIso: string;
  /** BCP 47 language of the deck, for text pptxgenjs writes without one (notes). */
  lang: string;
  /**
   * Each slide on its template layout, in deck order (issue #11): set when the slides were
   * re-parented, so the slide pass turns marked shapes into placeholders. Unset for pptxgenjs'
   * package as it is.
   */
  slides?: readonly SlideOnLayout[];
}

/** What the slide pass needs to know of a slide on its layout. */
export interface SlideOnLayout {
  /** `idx` of the layout's slide-number placeholder; unset when the layout has none. */
  slideNumberIdx?: number;
  /** Hide the layout's and master's graphics on this slide (`showMasterSp="0"`). */
  hideMasterShapes: boolean;
  /**
   * The layout's placeholders whose vertical text briefdeck turns horizontal (`template/vertical-
   * text.ts`); the slide's placeholders of these types get `vert="horz"`. Unset when there are none.
   */
  turnedTypes?: readonly string[];
}

/** One normalisation step: edits the package in place. */
export type PackageFix = (parts: PackageParts, ctx: FixContext) => void;

/** Natural order; one collator for the process (`localeCompare` with options builds one per call). */
const NATURAL = new Intl.Collator('en', { numeric: true });

/** Parts under `folder` whose names end in `suffix`, in natural order (slide2 before slide10). */
export function partsIn(parts: PackageParts, folder: string, suffix = '.xml'): string[] {
  return parts
    .names()
    .filter((name) => name.startsWith(folder) && !name.slice(folder.length).includes('/') && name.endsWith(suffix))
    .sort(NATURAL.compare);
}

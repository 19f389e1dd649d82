import type { Pptx } from '../pptxgen-types.js';
import type { Theme } from '../../theme/types.js';
import type { ThemeRefs } from '../template/theme-refs.js';

/**
 * Loads an image file for the writer; width and height are the stored pixel size, `orientation`
 * the EXIF orientation (1–8) of a JPEG that has one.
 */
export type ImageLoader = (path: string) => { data: Uint8Array; width: number; height: number; orientation?: number };

/** What every shape handler needs besides its shape: the deck-wide facts of the write. */
export interface WriteContext {
  /** pptxgenjs instance of this deck (used for its shape-type names). */
  pptx: Pptx;
  theme: Theme;
  /** BCP 47 language tag written on every run, so spell-checking and fonts pick the right language. */
  lang: string;
  /** 1-based slide number of a symbolic slide id, or undefined when no slide has that id. */
  slideNumberOf: (slideId: string) => number | undefined;
  loadImage: ImageLoader | undefined;
  /** Theme references for typefaces and colours (`+mn-lt`, `tx1`, …). */
  refs: ThemeRefs;
  /** Title of the slide being drawn (a chart does not repeat it as its own title). */
  slideTitle: string;
}

import type { LaidOutDeck } from '../deck/laid-out.js';
import { PackageCheckError } from '../diagnostics/errors.js';
import { buildRawParts } from './build-raw.js';
import { normalisePackage } from './normalise-package.js';
import { checkPackage } from './self-check.js';
import type { ImageLoader } from './shapes/context.js';

export type { ImageLoader } from './shapes/context.js';

/** Options of `writePptx`. */
export interface WritePptxOptions {
  /** Loads an image by the path in an image shape; required when the deck has images. */
  loadImage?: ImageLoader;
}

/**
 * Stage 7: writes a laid-out deck as .pptx bytes. Shapes are mapped mechanically with pptxgenjs,
 * the package is normalised (schema fixes, fixed dates and names, deterministic compressed zip) and
 * self-checked; a package that fails the check throws `PackageCheckError`, since that is a bug in
 * briefdeck, never in the brief. The same deck always gives the same bytes.
 */
export async function writePptx(deck: LaidOutDeck, options: WritePptxOptions = {}): Promise<Uint8Array> {
  const raw = await buildRawParts(deck, options.loadImage);
  const bytes = normalisePackage(raw, { createdIso: deck.meta.createdIso, lang: deck.meta.language });
  const problems = checkPackage(bytes);
  if (problems.length > 0) throw new PackageCheckError(problems);
  return bytes;
}

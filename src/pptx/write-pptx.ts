import type { LaidOutDeck } from '../deck/laid-out.js';
import { PackageCheckError } from '../diagnostics/errors.js';
import { buildRawParts } from './build-raw.js';
import { normaliseParts } from './normalise-package.js';
import { checkParts, checkZip } from './self-check.js';
import { zipDeterministic } from './zip.js';
import { reparentOnTemplate } from './template/reparent.js';
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
  const placements = deck.slides.map((slide) => ({ layoutPart: slide.layoutPart, hideMasterShapes: slide.hideMasterShapes === true }));
  const slides = reparentOnTemplate(raw, deck.template, placements);
  const parts = normaliseParts(raw, { createdIso: deck.meta.createdIso, lang: deck.meta.language, slides });
  // The self-check (what `checkPackage` checks on bytes) runs on the parts in memory, before they
  // are zipped, so nothing the normaliser just deflated is inflated and decoded again; the zip is
  // then checked to hold exactly those parts.
  const problems = checkParts(parts);
  if (problems.length > 0) throw new PackageCheckError(problems);
  const record = parts.toRecord();
  // The template's own parts are the same bytes in every deck built on it: deflated once per process.
  const bytes = zipDeterministic(record, { recurring: (name) => deck.template.parts.has(name) });
  const zipProblems = checkZip(bytes, record);
  if (zipProblems.length > 0) throw new PackageCheckError(zipProblems);
  return bytes;
}

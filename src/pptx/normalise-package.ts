import { renumberCharts } from './fixes/renumber-charts.js';
import { dropMissingOverrides } from './fixes/content-types.js';
import { orderPresentation } from './fixes/presentation-order.js';
import { fixChartSchema } from './fixes/chart-schema.js';
import { fixChartCategories } from './fixes/chart-categories.js';
import { relativeTargets } from './fixes/relative-targets.js';
import { finishSlides } from './fixes/finish-slides.js';
import { splitNotesParagraphs } from './fixes/notes-paragraphs.js';
import { fixDocumentDates } from './fixes/document-dates.js';
import { normaliseEmbeddedWorkbooks } from './fixes/embedded-workbooks.js';
import { fixDocumentLanguage } from './fixes/document-language.js';
import { fixRunLanguages } from './fixes/run-languages.js';
import type { FixContext, PackageFix } from './fixes/context.js';
import { PackageParts } from './package-parts.js';
import { zipDeterministic } from './zip.js';

/**
 * The fixes, in order. Charts are renamed first so every later fix sees the final part names, and
 * content types are pruned after the renaming. Run languages are settled before the document
 * language, which is the language most of the text is in; targets are made relative last, after every rename.
 */
export const packageFixes: readonly PackageFix[] = [
  renumberCharts,
  dropMissingOverrides,
  orderPresentation,
  fixChartSchema,
  fixChartCategories,
  finishSlides,
  splitNotesParagraphs,
  fixDocumentDates,
  normaliseEmbeddedWorkbooks,
  fixRunLanguages,
  fixDocumentLanguage,
  relativeTargets,
];

/**
 * Turns pptxgenjs' package (its zip, or its parts taken before zipping) into a schema-valid,
 * reproducible one: applies every fix for the defects measured in DESIGN §3, and zips it again
 * deterministically and compressed (pptxgenjs' `write()` ignores compression). Parts passed in are
 * edited in place.
 */
export function normalisePackage(raw: Uint8Array | PackageParts, ctx: FixContext): Uint8Array {
  return zipDeterministic(normaliseParts(raw, ctx).toRecord());
}

/** The fixes of {@link normalisePackage} without the zipping: the parts, ready to check and zip. */
export function normaliseParts(raw: Uint8Array | PackageParts, ctx: FixContext): PackageParts {
  const parts = raw instanceof PackageParts ? raw : PackageParts.fromZip(raw);
  for (const fix of packageFixes) fix(parts, ctx);
  return parts;
}

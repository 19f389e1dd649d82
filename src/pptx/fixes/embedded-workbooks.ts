import { PackageParts } from '../package-parts.js';
import { zipDeterministic } from '../zip.js';
import { partsIn, type PackageFix } from './context.js';
import { fixCoreDates } from './document-dates.js';

/**
 * Rebuilds each chart's embedded workbook reproducibly: the brief's date in its core properties
 * (pptxgenjs stamps the build time) and a deterministic zip (JSZip writes timestamps and folder
 * entries).
 */
export const normaliseEmbeddedWorkbooks: PackageFix = (parts, ctx) => {
  for (const name of partsIn(parts, 'ppt/embeddings/', '.xlsx')) {
    const workbook = PackageParts.fromZip(parts.bytes(name));
    fixCoreDates(workbook, 'docProps/core.xml', ctx.createdIso);
    parts.setBytes(name, zipDeterministic(workbook.toRecord()));
  }
};

import { PackageParts } from '../package-parts.js';
import { zipDeterministic } from '../zip.js';
import { partsIn, type PackageFix } from './context.js';
import { fixCoreDates } from './document-dates.js';
import { cachedCellsByWorkbook, fillCachedCells } from './workbook-cells.js';

/**
 * Rebuilds each chart's embedded workbook reproducibly and true to the chart: the brief's date in
 * its core properties (pptxgenjs stamps the build time), every number the chart caches in its cell
 * (pptxgenjs leaves zeros out), and a deterministic zip (JSZip writes timestamps and folder entries).
 */
export const normaliseEmbeddedWorkbooks: PackageFix = (parts, ctx) => {
  const cached = cachedCellsByWorkbook(parts);
  for (const name of partsIn(parts, 'ppt/embeddings/', '.xlsx')) {
    const workbook = PackageParts.fromZip(parts.bytes(name));
    fixCoreDates(workbook, 'docProps/core.xml', ctx.createdIso);
    fillCachedCells(workbook, cached.get(name) ?? new Map());
    parts.setBytes(name, zipDeterministic(workbook.toRecord()));
  }
};

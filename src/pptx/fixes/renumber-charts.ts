import type { PackageParts } from '../package-parts.js';
import { partsIn, type PackageFix } from './context.js';

/**
 * Names charts `chart1.xml`, `chart2.xml`, ... and their workbooks `Microsoft_Excel_Worksheet1.xlsx`,
 * ... in slide order. pptxgenjs numbers charts with a counter that lives as long as the process, so
 * the second deck built in one process would otherwise differ from the same deck built alone.
 */
export const renumberCharts: PackageFix = (parts) => {
  const charts = new Map<string, string>();
  const workbooks = new Map<string, string>();
  for (const slideRels of partsIn(parts, 'ppt/slides/_rels/', '.xml.rels')) {
    for (const target of targets(parts.text(slideRels))) {
      // pptxgenjs writes chart targets absolute (`/ppt/charts/…`); accept the relative form too.
      const match = /^(?:\.\.|\/ppt)\/charts\/(chart\d+\.xml)$/.exec(target);
      if (match?.[1] !== undefined && !charts.has(match[1])) charts.set(match[1], `chart${charts.size + 1}.xml`);
    }
  }
  for (const chart of charts.keys()) {
    const rels = `ppt/charts/_rels/${chart}.rels`;
    if (!parts.has(rels)) continue;
    for (const target of targets(parts.text(rels))) {
      const match = /^(?:\.\.|\/ppt)\/embeddings\/([^/]+\.xlsx)$/.exec(target);
      if (match?.[1] !== undefined && !workbooks.has(match[1])) {
        workbooks.set(match[1], `Microsoft_Excel_Worksheet${workbooks.size + 1}.xlsx`);
      }
    }
  }
  const moves = new Map<string, string>();
  for (const [from, to] of charts) {
    moves.set(`ppt/charts/${from}`, `ppt/charts/${to}`);
    moves.set(`ppt/charts/_rels/${from}.rels`, `ppt/charts/_rels/${to}.rels`);
  }
  for (const [from, to] of workbooks) moves.set(`ppt/embeddings/${from}`, `ppt/embeddings/${to}`);
  if ([...moves].every(([from, to]) => from === to)) return;

  movePartsAtOnce(parts, moves);
  const rename = (name: string, map: Map<string, string>): string => map.get(name) ?? name;
  const retarget = (text: string): string =>
    text
      .replace(/(Target="(?:\.\.|\/ppt)\/charts\/)(chart\d+\.xml)"/g, (_, head: string, name: string) => `${head}${rename(name, charts)}"`)
      .replace(/(Target="(?:\.\.|\/ppt)\/embeddings\/)([^"/]+\.xlsx)"/g, (_, head: string, name: string) => `${head}${rename(name, workbooks)}"`);
  for (const rels of [...partsIn(parts, 'ppt/slides/_rels/', '.xml.rels'), ...partsIn(parts, 'ppt/charts/_rels/', '.xml.rels')]) {
    parts.editText(rels, retarget);
  }
  parts.editText('[Content_Types].xml', (text) =>
    text.replace(/(PartName="\/ppt\/charts\/)(chart\d+\.xml)"/g, (_, head: string, name: string) => `${head}${rename(name, charts)}"`),
  );
};

/** Relationship targets of a .rels part, in document order. */
function targets(rels: string): string[] {
  return [...rels.matchAll(/\bTarget="([^"]*)"/g)].map((match) => match[1] ?? '');
}

/** Renames parts as one step, so `chart3 → chart1` cannot overwrite a `chart1 → chart2` still pending. */
function movePartsAtOnce(parts: PackageParts, moves: Map<string, string>): void {
  const taken = new Map<string, Uint8Array>();
  for (const from of moves.keys()) {
    if (!parts.has(from)) continue;
    taken.set(from, parts.bytes(from));
    parts.delete(from);
  }
  for (const [from, data] of taken) parts.setBytes(moves.get(from) ?? from, data);
}

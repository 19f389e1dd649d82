import type { PackageParts } from '../package-parts.js';
import { resolveTarget } from '../part-names.js';
import { partsIn } from './context.js';

/** Number cells a workbook must hold: sheet name → cell reference (`B3`) → value as the chart caches it. */
export type CachedCells = Map<string, Map<string, string>>;

const PACKAGE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/package';

/**
 * The numbers each chart shows, by the embedded workbook (part name) and cell they come from:
 * every `c:numRef` names its cells (`<c:f>Sheet1!$B$2:$B$5</c:f>`) and caches their values
 * (`c:numCache`, point `idx` = position in the range; ECMA-376 Part 1, 21.2.2.121).
 */
export function cachedCellsByWorkbook(parts: PackageParts): Map<string, CachedCells> {
  const byWorkbook = new Map<string, CachedCells>();
  for (const chart of partsIn(parts, 'ppt/charts/')) {
    const workbook = embeddedWorkbookOf(parts, chart);
    if (workbook === undefined) continue;
    const cells = byWorkbook.get(workbook) ?? new Map<string, Map<string, string>>();
    byWorkbook.set(workbook, cells);
    for (const match of parts.text(chart).matchAll(/<c:numRef>\s*<c:f>([^<]*)<\/c:f>\s*<c:numCache>([\s\S]*?)<\/c:numCache>/g)) {
      const range = parseRange(match[1] ?? '');
      if (range === undefined) continue;
      const sheet = cells.get(range.sheet) ?? new Map<string, string>();
      cells.set(range.sheet, sheet);
      for (const point of (match[2] ?? '').matchAll(/<c:pt idx="(\d+)"[^>]*>\s*<c:v>([^<]*)<\/c:v>/g)) {
        const cell = range.cells[Number(point[1])];
        if (cell !== undefined) sheet.set(cell, point[2] ?? '');
      }
    }
  }
  return byWorkbook;
}

/**
 * Writes each cached number into its workbook cell where the cell says something else. pptxgenjs
 * 4.0.1 writes `values[i] || ''`, so a 0 became an empty cell: the chart drew 0, but "Edit Data"
 * in PowerPoint showed a blank that redraws the chart without it (issue #14).
 */
export function fillCachedCells(workbook: PackageParts, cells: CachedCells): void {
  for (const [sheetName, values] of cells) {
    const sheet = sheetPart(workbook, sheetName);
    if (sheet === undefined || !workbook.has(sheet)) continue;
    workbook.editText(sheet, (text) =>
      text.replace(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g, (whole, ref: string, attrs: string, body: string | undefined) => {
        const value = values.get(ref);
        if (value === undefined) return whole;
        const written = /<v>([^<]*)<\/v>/.exec(body ?? '')?.[1];
        if (!/\bt="/.test(attrs) && written !== undefined && written !== '' && Number(written) === Number(value)) return whole;
        // A number cell: no `t` (shared string, inline string) and the value the chart shows.
        return `<c r="${ref}"${attrs.replace(/\s*\bt="[^"]*"/, '')}><v>${value}</v></c>`;
      }),
    );
  }
}

/** The workbook behind a chart's `c:externalData` (its `package` relationship), if any. */
function embeddedWorkbookOf(parts: PackageParts, chart: string): string | undefined {
  const rels = chart.replace(/([^/]+)$/, '_rels/$1.rels');
  if (!parts.has(rels)) return undefined;
  for (const rel of parts.text(rels).matchAll(/<Relationship\b[^>]*>/g)) {
    const target = /\bTarget="([^"]*)"/.exec(rel[0])?.[1];
    if (rel[0].includes(`Type="${PACKAGE_REL}"`) && target !== undefined) return resolveTarget(chart, target);
  }
  return undefined;
}

/** The worksheet part of a sheet, by name, through `xl/workbook.xml` and its relationships. */
function sheetPart(workbook: PackageParts, name: string): string | undefined {
  if (!workbook.has('xl/workbook.xml') || !workbook.has('xl/_rels/workbook.xml.rels')) return undefined;
  const sheet = [...workbook.text('xl/workbook.xml').matchAll(/<sheet\b[^>]*>/g)].find((m) => /\bname="([^"]*)"/.exec(m[0])?.[1] === name);
  const id = sheet && /\br:id="([^"]*)"/.exec(sheet[0])?.[1];
  if (id === undefined) return undefined;
  const rel = [...workbook.text('xl/_rels/workbook.xml.rels').matchAll(/<Relationship\b[^>]*>/g)].find((m) => m[0].includes(`Id="${id}"`));
  const target = rel && /\bTarget="([^"]*)"/.exec(rel[0])?.[1];
  return target === undefined ? undefined : resolveTarget('xl/workbook.xml', target);
}

/** The cells of a one-column or one-row range (`Sheet1!$B$2:$B$5`, `'My sheet'!C2:F2`), in order. */
function parseRange(formula: string): { sheet: string; cells: string[] } | undefined {
  const match = /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(formula.trim());
  if (match === null) return undefined;
  const sheet = match[1] !== undefined ? match[1].replace(/''/g, "'") : (match[2] ?? '');
  const [fromCol, fromRow] = [columnNumber(match[3]!), Number(match[4])];
  const [toCol, toRow] = [match[5] === undefined ? fromCol : columnNumber(match[5]), match[6] === undefined ? fromRow : Number(match[6])];
  if (fromCol !== toCol && fromRow !== toRow) return undefined;
  const cells: string[] = [];
  for (let col = fromCol; col <= toCol; col += 1) {
    for (let row = fromRow; row <= toRow; row += 1) cells.push(`${columnName(col)}${row}`);
  }
  return { sheet, cells };
}

function columnNumber(name: string): number {
  return [...name].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);
}

function columnName(n: number): string {
  let name = '';
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26)) name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  return name;
}

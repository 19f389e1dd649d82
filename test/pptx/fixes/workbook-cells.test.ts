import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { validate, writeOut } from '../helpers.js';
import { chartDeck } from './chart-helpers.js';

/** The cells of the first sheet of an embedded workbook, as `B3=0`. */
function sheetCells(pptx: Uint8Array, workbook: string): string[] {
  const inner = unzipSync(unzipSync(pptx)[`ppt/embeddings/${workbook}`]!);
  const sheet = strFromU8(inner['xl/worksheets/sheet1.xml']!);
  return [...sheet.matchAll(/<c r="([A-Z]+\d+)"([^>]*)>(?:<v>([^<]*)<\/v>)?<\/c>/g)].filter((m) => !/t="s"/.test(m[2]!)).map((m) => `${m[1]}=${m[3] ?? ''}`);
}

describe('embedded workbook cells (issue #14, item 2)', () => {
  it('hold every number the chart shows, zeros included', async () => {
    const pptx = await chartDeck((values) => {
      values[0] = 0;
      values[2] = -0;
    });
    expect(sheetCells(pptx, 'Microsoft_Excel_Worksheet1.xlsx')).toEqual(['B2=0', 'C2=3.2', 'B3=17.9', 'C3=4.1', 'B4=0', 'C4=4.8', 'B5=23', 'C5=5.5']);
    expect(sheetCells(pptx, 'Microsoft_Excel_Worksheet2.xlsx')).toEqual(['B2=0', 'C2=0.4', 'B3=4.5', 'C3=0.5', 'B4=0', 'C4=0.6', 'B5=3.9', 'C5=0.5']);
    const result = validate(writeOut('zeros.pptx', pptx));
    if (result === undefined) return;
    expect(result.status, result.output).toBe(0);
    // pptx-lint compares each cached number with its cell; a mismatch is a warning it prints.
    expect(result.output).not.toContain('!= workbook');
  });

  it('leave a deck without zeros as pptxgenjs wrote it', async () => {
    const pptx = await chartDeck(() => undefined);
    expect(sheetCells(pptx, 'Microsoft_Excel_Worksheet1.xlsx')).toEqual(['B2=14.1', 'C2=3.2', 'B3=17.9', 'C3=4.1', 'B4=21.4', 'C4=4.8', 'B5=23', 'C5=5.5']);
  });
});

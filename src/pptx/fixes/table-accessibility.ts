/**
 * Makes a graphic frame's table accessible (issue #12, DESIGN §10): pptxgenjs writes `<a:tblPr/>` and no
 * alt text, so PowerPoint's checker reports "No header row specified" and "Missing alternative
 * text" on every table. The writer always writes a table's header row first (shapes/table.ts), so
 * the fix sets `firstRow` (and `bandRow`, for a table style applied later) and describes the table
 * by its column names and size, `Name, Role, Position (12 × 3)` (body rows × columns), in
 * `p:cNvPr/@descr`. A frame without pptxgenjs' empty `<a:tblPr/>` is returned as it is, so a
 * table that already says what its header is keeps it.
 */
export function accessibleTable(frame: string): string {
  if (!frame.includes('<a:tblPr/>')) return frame;
  // Rows are counted, not cut out: a long table's rows would each become a string only to be counted.
  let rows = 0;
  for (let at = frame.indexOf('</a:tr>'); at >= 0; at = frame.indexOf('</a:tr>', at + 7)) rows += 1;
  const firstRow = /<a:tr\b[\s\S]*?<\/a:tr>/.exec(frame)?.[0] ?? '';
  const header = [...firstRow.matchAll(/<a:tc\b[\s\S]*?<\/a:tc>/g)].map((cell) => cellText(cell[0]));
  const description = `${header.join(', ')} (${Math.max(0, rows - 1)} × ${header.length})`;
  return frame
    .replace('<a:tblPr/>', '<a:tblPr firstRow="1" bandRow="1"/>')
    .replace(/(<p:cNvPr\b[^>]*?)(\s+descr="[^"]*")?(\s*\/?>)/, (_, open: string, _descr, close: string) => `${open} descr="${description}"${close}`);
}

/** A cell's text as it stands in the XML (entities kept, so it can go back into an attribute as is). */
function cellText(cell: string): string {
  return [...cell.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('').replace(/\s+/g, ' ').trim();
}

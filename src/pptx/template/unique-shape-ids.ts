/**
 * Shape ids (`p:cNvPr/@id`) must be unique within a part (ECMA-376 Part 1, §19.3.1.12; pptx-lint
 * `shapeid`). Masters and layouts converted by LibreOffice repeat them (the group's id 1 again on a
 * shape), so a carried master or layout with repeats is numbered 1, 2, 3, … in document order.
 * Parts whose animations refer to shapes by id (`spid`) are left alone: renumbering would break them.
 */
export function uniqueShapeIds(xml: string): string {
  const ids = [...xml.matchAll(/<p:cNvPr\b[^>]*?\bid="(\d+)"/g)].map((m) => m[1]);
  if (new Set(ids).size === ids.length || /\bspid="/.test(xml)) return xml;
  let next = 0;
  return xml.replace(/(<p:cNvPr\b[^>]*?\bid=")\d+"/g, (_m, head: string) => `${head}${++next}"`);
}

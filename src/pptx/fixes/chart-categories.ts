import { partsIn, type PackageFix } from './context.js';

/**
 * Writes one-level chart categories as `c:strRef`, as PowerPoint does. pptxgenjs always writes a
 * `c:multiLvlStrRef` (meant for hierarchical categories, ECMA-376 Part 1, 21.2.2.115); with a single
 * `c:lvl` it means the same as a `c:strRef` (21.2.2.205), but Apache POI fails to read it (issue #14).
 * Categories with two or more levels stay as they are.
 */
export const fixChartCategories: PackageFix = (parts) => {
  for (const chart of partsIn(parts, 'ppt/charts/')) {
    parts.editText(chart, (text) => text.replace(/<c:multiLvlStrRef>[\s\S]*?<\/c:multiLvlStrRef>/g, toStrRef));
  }
};

/** A `c:multiLvlStrRef` with one level as the equivalent `c:strRef`; anything else unchanged. */
function toStrRef(reference: string): string {
  // pptxgenjs indents between these tags; white space between elements means nothing here.
  const match =
    /^<c:multiLvlStrRef>\s*(<c:f>[^<]*<\/c:f>)\s*<c:multiLvlStrCache>\s*(<c:ptCount val="\d+"\/>)\s*<c:lvl>((?:(?!<c:lvl>)[\s\S])*?)<\/c:lvl>\s*<\/c:multiLvlStrCache>\s*<\/c:multiLvlStrRef>$/.exec(reference);
  if (match === null) return reference;
  const [, formula, count, points] = match;
  return `<c:strRef>${formula}<c:strCache>${count}${points}</c:strCache></c:strRef>`;
}

import { partsIn, type PackageFix } from './context.js';

/** A paragraph property element, empty or with children (`a:pPr` never nests). */
const PPR = /<a:pPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:pPr>)/g;

/**
 * Repairs text paragraphs in slides. pptxgenjs writes an `a:pPr` before every run of a multi-run
 * paragraph (only one, first, is allowed); the first is the one built from the paragraph's options,
 * so the rest are dropped. It also sizes `a:endParaRPr` after the box's first paragraph and writes
 * `a:br` without run properties (PowerPoint then sizes the break at 18 pt); both take the size of
 * the paragraph's own runs, so line heights match what the fit stage measured.
 */
export const fixParagraphs: PackageFix = (parts) => {
  for (const slide of partsIn(parts, 'ppt/slides/')) parts.editText(slide, (text) => text.replace(/<a:p>([\s\S]*?)<\/a:p>/g, fixParagraph));
};

/** Fixes one `<a:p>…</a:p>`. */
export function fixParagraph(paragraph: string): string {
  let seen = 0;
  // Most paragraphs have one `a:pPr` at most and no break: the string tests skip those regex passes.
  const first = paragraph.indexOf('<a:pPr');
  let out = first >= 0 && paragraph.indexOf('<a:pPr', first + 1) >= 0 ? paragraph.replace(PPR, (ppr) => (++seen === 1 ? ppr : '')) : paragraph;
  const runProps = [...out.matchAll(/<a:r><a:rPr\b([^>]*?)\/?>/g)].map((match) => ({
    at: match.index ?? 0,
    lang: /\blang="([^"]*)"/.exec(match[1] ?? '')?.[1],
    size: /\bsz="(\d+)"/.exec(match[1] ?? '')?.[1],
  }));
  if (runProps.length === 0) return out;
  if (out.includes('<a:br/>')) out = out.replace(/<a:br\/>/g, (br, at: number) => {
    const before = runProps.filter((run) => run.at < at).pop() ?? runProps[0];
    return before === undefined ? br : `<a:br>${rPr(before.lang, before.size)}</a:br>`;
  });
  const last = runProps[runProps.length - 1];
  if (last?.size !== undefined) {
    out = out.replace(/(<a:endParaRPr\b[^>]*?)\ssz="\d+"/, `$1 sz="${last.size}"`);
    if (!/<a:endParaRPr\b[^>]*\ssz="/.test(out)) out = out.replace(/<a:endParaRPr\b/, `<a:endParaRPr sz="${last.size}"`);
  }
  return out;
}

/** Empty run properties with a language and size. */
function rPr(lang: string | undefined, size: string | undefined): string {
  return `<a:rPr${lang === undefined ? '' : ` lang="${lang}"`}${size === undefined ? '' : ` sz="${size}"`} dirty="0"/>`;
}

/** A paragraph property element, empty or with children (`a:pPr` never nests). */
const PPR = /<a:pPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:pPr>)/g;

/** The run properties that open a run, with their attributes. */
const RUN_PROPS = /<a:r><a:rPr\b([^>]*?)\/?>/g;

/** The paragraph's end properties start tag. */
const END_PARA_RPR = /<a:endParaRPr\b[^>]*>/;

/**
 * Repairs text paragraphs in slides. pptxgenjs writes an `a:pPr` before every run of a multi-run
 * paragraph (only one, first, is allowed); the first is the one built from the paragraph's options,
 * so the rest are dropped. It also sizes `a:endParaRPr` after the box's first paragraph and writes
 * `a:br` without run properties (PowerPoint then sizes the break at 18 pt); both take the size of
 * the paragraph's own runs, so line heights match what the fit stage measured.
 *
 * Applies {@link fixParagraph} to every `<a:p>…</a:p>` of `xml` (a slide or a shape; `a:p` never
 * nests). Found with `indexOf` and copied only where a paragraph changed: a lazy regular expression
 * over whole slides was the costliest step of normalising a package.
 */
export function fixParagraphsIn(xml: string): string {
  let out = '';
  let copied = 0;
  let start = xml.indexOf('<a:p>');
  while (start >= 0) {
    const end = xml.indexOf('</a:p>', start);
    if (end < 0) break;
    const close = end + '</a:p>'.length;
    const paragraph = xml.slice(start, close);
    const fixed = fixParagraph(paragraph);
    if (fixed !== paragraph) {
      out += xml.slice(copied, start) + fixed;
      copied = close;
    }
    start = xml.indexOf('<a:p>', close);
  }
  return copied === 0 ? xml : out + xml.slice(copied);
}

/** Fixes one `<a:p>…</a:p>`; returns the same string when nothing needs fixing. */
export function fixParagraph(paragraph: string): string {
  let seen = 0;
  // Most paragraphs have one `a:pPr` at most and no break: the string tests skip those regex passes.
  const first = paragraph.indexOf('<a:pPr');
  let out = first >= 0 && paragraph.indexOf('<a:pPr', first + 1) >= 0 ? paragraph.replace(PPR, (ppr) => (++seen === 1 ? ppr : '')) : paragraph;
  const hasBreak = out.includes('<a:br/>');
  const lastRun = out.lastIndexOf('<a:r><a:rPr');
  if (lastRun < 0) return out;
  if (!hasBreak) {
    // Only the end properties may need the last run's size: skip paragraphs where they already have it.
    const lastSize = sizeIn(runAttributes(out, lastRun));
    const end = END_PARA_RPR.exec(out);
    if (lastSize === undefined || (end !== null && sizeIn(end[0]) === lastSize)) return out;
  }
  const runProps = [...out.matchAll(RUN_PROPS)].map((match) => ({
    at: match.index ?? 0,
    lang: /\blang="([^"]*)"/.exec(match[1] ?? '')?.[1],
    size: sizeIn(match[1] ?? ''),
  }));
  if (runProps.length === 0) return out;
  if (hasBreak) out = out.replace(/<a:br\/>/g, (br, at: number) => {
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

/** The attributes of the `a:rPr` tag of the run starting at `at` (`<a:r><a:rPr …>`). */
function runAttributes(paragraph: string, at: number): string {
  RUN_PROPS.lastIndex = at;
  const match = RUN_PROPS.exec(paragraph);
  RUN_PROPS.lastIndex = 0;
  return match?.index === at ? match[1] ?? '' : '';
}

/** The `sz` attribute's value in a tag or attribute list. */
function sizeIn(attributes: string): string | undefined {
  return /\bsz="(\d+)"/.exec(attributes)?.[1];
}

/** Empty run properties with a language and size. */
function rPr(lang: string | undefined, size: string | undefined): string {
  return `<a:rPr${lang === undefined ? '' : ` lang="${lang}"`}${size === undefined ? '' : ` sz="${size}"`} dirty="0"/>`;
}

const SCRIPT_REF = /<a:(ea|cs) typeface="\+(mn|mj)-lt"/g;

/**
 * Theme font references per script (`+mn-ea`, `+mn-cs`): pptxgenjs repeats the Latin reference
 * (`+mn-lt`) for East Asian and complex-script text.
 */
export function perScriptFontRefs(xml: string): string {
  // A replacement pattern, not a function: V8 substitutes it natively (a third faster on slides).
  return xml.replace(SCRIPT_REF, '<a:$1 typeface="+$2-$1"');
}

/**
 * A placeholder shape with its text direction pinned horizontal (`vert="horz"` on its `a:bodyPr`)
 * when its type is one of `types`, the layout placeholders whose vertical text briefdeck turns
 * (`template/vertical-text.ts`): it measured the text horizontally. A slide `p:ph` without `type` is `obj`.
 */
export function horizontalIn(shape: string, types: readonly string[]): string {
  const ph = /<p:ph\b([^>]*)\/?>/.exec(shape);
  if (ph === null || !types.includes(/\btype="([^"]*)"/.exec(ph[1] ?? '')?.[1] ?? 'obj')) return shape;
  return shape.replace(/<a:bodyPr\b([^>]*?)(\/?)>/, (_m, attrs: string, close: string) => `<a:bodyPr${attrs.replace(/\svert="[^"]*"/, '')} vert="horz"${close}>`);
}

/**
 * Pins the text formatting of a placeholder shape (`p:sp` with `p:ph`) to what the fit stage
 * measured (issue #11 §3). A placeholder inherits paragraph spacing, bullets and autofit from its
 * layout and master (ECMA-376 Part 1, §19.3.1.36, §21.1.2.3): a house template's body style may add
 * 10 pt before every paragraph, a bullet on every level and "shrink text on overflow". pptxgenjs
 * writes only the properties it was given, so whatever it left out is written here as briefdeck
 * measured it: no autofit, and no space before or after, no bullet, unless the paragraph says otherwise.
 */
export function pinShape(shape: string): string {
  return shape
    .replace(/<a:bodyPr\b([^>]*?)(?:\/>|>([\s\S]*?)<\/a:bodyPr>)/, (whole, attrs: string, inner: string | undefined) =>
      /<a:(noAutofit|normAutofit|spAutoFit)\b/.test(inner ?? '') ? whole : `<a:bodyPr${attrs}>${inner ?? ''}<a:noAutofit/></a:bodyPr>`,
    )
    .replace(/<a:p>(?!<a:pPr)/g, '<a:p><a:pPr/>')
    .replace(/<a:pPr\b([^>]*?)(?:\/>|>([\s\S]*?)<\/a:pPr>)/g, (_m, attrs: string, inner: string | undefined) => `<a:pPr${attrs}>${pinParagraph(inner ?? '')}</a:pPr>`);
}

/** Children of an `a:pPr` with spacing and bullet made explicit, in CT_TextParagraphProperties order. */
function pinParagraph(inner: string): string {
  let out = inner;
  if (!out.includes('<a:spcBef>')) {
    const at = out.indexOf('</a:lnSpc>');
    const insert = '<a:spcBef><a:spcPts val="0"/></a:spcBef>';
    out = at >= 0 ? out.slice(0, at + 10) + insert + out.slice(at + 10) : insert + out;
  }
  if (!out.includes('<a:spcAft>')) {
    const at = out.indexOf('</a:spcBef>') + '</a:spcBef>'.length;
    out = `${out.slice(0, at)}<a:spcAft><a:spcPts val="0"/></a:spcAft>${out.slice(at)}`;
  }
  if (!/<a:bu(None|AutoNum|Char|Blip)\b/.test(out)) {
    const tail = /<a:(tabLst|defRPr|extLst)\b/.exec(out);
    const at = tail ? tail.index : out.length;
    out = `${out.slice(0, at)}<a:buNone/>${out.slice(at)}`;
  }
  return out;
}

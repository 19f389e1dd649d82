/**
 * Characters that XML 1.0 forbids in documents: C0 controls other than tab, newline and carriage
 * return, lone surrogates, and the non-characters U+FFFE/U+FFFF. pptxgenjs writes text raw, so one
 * such character from a data file makes a part that is not well-formed XML (DESIGN §3). With the
 * `u` flag a surrogate range matches only unpaired halves: a pair is one code point.
 */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/gu;

/** Same set as `XML_INVALID`, without the global flag so `test` keeps no state between calls. */
const XML_INVALID_ONCE = new RegExp(XML_INVALID.source, 'u');

/** Removes every character that may not appear in an XML 1.0 document. */
export function stripXmlInvalid(text: string): string {
  return text.replace(XML_INVALID, '');
}

/** True when `text` holds a character that may not appear in an XML 1.0 document. */
export function hasXmlInvalid(text: string): boolean {
  return XML_INVALID_ONCE.test(text);
}

/**
 * Text of one run as pptxgenjs must receive it: XML-invalid characters removed, and line breaks
 * turned into spaces, because pptxgenjs starts a new paragraph at every `\n` and the fit stage
 * measured one paragraph (hard breaks inside a paragraph are `Run.breakAfter`).
 */
export function cleanRunText(text: string): string {
  return stripXmlInvalid(text).replace(/\r\n?|\n|\u2028|\u2029/g, ' ');
}

/**
 * A font name ready for pptxgenjs, which writes `fontFace` (and the chart font options) into
 * `typeface="..."` attributes without escaping: escaped here exactly once, so a theme font such as
 * `Gill Sans & Co` stays well-formed.
 */
export function fontFaceAttr(name: string): string {
  return stripXmlInvalid(name)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

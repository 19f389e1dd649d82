import { rangedAttributesOf, spells, type ScannedAttribute } from './attribute-ranges.js';

/**
 * One token of an XML document, matched where the previous one ended (sticky): a start or empty
 * element tag with its attributes, an end tag, a processing instruction or declaration, a comment,
 * a CDATA section, or character data. Anything else at that position is not well-formed.
 */
const TOKEN =
  /<([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^<"]*"|'[^<']*'))*)\s*(\/?)>|<\/([A-Za-z_][\w.:-]*)\s*>|<\?[A-Za-z_][\w.:-]*(?:\s[\s\S]*?)?\?>|<!--(?:(?!--)[\s\S])*-->|<!\[CDATA\[[\s\S]*?\]\]>|[^<]+/y;

/** An attribute inside a start tag with its quoted value, for the duplicate check (a value may hold `=`, as a URL's query does). */
const ATTRIBUTE = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"[^"]*"|'[^']*')/g;

/** An `&` that does not start one of XML's five entities or a character reference. */
const BAD_AMPERSAND = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9A-Fa-f]+);)/;

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}

/**
 * Checks that a part is well-formed XML (XML 1.0 §2.1 as far as a generated package can break it):
 * tags nest and close, one root element, attribute values quoted without `<`, no attribute twice in
 * a tag, `&` only in entity and character references, nothing after the root but comments and
 * white space. Returns the first problem as `line N: message`, or undefined for a well-formed part.
 *
 * This replaces a general XML validator in the self-check that runs on every build: the regular
 * expressions run natively, so the check costs a fraction of a millisecond per part even in a cold
 * process. Forbidden characters are checked separately (`hasXmlInvalid`).
 */
export function wellFormedProblem(text: string): string | undefined {
  // The fast scanner accepts a subset of what the exact check accepts; anything else gets the exact answer.
  return isPlainWellFormedXml(text) ? undefined : exactWellFormedProblem(text);
}

/** {@link wellFormedProblem} without the fast pre-check: the token-by-token grammar that gives the message. */
export function exactWellFormedProblem(text: string): string | undefined {
  const open: string[] = [];
  let roots = 0;
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(text);
    if (match === null) return `line ${lineAt(text, at)}: unexpected markup \`${text.slice(at, at + 20)}\``;
    const [token, startName, attributes, selfClosing, endName] = match;
    if (startName !== undefined) {
      if (open.length === 0 && ++roots > 1) return `line ${lineAt(text, at)}: a second root element <${startName}>`;
      if (attributes) {
        if (attributes.includes('&') && BAD_AMPERSAND.test(attributes)) return `line ${lineAt(text, at)}: unescaped & in an attribute of <${startName}>`;
        // A tag has a handful of attributes: an array search beats a Set and an iterator here.
        const seen: string[] = [];
        ATTRIBUTE.lastIndex = 0;
        for (let attribute = ATTRIBUTE.exec(attributes); attribute !== null; attribute = ATTRIBUTE.exec(attributes)) {
          const name = attribute[1] ?? '';
          if (seen.includes(name)) return `line ${lineAt(text, at)}: attribute ${name} twice in <${startName}>`;
          seen.push(name);
        }
      }
      if (selfClosing !== '/') open.push(startName);
    } else if (endName !== undefined) {
      const expected = open.pop();
      if (expected !== endName) return `line ${lineAt(text, at)}: </${endName}> closes ${expected === undefined ? 'nothing' : `<${expected}>`}`;
    } else if (token.charCodeAt(0) !== 60 /* < */) {
      if (open.length === 0 && token.trim() !== '') return `line ${lineAt(text, at)}: text outside the root element`;
      if (token.includes('&') && BAD_AMPERSAND.test(token)) return `line ${lineAt(text, at)}: unescaped & in text`;
    }
  }
  if (open.length > 0) return `line ${lineAt(text, text.length)}: <${open[open.length - 1]}> is never closed`;
  if (roots === 0) return 'line 1: no root element';
  return undefined;
}

/** True for the white space the fast scanner accepts: space, tab, newline, carriage return. */
function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

/** `[A-Za-z_]`, the first character of a name. */
function isNameStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}

/** `[\w.:-]`, the rest of a name. */
function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 58) || c === 95 || c === 46 || c === 45;
}

/**
 * A character the fast scanner lets through in text and attribute values: no C0 control but tab,
 * newline and carriage return, no surrogate (paired ones are allowed in XML, but left to the exact
 * check), no U+FFFE/U+FFFF.
 */
function isPlainChar(c: number): boolean {
  return c >= 32 ? c < 0xd800 || (c > 0xdfff && c < 0xfffe) : c === 10 || c === 9 || c === 13;
}

/** Index after a valid entity or character reference starting with the `&` at `at`, or -1. */
function referenceEnd(text: string, at: number): number {
  let i = at + 1;
  if (text.charCodeAt(i) === 35 /* # */) {
    i += 1;
    const hex = text.charCodeAt(i) === 120; /* x */
    if (hex) i += 1;
    const start = i;
    for (let c = text.charCodeAt(i); hex ? (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70) : c >= 48 && c <= 57; c = text.charCodeAt(++i));
    return i > start && text.charCodeAt(i) === 59 ? i + 1 : -1;
  }
  for (const entity of ['amp;', 'lt;', 'gt;', 'quot;', 'apos;']) {
    if (text.startsWith(entity, i)) return i + entity.length;
  }
  return -1;
}

/** True when `text[a, a + length)` equals `text[b, b + length)`. */
function sameRange(text: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k += 1) if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) return false;
  return true;
}

/**
 * A fast, strict pre-check for the self-check: true only when `text` is well-formed by
 * `wellFormedProblem` and holds no character `hasXmlInvalid` rejects. It walks the text once by
 * character code, without a match object per token (the regular-expression scanner spent most of
 * its time there). Anything unusual — a surrogate, white space other than space, tab and line
 * breaks — makes it answer false, and the caller runs the exact checks, which give
 * the verdict and the message. So it can only ever be stricter, never more lenient.
 *
 * With `checkRanges`, it also answers false when an attribute with a schema range
 * (`attribute-ranges.ts`) holds anything but an integer in that range, so the self-check reads
 * each part once instead of matching its tags again (issue #14; the second pass was a fifth of the
 * self-check's time).
 */
export function isPlainWellFormedXml(text: string, checkRanges = false): boolean {
  const n = text.length;
  const openStart: number[] = [];
  const openLength: number[] = [];
  const attrStart: number[] = [];
  const attrLength: number[] = [];
  let roots = 0;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (c !== 60 /* < */) {
      // Character data up to the next `<`: valid characters and references; only white space outside the root.
      const outside = openStart.length === 0;
      while (i < n) {
        c = text.charCodeAt(i);
        if (c === 60) break;
        if (c === 38 /* & */) {
          i = referenceEnd(text, i);
          if (i < 0 || outside) return false;
          continue;
        }
        if (!isPlainChar(c) || (outside && !isSpace(c))) return false;
        i += 1;
      }
      continue;
    }
    c = text.charCodeAt(i + 1);
    if (c === 47 /* / */) {
      // End tag: `</name` white space `>`, closing the innermost open element.
      const start = i + 2;
      if (!isNameStart(text.charCodeAt(start))) return false;
      let j = start + 1;
      while (isNameChar(text.charCodeAt(j))) j += 1;
      const length = j - start;
      while (isSpace(text.charCodeAt(j))) j += 1;
      if (text.charCodeAt(j) !== 62 /* > */) return false;
      const top = openStart.length - 1;
      if (top < 0 || openLength[top] !== length || !sameRange(text, openStart[top]!, start, length)) return false;
      openStart.pop();
      openLength.pop();
      i = j + 1;
      continue;
    }
    if (c === 63 /* ? */ || c === 33 /* ! */) {
      // Declarations, processing instructions, comments, CDATA: rare, matched by the exact grammar.
      TOKEN.lastIndex = i;
      const match = TOKEN.exec(text);
      if (match === null || match[1] !== undefined || match[4] !== undefined || match[0].charCodeAt(0) !== 60) return false;
      const end = i + match[0].length;
      for (let k = i; k < end; k += 1) if (!isPlainChar(text.charCodeAt(k))) return false;
      i = end;
      continue;
    }
    // Start or empty-element tag; the name's hash finds the attributes with a schema range.
    const start = i + 1;
    if (!isNameStart(c)) return false;
    let hash = c;
    let j = start + 1;
    for (let d = text.charCodeAt(j); isNameChar(d); d = text.charCodeAt(++j)) hash = (Math.imul(hash, 31) + d) | 0;
    const length = j - start;
    const ranged = checkRanges ? rangedAttributesOf(text, start, j, hash) : undefined;
    if (openStart.length === 0 && ++roots > 1) return false;
    let attributes = 0;
    for (;;) {
      const before = j;
      while (isSpace(text.charCodeAt(j))) j += 1;
      c = text.charCodeAt(j);
      if (c === 62 /* > */) {
        openStart.push(start);
        openLength.push(length);
        j += 1;
        break;
      }
      if (c === 47 /* / */) {
        if (text.charCodeAt(j + 1) !== 62) return false;
        j += 2;
        break;
      }
      // An attribute: white space before it, `name`, `=`, a quoted value without `<`.
      if (j === before || !isNameStart(c)) return false;
      const nameStart = j;
      let nameHash = c;
      j += 1;
      for (let d = text.charCodeAt(j); isNameChar(d); d = text.charCodeAt(++j)) nameHash = (Math.imul(nameHash, 31) + d) | 0;
      const nameLength = j - nameStart;
      for (let k = 0; k < attributes; k += 1) {
        if (attrLength[k] === nameLength && sameRange(text, attrStart[k]!, nameStart, nameLength)) return false;
      }
      // Written by index and counted, not emptied with `length = 0` per tag (a slow path in V8).
      attrStart[attributes] = nameStart;
      attrLength[attributes] = nameLength;
      attributes += 1;
      const range = ranged === undefined ? undefined : rangeOf(ranged, text, nameStart, j, nameHash);
      while (isSpace(text.charCodeAt(j))) j += 1;
      if (text.charCodeAt(j) !== 61 /* = */) return false;
      j += 1;
      while (isSpace(text.charCodeAt(j))) j += 1;
      const quote = text.charCodeAt(j);
      if (quote !== 34 && quote !== 39) return false;
      j += 1;
      const valueStart = j;
      for (;;) {
        if (j >= n) return false;
        c = text.charCodeAt(j);
        if (c === quote) break;
        if (c === 38) {
          j = referenceEnd(text, j);
          if (j < 0) return false;
          continue;
        }
        if (c === 60 || !isPlainChar(c)) return false;
        j += 1;
      }
      if (range !== undefined && !isIntegerIn(text, valueStart, j, range)) return false;
      j += 1;
    }
    i = j;
  }
  return openStart.length === 0 && roots === 1;
}

/** The range of the attribute named `text[start, end)` (name hash `hash`) among an element's ranged attributes, if it has one. */
function rangeOf(ranged: readonly ScannedAttribute[], text: string, start: number, end: number, hash: number): ScannedAttribute | undefined {
  for (const attribute of ranged) if (attribute.hash === hash && spells(text, start, end, attribute.name)) return attribute;
  return undefined;
}

/** True when `text[start, end)` is an integer (`-?[0-9]+`, at most 15 digits) within `range`. */
function isIntegerIn(text: string, start: number, end: number, range: ScannedAttribute): boolean {
  const negative = text.charCodeAt(start) === 45; /* - */
  const first = negative ? start + 1 : start;
  if (end === first || end - first > 15) return false;
  let value = 0;
  for (let k = first; k < end; k += 1) {
    const digit = text.charCodeAt(k) - 48;
    if (digit < 0 || digit > 9) return false;
    value = value * 10 + digit;
  }
  if (negative) value = -value;
  return value >= range.min && value <= range.max;
}

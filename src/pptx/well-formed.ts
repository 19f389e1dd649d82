/**
 * One token of an XML document, matched where the previous one ended (sticky): a start or empty
 * element tag with its attributes, an end tag, a processing instruction or declaration, a comment,
 * a CDATA section, or character data. Anything else at that position is not well-formed.
 */
const TOKEN =
  /<([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^<"]*"|'[^<']*'))*)\s*(\/?)>|<\/([A-Za-z_][\w.:-]*)\s*>|<\?[A-Za-z_][\w.:-]*(?:\s[\s\S]*?)?\?>|<!--(?:(?!--)[\s\S])*-->|<!\[CDATA\[[\s\S]*?\]\]>|[^<]+/y;

/** An attribute inside a start tag, for the duplicate check. */
const ATTRIBUTE = /([A-Za-z_][\w.:-]*)\s*=/g;

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

/**
 * A small read-only element tree over fast-xml-parser's ordered output, for the deck audit
 * (`briefdeck check`). Document order matters there (the shape tree is the reading order), which is
 * why the parser runs with `preserveOrder`. Element and attribute names are rewritten to the
 * canonical prefixes of the namespaces the audit knows (`p:`, `a:`, `r:`, …), so a deck that binds
 * DrawingML to another prefix reads the same.
 */
import { XMLParser } from 'fast-xml-parser';

/** One element: qualified name with its canonical prefix, attributes, child elements and its own text. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The element's direct text content (entities decoded), '' when it has none. */
  text: string;
}

/** Namespace URI → the prefix the audit's rules use. */
const CANONICAL_PREFIX: Record<string, string> = {
  'http://schemas.openxmlformats.org/presentationml/2006/main': 'p',
  'http://schemas.openxmlformats.org/drawingml/2006/main': 'a',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://schemas.openxmlformats.org/drawingml/2006/chart': 'c',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'rel',
  'http://schemas.openxmlformats.org/package/2006/metadata/core-properties': 'cp',
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://purl.org/dc/terms/': 'dcterms',
  'http://schemas.microsoft.com/office/drawing/2017/decorative': 'adec',
  'http://www.w3.org/XML/1998/namespace': 'xml',
};

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  // Entities are decoded here, once, including numeric references fast-xml-parser leaves alone.
  processEntities: false,
});

export { decodeEntities } from './xml-entities.js';
import { decodeEntities } from './xml-entities.js';

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

/** Parses an XML part to its root element; throws with the parser's message when it is not XML. */
export function parseXml(text: string): XmlElement {
  const nodes = parser.parse(text) as OrderedNode[];
  const root = toElements(nodes, new Map([['xml', 'xml']]))[0];
  if (root === undefined) throw new Error('no root element');
  return root;
}

function toElements(nodes: OrderedNode[], scope: Map<string, string>): XmlElement[] {
  const out: XmlElement[] = [];
  for (const node of nodes) {
    const name = Object.keys(node).find((key) => key !== ':@');
    if (name === undefined || name === '#text' || name.startsWith('?')) continue;
    const rawAttrs = node[':@'] ?? {};
    const inner = bindings(rawAttrs, scope);
    const attrs: Record<string, string> = {};
    for (const [key, value] of Object.entries(rawAttrs)) {
      if (key === 'xmlns' || key.startsWith('xmlns:')) continue;
      attrs[key.includes(':') ? canonical(key, inner) : key] = decodeEntities(String(value));
    }
    const content = (node[name] as OrderedNode[] | undefined) ?? [];
    const text = content.map((child) => (typeof child['#text'] === 'string' ? child['#text'] : '')).join('');
    out.push({ name: canonical(name, inner, true), attrs, children: toElements(content, inner), text: decodeEntities(text) });
  }
  return out;
}

/** The prefix → canonical prefix map inside an element that may declare namespaces. */
function bindings(attrs: Record<string, string>, scope: Map<string, string>): Map<string, string> {
  let inner = scope;
  for (const [key, uri] of Object.entries(attrs)) {
    if (key !== 'xmlns' && !key.startsWith('xmlns:')) continue;
    if (inner === scope) inner = new Map(scope);
    const prefix = key === 'xmlns' ? '' : key.slice('xmlns:'.length);
    inner.set(prefix, CANONICAL_PREFIX[uri] ?? (prefix || '#default'));
  }
  return inner;
}

/** `x:name` with `x` replaced by the canonical prefix of its namespace; unprefixed elements take the default namespace. */
function canonical(qname: string, scope: Map<string, string>, element = false): string {
  const colon = qname.indexOf(':');
  if (colon < 0) {
    const fallback = element ? scope.get('') : undefined;
    return fallback === undefined || fallback === '#default' ? qname : `${fallback}:${qname}`;
  }
  const prefix = scope.get(qname.slice(0, colon)) ?? qname.slice(0, colon);
  return `${prefix}:${qname.slice(colon + 1)}`;
}

/** The first child named `name`. */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c) => c.name === name);
}

/** Follows a path of child names (`child(child(e, a), b)`…). */
export function path(element: XmlElement | undefined, ...names: string[]): XmlElement | undefined {
  let current = element;
  for (const name of names) current = child(current, name);
  return current;
}

/** Every child named `name`. */
export function childrenNamed(element: XmlElement | undefined, name: string): XmlElement[] {
  return element?.children.filter((c) => c.name === name) ?? [];
}

/** Every descendant named `name`, in document order. */
export function descendants(element: XmlElement | undefined, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (c.name === name) out.push(c);
      walk(c);
    }
  };
  if (element) walk(element);
  return out;
}

/** The concatenated text of every `a:t` below `element`, paragraphs separated by a newline. */
export function textOf(element: XmlElement | undefined): string {
  return descendants(element, 'a:p')
    .map((p) => descendants(p, 'a:t').map((t) => t.text).join(''))
    .join('\n');
}

/**
 * A small element tree over fast-xml-parser's ordered output, for reading the parts of a template
 * package (slide masters, layouts, themes, relationships). Element names keep no namespace prefix
 * (`p:sp` and `a:sp` would both be `sp`; PresentationML has no such clash in the elements read
 * here), so a template that binds DrawingML to another prefix still reads; attribute names keep
 * theirs (`r:id` and `id` sit side by side on `p:sldMasterId`).
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** An XML element: local name, attributes by their written name, child elements in order. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
}

/** Where a part is not well-formed: 1-based line and column inside the part, and the parser's words. */
export interface XmlSyntaxError {
  line: number;
  column: number;
  message: string;
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  processEntities: true,
});

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

/**
 * Parses XML text into its root element, or returns where it is not well-formed. The validator
 * runs first because the parser itself accepts some broken input (an unclosed tag) silently.
 */
export function parseXml(text: string): { root: XmlElement } | { error: XmlSyntaxError } {
  const valid = XMLValidator.validate(text);
  if (valid !== true) return { error: { line: valid.err.line, column: valid.err.col, message: valid.err.msg } };
  const nodes = parser.parse(text) as OrderedNode[];
  const root = nodes.map(toElement).find((el): el is XmlElement => el !== undefined);
  if (root === undefined) return { error: { line: 1, column: 1, message: 'the part has no root element' } };
  return { root };
}

function toElement(node: OrderedNode): XmlElement | undefined {
  const key = Object.keys(node).find((k) => k !== ':@' && k !== '#text' && k !== '#comment' && !k.startsWith('?'));
  if (key === undefined) return undefined;
  const rawChildren = (node[key] as OrderedNode[] | undefined) ?? [];
  const children: XmlElement[] = [];
  for (const child of rawChildren) {
    const el = toElement(child);
    if (el !== undefined) children.push(el);
  }
  return { name: localName(key), attrs: { ...(node[':@'] ?? {}) }, children };
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** The first child element with that local name. */
export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el?.children.find((c) => c.name === name);
}

/** Every child element with that local name. */
export function childrenNamed(el: XmlElement | undefined, name: string): XmlElement[] {
  return el === undefined ? [] : el.children.filter((c) => c.name === name);
}

/** Follows a path of local names through first children: `path(sld, 'cSld', 'spTree')`. */
export function path(el: XmlElement | undefined, ...names: string[]): XmlElement | undefined {
  let current = el;
  for (const name of names) current = child(current, name);
  return current;
}

/** An attribute's value, or undefined. */
export function attr(el: XmlElement | undefined, name: string): string | undefined {
  return el?.attrs[name];
}

/** An integer attribute, or undefined when absent or not a number. */
export function intAttr(el: XmlElement | undefined, name: string): number | undefined {
  const value = attr(el, name);
  if (value === undefined) return undefined;
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * A percentage attribute as thousandths of a percent (ST_Percentage: `100000` = 100 %), also in
 * the strict form `100%` some writers use.
 */
export function percentAttr(el: XmlElement | undefined, name: string): number | undefined {
  const value = attr(el, name);
  if (value === undefined) return undefined;
  const n = Number.parseFloat(value);
  if (!Number.isFinite(n)) return undefined;
  return value.trim().endsWith('%') ? n * 1000 : n;
}

import { crc32 } from 'node:zlib';
import { hasXmlInvalid } from './clean-text.js';
import type { PackageParts } from './package-parts.js';
import { relsSource, resolveTarget } from './part-names.js';
import { attributeRangeProblems, hasRangedAttributes } from './attribute-ranges.js';
import { listZipEntries, unzipEntries, type ZipEntryInfo } from './unzip.js';
import { isPlainWellFormedXml, wellFormedProblem } from './well-formed.js';

/** Order of `p:presentation`'s children in CT_Presentation (ECMA-376 Part 1, 19.2.1.26). */
const PRESENTATION_ORDER = [
  'p:sldMasterIdLst',
  'p:notesMasterIdLst',
  'p:handoutMasterIdLst',
  'p:sldIdLst',
  'p:sldSz',
  'p:notesSz',
  'p:smartTags',
  'p:embeddedFontLst',
  'p:custShowLst',
  'p:photoAlbum',
  'p:custDataLst',
  'p:kinsoku',
  'p:defaultTextStyle',
  'p:modifyVerifier',
  'p:extLst',
];

const SLIDE_LAYOUT_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideLayout';

/** One `<Relationship>` of a .rels part. */
interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/**
 * Checks a generated .pptx before it leaves the writer and returns its problems (empty = fine). It
 * covers what a broken writer or normaliser would get wrong: zip, well-formed XML without forbidden
 * characters, content types, relationship targets (existing, and relative as PowerPoint writes
 * them), the slide list, slide layouts, the order of `presentation.xml`, and numeric attributes
 * inside their schema ranges (`attribute-ranges.ts`). It is not the schema validator (`validate-
 * pptx.mjs` is), but it is fast enough to run on every build. The writer itself checks its parts
 * before zipping them (`checkParts`) and the zip it made (`checkZip`), which together cover the
 * same ground.
 */
export function checkPackage(bytes: Uint8Array): string[] {
  let entries: Map<string, Uint8Array>;
  let names: string[];
  try {
    // Only XML parts are inflated: media and workbooks need to exist, not to be read (saves ~20%).
    ({ names, data: entries } = unzipEntries(bytes, isXmlPart));
  } catch (error) {
    return [`not a readable zip: ${(error as Error).message}`];
  }
  const decoder = new TextDecoder('utf-8', { fatal: true });
  return checkPartTexts(names, (name) => {
    try {
      return decoder.decode(entries.get(name));
    } catch {
      return undefined;
    }
  });
}

/**
 * The same checks as {@link checkPackage} on a package still in memory, before it is zipped: the
 * parts' text is read as the normaliser left it, so nothing is inflated or decoded again. Pair it
 * with {@link checkZip} on the bytes made from these parts.
 */
export function checkParts(parts: PackageParts): string[] {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  return checkPartTexts(parts.names(), (name) => {
    const text = parts.editedText(name);
    if (text !== undefined) return text;
    try {
      return decoder.decode(parts.bytes(name));
    } catch {
      return undefined;
    }
  });
}

/**
 * Checks that `bytes` is a sound zip of exactly `record`'s parts, without inflating: directory and
 * local headers agree, every part is there once and nothing else is, each entry's size and CRC-32
 * are those of the part's bytes. What the entries decompress to is zlib's business.
 */
export function checkZip(bytes: Uint8Array, record: Record<string, Uint8Array>): string[] {
  let entries: ZipEntryInfo[];
  try {
    entries = listZipEntries(bytes);
  } catch (error) {
    return [`not a readable zip: ${(error as Error).message}`];
  }
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    const part = record[entry.name];
    if (seen.has(entry.name)) problems.push(`zip: ${entry.name} is in the zip twice`);
    seen.add(entry.name);
    if (part === undefined) problems.push(`zip: ${entry.name} is not a part of the package`);
    else if (entry.size !== part.length || entry.crc !== crc32(part)) problems.push(`zip: ${entry.name} does not hold the part's bytes`);
  }
  for (const name of Object.keys(record)) {
    if (!name.endsWith('/') && !seen.has(name)) problems.push(`zip: ${name} is missing from the zip`);
  }
  return problems;
}

/**
 * Part texts (of any part name) already found well-formed and in range in this process: a bundled
 * template's master, layouts and theme are the same strings build after build (they are generated
 * once per theme and marking), so they are checked once. Bounded: it starts over when full.
 */
const checkedTexts = new Set<string>();
const CHECKED_TEXTS_MAX = 64;

/** The checks after unzipping: `textOf` gives an XML part's text, or undefined when it is not UTF-8. */
function checkPartTexts(names: string[], textOf: (name: string) => string | undefined): string[] {
  const problems: string[] = [];
  const texts = new Map<string, string>();
  const parts = new Set(names);

  for (const name of names) {
    if (!isXmlPart(name)) continue;
    const text = textOf(name);
    if (text === undefined) {
      problems.push(`${name}: not UTF-8`);
      continue;
    }
    if (checkedTexts.has(text)) {
      texts.set(name, text);
      continue;
    }
    // One fast pass says yes for almost every part (attribute ranges included); otherwise the exact
    // checks give the verdict and the message.
    const rangedPart = hasRangedAttributes(name);
    let ranged: string[] = [];
    if (!isPlainWellFormedXml(text, rangedPart)) {
      if (hasXmlInvalid(text)) {
        problems.push(`${name}: contains characters XML does not allow`);
        continue;
      }
      const malformed = wellFormedProblem(text);
      if (malformed !== undefined) {
        problems.push(`${name}: not well-formed XML (${malformed})`);
        continue;
      }
      if (rangedPart) ranged = attributeRangeProblems(name, text);
    }
    texts.set(name, text);
    problems.push(...ranged);
    // Only large parts that recur are worth remembering (template masters and layouts).
    if (ranged.length === 0 && /^ppt\/(slideMasters|slideLayouts|theme)\//.test(name)) {
      if (checkedTexts.size >= CHECKED_TEXTS_MAX) checkedTexts.clear();
      checkedTexts.add(text);
    }
  }

  checkContentTypes(texts.get('[Content_Types].xml'), names, parts, problems);
  const rels = new Map<string, Relationship[]>();
  for (const [name, text] of texts) {
    if (!name.endsWith('.rels')) continue;
    const source = relsSource(name);
    if (source !== '' && !parts.has(source)) problems.push(`${name}: relationships of a missing part ${source}`);
    const list = relationships(text);
    rels.set(source, list);
    for (const rel of list) {
      if (rel.external) continue;
      // Legal OPC, but PowerPoint writes relative targets and Calligra refuses absolute ones (issue #14).
      if (source !== '' && rel.target.startsWith('/')) problems.push(`${name}: ${rel.id} has an absolute target ${rel.target}`);
      const target = resolveTarget(source, rel.target);
      if (!parts.has(target)) problems.push(`${name}: ${rel.id} points to missing part ${target}`);
    }
  }
  checkPresentation(texts.get('ppt/presentation.xml'), rels, parts, problems);
  return problems;
}

/** Parts the check reads as XML. */
function isXmlPart(name: string): boolean {
  return name.endsWith('.xml') || name.endsWith('.rels');
}

/** Content types cover every part, with no override for a part that is missing. */
function checkContentTypes(types: string | undefined, names: string[], parts: Set<string>, problems: string[]): void {
  if (types === undefined) {
    problems.push('[Content_Types].xml is missing or unreadable');
    return;
  }
  const defaults = new Set([...types.matchAll(/<Default\b[^>]*\bExtension="([^"]+)"/g)].map((m) => (m[1] ?? '').toLowerCase()));
  const overrides = new Set([...types.matchAll(/<Override\b[^>]*\bPartName="\/([^"]+)"/g)].map((m) => decodeURIComponent(m[1] ?? '')));
  for (const name of names) {
    if (name === '[Content_Types].xml') continue;
    const extension = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
    if (!overrides.has(name) && !defaults.has(extension)) problems.push(`[Content_Types].xml: no content type for ${name}`);
  }
  for (const name of overrides) {
    if (!parts.has(name)) problems.push(`[Content_Types].xml: override for missing part ${name}`);
  }
}

/** Each slide listed once, each slide with one layout, and `p:presentation`'s children in order. */
function checkPresentation(
  presentation: string | undefined,
  rels: Map<string, Relationship[]>,
  parts: Set<string>,
  problems: string[],
): void {
  if (presentation === undefined) {
    problems.push('ppt/presentation.xml is missing or unreadable');
    return;
  }
  const byId = new Map((rels.get('ppt/presentation.xml') ?? []).map((rel) => [rel.id, rel]));
  const listed = new Map<string, number>();
  for (const match of presentation.matchAll(/<p:sldId\b[^>]*\br:id="([^"]+)"/g)) {
    const rel = byId.get(match[1] ?? '');
    if (rel === undefined) {
      problems.push(`ppt/presentation.xml: slide ${match[1]} has no relationship`);
      continue;
    }
    const target = resolveTarget('ppt/presentation.xml', rel.target);
    listed.set(target, (listed.get(target) ?? 0) + 1);
  }
  const slides = [...parts].filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
  for (const slide of slides) {
    const count = listed.get(slide) ?? 0;
    if (count !== 1) problems.push(`ppt/presentation.xml: lists ${slide} ${count} times`);
    const layouts = (rels.get(slide) ?? []).filter((rel) => rel.type === SLIDE_LAYOUT_REL).length;
    if (layouts !== 1) problems.push(`${slide}: has ${layouts} slide layout relationships`);
  }
  const order = rootChildren(presentation).map((name) => PRESENTATION_ORDER.indexOf(name));
  for (let i = 1; i < order.length; i += 1) {
    const previous = order[i - 1] ?? -1;
    const current = order[i] ?? -1;
    if (current >= 0 && previous > current) {
      problems.push(`ppt/presentation.xml: ${PRESENTATION_ORDER[current]} after ${PRESENTATION_ORDER[previous]}`);
    }
  }
}

/** The value of each attribute `relationships` reads, built once rather than per relationship. */
const ATTRIBUTE_OF: Record<string, RegExp> = Object.fromEntries(
  ['Id', 'Type', 'Target', 'TargetMode'].map((name) => [name, new RegExp(`\\b${name}="([^"]*)"`)]),
);

/** The relationships of a .rels part. */
function relationships(text: string): Relationship[] {
  return [...text.matchAll(/<Relationship\b([^>]*)\/?>/g)].map((match) => {
    const attrs = match[1] ?? '';
    const attr = (name: string): string => ATTRIBUTE_OF[name]!.exec(attrs)?.[1] ?? '';
    return { id: attr('Id'), type: attr('Type'), target: unescapeXml(attr('Target')), external: attr('TargetMode') === 'External' };
  });
}

/** Qualified names of the root element's children, in document order. */
function rootChildren(xml: string): string[] {
  const names: string[] = [];
  let depth = 0;
  for (const match of xml.matchAll(/<(\/?)([A-Za-z_][\w.:-]*)[^>]*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = match;
    if (closing === '/') {
      depth -= 1;
      continue;
    }
    if (depth === 1 && name !== undefined) names.push(name);
    if (selfClosing !== '/') depth += 1;
  }
  return names;
}

function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, entity: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[entity] ?? '');
}

/**
 * The parts of a template a deck carries (issue #11 item 3): slide masters, layouts, the masters'
 * themes, their relationship parts, and everything those relationships point to (pictures, embedded
 * fonts, OLE objects, further parts they need), transitively. Never slides, notes, the notes or
 * handout master, presentation.xml, docProps or `[Content_Types].xml`: a relationship from a
 * carried part to one of those (a layout hyperlink to a slide) is not followed.
 */
import { PackageParts } from '../pptx/package-parts.js';
import { relsPartOf, type ContentTypes, type Relationship } from './package-relationships.js';

const NOT_CARRIED = /presentationml\.(slide|notesSlide|notesMaster|handoutMaster|presentation\.main|template\.main|slideshow\.main|presProps|viewProps|tableStyles|commentAuthors|comments)\+xml$|macroEnabled\.main\+xml$|core-properties|extended-properties|custom-properties/;

/** Carried parts and the content type of each (part names without a leading `/`). */
export interface CarriedParts {
  parts: PackageParts;
  contentTypes: Map<string, string>;
  /**
   * Broken links of carried parts: a relationship to a part the file does not contain, or an
   * `r:embed`/`r:id`/`r:link`/`r:pict` naming a relationship the part does not have. PowerPoint
   * "repairs" such a file when it opens it; a deck built on it would fail the package checks.
   */
  broken: Array<{ part: string; what: string }>;
}

/** Relationship references in XML (`r:embed="rId3"`, `r:id="rId2"`, …), prefix as written. */
const REFERENCE = /\br:(embed|id|link|pict)="([^"]*)"/g;

/** Walks relationships from `roots` and copies every part reached (and each one's .rels part). */
export function collectTemplateParts(
  source: PackageParts,
  roots: readonly string[],
  contentTypes: ContentTypes,
  relationshipsOf: (part: string) => Relationship[],
): CarriedParts {
  const carried = new Map<string, string>();
  const broken: CarriedParts['broken'] = [];
  const queue = [...roots];
  while (queue.length > 0) {
    const part = queue.shift()!;
    if (carried.has(part) || !source.has(part)) continue;
    const type = contentTypes.of(part) ?? 'application/octet-stream';
    if (NOT_CARRIED.test(type)) continue;
    carried.set(part, type);
    const rels = relsPartOf(part);
    if (source.has(rels)) carried.set(rels, contentTypes.of(rels) ?? 'application/vnd.openxmlformats-package.relationships+xml');
    const relationships = relationshipsOf(part);
    for (const rel of relationships) {
      if (rel.external) continue;
      if (!source.has(rel.target)) broken.push({ part, what: `its relationship ${rel.id} points to ${rel.target}, which the file does not contain` });
      queue.push(rel.target);
    }
    if (type.endsWith('+xml')) broken.push(...unknownReferences(part, source.text(part), new Set(relationships.map((r) => r.id))));
  }
  const parts = PackageParts.fromEntries([...carried.keys()].map((name) => [name, source.bytes(name)] as const));
  return { parts, contentTypes: carried, broken };
}

/** References in `xml` to relationship ids the part does not have. */
function unknownReferences(part: string, xml: string, ids: ReadonlySet<string>): CarriedParts['broken'] {
  const out: CarriedParts['broken'] = [];
  for (const [, kind, id] of xml.matchAll(REFERENCE)) {
    if (id !== '' && !ids.has(id!)) out.push({ part, what: `r:${kind}="${id}" names a relationship the part does not have` });
  }
  return out;
}

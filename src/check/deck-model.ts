/**
 * The parts of a .pptx the audit reads, parsed and linked: slides in presentation order, each with
 * its slide layout, slide master and theme (ECMA-376 Part 1, §19.3: presentation → master →
 * layout → slide), and the core properties. Pure: built from a {@link PackageParts}.
 */
import type { PackageParts } from '../pptx/package-parts.js';
import { resolveTarget } from '../pptx/part-names.js';
import { child, childrenNamed, parseXml, path, type XmlElement } from './xml-tree.js';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';

/** A slide and the parts it inherits from; layout, master and theme are absent in a broken package. */
export interface SlideModel {
  /** 1-based position in `p:sldIdLst`, the number PowerPoint shows. */
  number: number;
  part: string;
  root: XmlElement;
  layout?: XmlElement;
  master?: XmlElement;
  theme?: XmlElement;
}

/** A parsed deck. */
export interface DeckModel {
  presentation: XmlElement;
  slides: SlideModel[];
  /** `docProps/core.xml`, when present. */
  core?: XmlElement;
  /** Parts that could not be parsed, with the parser's message (reported by the package rule). */
  unreadable: string[];
}

/** One relationship of a part. */
interface Relationship {
  type: string;
  target: string;
}

/** Parses the deck; throws when `ppt/presentation.xml` is missing or not XML (not a presentation). */
export function readDeckModel(parts: PackageParts): DeckModel {
  const cache = new Map<string, XmlElement | undefined>();
  const unreadable: string[] = [];
  const load = (name: string): XmlElement | undefined => {
    if (cache.has(name)) return cache.get(name);
    let root: XmlElement | undefined;
    if (parts.has(name)) {
      try {
        root = parseXml(parts.text(name));
      } catch (error) {
        unreadable.push(`${name}: ${(error as Error).message}`);
      }
    }
    cache.set(name, root);
    return root;
  };
  const relsOf = (source: string): Map<string, Relationship> => {
    const slash = source.lastIndexOf('/');
    const rels = load(`${source.slice(0, slash + 1)}_rels/${source.slice(slash + 1)}.rels`);
    const out = new Map<string, Relationship>();
    for (const rel of rels?.children ?? []) {
      if (rel.attrs.TargetMode === 'External') continue;
      out.set(rel.attrs.Id ?? '', { type: rel.attrs.Type ?? '', target: resolveTarget(source, rel.attrs.Target ?? '') });
    }
    return out;
  };
  const firstOfType = (source: string, type: string): string | undefined =>
    [...relsOf(source).values()].find((rel) => rel.type === REL + type)?.target;

  const presentation = load('ppt/presentation.xml');
  if (presentation === undefined || presentation.name !== 'p:presentation') throw new Error('it has no readable ppt/presentation.xml, so it is not a PowerPoint presentation');
  const presentationRels = relsOf('ppt/presentation.xml');
  const slides: SlideModel[] = [];
  for (const [index, sldId] of childrenNamed(child(presentation, 'p:sldIdLst'), 'p:sldId').entries()) {
    const part = presentationRels.get(sldId.attrs['r:id'] ?? '')?.target;
    const root = part === undefined ? undefined : load(part);
    if (part === undefined || root === undefined) continue;
    const layoutPart = firstOfType(part, 'slideLayout');
    const masterPart = layoutPart === undefined ? undefined : firstOfType(layoutPart, 'slideMaster');
    const themePart = masterPart === undefined ? undefined : firstOfType(masterPart, 'theme');
    const slide: SlideModel = { number: index + 1, part, root };
    const layout = layoutPart === undefined ? undefined : load(layoutPart);
    const master = masterPart === undefined ? undefined : load(masterPart);
    const theme = themePart === undefined ? undefined : load(themePart);
    if (layout) slide.layout = layout;
    if (master) slide.master = master;
    if (theme) slide.theme = theme;
    slides.push(slide);
  }
  const model: DeckModel = { presentation, slides, unreadable };
  const core = load('docProps/core.xml');
  if (core) model.core = core;
  return model;
}

/** The shape tree of a slide, layout or master (`p:cSld/p:spTree`). */
export function shapeTree(root: XmlElement | undefined): XmlElement | undefined {
  return path(root, 'p:cSld', 'p:spTree');
}

/**
 * Relationships and content types of an OPC package (ECMA-376 Part 2, §9 relationships, §10.1.2
 * `[Content_Types].xml`), read through the template's XML tree.
 */
import { attr, childrenNamed, type XmlElement } from './xml-tree.js';

/** Relationship types briefdeck follows through a template (ECMA-376 Part 1, §15.2). */
export const REL = {
  officeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  slideMaster: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideMaster',
  slideLayout: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideLayout',
  theme: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme',
} as const;

/** One relationship of a part; `target` is the resolved part name (no leading `/`) for internal ones. */
export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

// Where a part's relationships are is a part-name rule, kept with the others (no XML parser needed).
export { relsPartOf } from '../pptx/part-names.js';

/**
 * Reads a `Relationships` element; internal targets are resolved against the source part's folder
 * (`../slideLayouts/slideLayout1.xml` from a master → `ppt/slideLayouts/slideLayout1.xml`).
 */
export function readRelationships(root: XmlElement, sourcePart: string): Relationship[] {
  return childrenNamed(root, 'Relationship').map((rel) => {
    const external = attr(rel, 'TargetMode') === 'External';
    const rawTarget = attr(rel, 'Target') ?? '';
    return {
      id: attr(rel, 'Id') ?? '',
      type: attr(rel, 'Type') ?? '',
      target: external ? rawTarget : resolvePartName(sourcePart, rawTarget),
      external,
    };
  });
}

/** Resolves a relationship target (relative, or absolute with `/`) to a part name without leading `/`. */
export function resolvePartName(sourcePart: string, target: string): string {
  const clean = target.split('#')[0] ?? '';
  const base = clean.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const segment of clean.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') base.pop();
    else base.push(decodePartSegment(segment));
  }
  return base.join('/');
}

function decodePartSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** `[Content_Types].xml`: content type of a part by override, else by its extension's default. */
export class ContentTypes {
  private readonly overrides = new Map<string, string>();
  private readonly defaults = new Map<string, string>();

  constructor(root: XmlElement | undefined) {
    for (const o of childrenNamed(root, 'Override')) {
      const name = attr(o, 'PartName');
      const type = attr(o, 'ContentType');
      if (name !== undefined && type !== undefined) this.overrides.set(name.replace(/^\//, '').toLowerCase(), type);
    }
    for (const d of childrenNamed(root, 'Default')) {
      const ext = attr(d, 'Extension');
      const type = attr(d, 'ContentType');
      if (ext !== undefined && type !== undefined) this.defaults.set(ext.toLowerCase(), type);
    }
  }

  /** The part's content type (part names compare case-insensitively, as OPC says), or undefined. */
  of(partName: string): string | undefined {
    const override = this.overrides.get(partName.toLowerCase());
    if (override !== undefined) return override;
    const dot = partName.lastIndexOf('.');
    return dot < 0 ? undefined : this.defaults.get(partName.slice(dot + 1).toLowerCase());
  }
}

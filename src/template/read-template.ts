/**
 * Reads a house template (.pptx or .potx, issue #11 item 3) into the {@link TemplateModel} the fit
 * stage and the writer share: presentation.xml → `p:sldMasterIdLst` → slide masters → their
 * layouts (`p:sldLayoutIdLst` through the master's relationships) and themes; slide size from
 * `p:sldSz`. Pure: bytes in, model and diagnostics out.
 */
import { unzipSync } from 'fflate/browser';
import type { Diagnostic, StageResult } from '../diagnostics/diagnostic.js';
import { PackageParts } from '../pptx/package-parts.js';
import type { TemplateLayout, TemplateMaster, TemplateModel, TemplateTheme } from './types.js';
import { attr, child, childrenNamed, intAttr, parseXml, path, type XmlElement } from './xml-tree.js';
import { ContentTypes, readRelationships, REL, relsPartOf, type Relationship } from './package-relationships.js';
import { sniffTemplate } from './sniff-template.js';
import { templateDiagnostic, type TemplateRule } from './template-diagnostics.js';
import { readColorMap, readTheme, toTemplateTheme, type ThemeData } from './read-theme.js';
import { DEFAULT_COLOR_MAP, type ColorContext } from './theme-colors.js';
import { readListStyle } from './text-style-layers.js';
import { readPlaceholderShapes, resolvePlaceholders, type MasterStyles } from './resolve-placeholders.js';
import { resolveBackground } from './resolve-background.js';
import { collectTemplateParts } from './collect-template-parts.js';
import { backdropAt, backdropLayers, type BackdropPart } from './backdrop.js';
import { decodePicture, type DecodedPicture } from './picture-tones.js';
import { readablePlaceholders } from './readable-placeholders.js';
import { requiredContentProblems } from './required-content.js';
import { turnVerticalText } from './vertical-text.js';
import { offSlideWarning } from './on-slide.js';
import { attributeRangeProblems } from '../pptx/attribute-ranges.js';
import type { ResolvedPlaceholder, TemplateBox } from './types.js';

const EMU_PER_INCH = 914400;

/** Content types of a presentation's main part: .pptx, .potx, .ppsx and their macro-enabled kin. */
const PRESENTATION_TYPES = new Set([
  'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml',
  'application/vnd.openxmlformats-officedocument.presentationml.template.main+xml',
  'application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml',
  'application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml',
  'application/vnd.ms-powerpoint.template.macroEnabled.main+xml',
  'application/vnd.ms-powerpoint.slideshow.macroEnabled.main+xml',
]);

/**
 * Largest total size of a template's parts once unzipped: 500 MB. The file itself is limited where
 * it is read; this stops a small zip that inflates to gigabytes (a "zip bomb") before it does.
 */
export const MAX_UNPACKED_BYTES = 500 * 1024 * 1024;

/** The sum of the entries' uncompressed sizes, from the zip's directory (nothing is inflated). */
function unpackedSize(bytes: Uint8Array): number {
  let total = 0;
  unzipSync(bytes, {
    filter: (file) => {
      total += file.originalSize;
      return false;
    },
  });
  return total;
}

function megabytes(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** A fatal problem: the read stops and reports what it has collected. */
class TemplateReadError extends Error {}

/** Options of {@link readTemplate}. */
export interface ReadTemplateOptions {
  /** Largest total unzipped size, bytes (default {@link MAX_UNPACKED_BYTES}). */
  maxUnpackedBytes?: number;
}

/** Reads a template package. Never throws for a bad file: every problem is an error diagnostic naming `source`. */
export function readTemplate(bytes: Uint8Array, source: string, options: ReadTemplateOptions = {}): StageResult<TemplateModel> {
  const reader = new TemplateReader(source, options.maxUnpackedBytes ?? MAX_UNPACKED_BYTES);
  try {
    const value = reader.read(bytes);
    return { value: reader.failed() ? undefined : value, diagnostics: reader.diagnostics };
  } catch (error) {
    if (error instanceof TemplateReadError) return { value: undefined, diagnostics: reader.diagnostics };
    throw error;
  }
}

/** A master as read, with what its layouts inherit. */
interface MasterRead {
  part: string;
  root: XmlElement;
  colors: ColorContext;
  theme: ThemeData;
  styles: MasterStyles;
  layoutParts: string[];
}

class TemplateReader {
  readonly diagnostics: Diagnostic[] = [];
  private parts = new PackageParts();
  private readonly xml = new Map<string, XmlElement>();
  private readonly pictures = new Map<string, DecodedPicture | undefined>();
  /** Set when a layout overrides its master's colour map, or masters map colours differently. */
  private colorMapsDiffer = false;

  constructor(
    private readonly source: string,
    private readonly maxUnpackedBytes: number,
  ) {}

  failed(): boolean {
    return this.diagnostics.some((d) => d.severity === 'error');
  }

  read(bytes: Uint8Array): TemplateModel {
    this.unzip(bytes);
    if (!this.parts.has('[Content_Types].xml')) {
      this.fatal('template-not-presentation', `${this.source} is a zip file but not a PowerPoint file (it has no [Content_Types].xml, which every Office document has)`, {
        expected: 'a PowerPoint presentation (.pptx) or template (.potx)',
      });
    }
    const contentTypes = new ContentTypes(this.part('[Content_Types].xml', 'the package\'s content types'));
    const presentationPart = this.mainPart(contentTypes);
    const presentation = this.part(presentationPart, 'the presentation part');
    const slideSize = this.slideSize(presentation);
    const masters = this.readMasters(presentation, presentationPart);
    const read = masters.flatMap((master) => master.layoutParts.map((part) => this.readLayout(part, master, slideSize)).filter((l): l is TemplateLayout => l !== undefined));
    const { layouts, diagnostics: turned } = turnVerticalText(read, this.source);
    this.diagnostics.push(...turned, ...offSlideWarning(layouts, slideSize, this.source));
    if (this.failed()) throw new TemplateReadError();
    this.requireTitleLayout(layouts);
    const carried = collectTemplateParts(this.parts, masters.flatMap((m) => [m.part, m.theme.part, ...m.layoutParts]), contentTypes, (part) => this.rels(part));
    for (const { part, what } of carried.broken) {
      this.error('template-missing-part', `${this.source}: ${part}: ${what}`, { hint: 'open the template in PowerPoint and save it again (PowerPoint repairs broken links), or remove the picture or object in the slide master view' });
    }
    this.checkSchemaContent([...new Set(masters.flatMap((m) => [m.part, m.theme.part, ...m.layoutParts]))]);
    if (this.failed()) throw new TemplateReadError();
    return {
      source: this.source,
      slideSize,
      masters: masters.map((m): TemplateMaster => ({ part: m.part, name: attr(path(m.root, 'cSld'), 'name') ?? '', theme: m.theme.part, layouts: m.layoutParts, inheritsTextStyles: m.styles.hasTextStyles })),
      layouts,
      themes: this.templateThemes(masters),
      ...(this.colorMapsDiffer || new Set(masters.map((m) => JSON.stringify(m.colors.colorMap))).size > 1 ? { colorMapsDiffer: true } : {}),
      parts: carried.parts,
      contentTypes: carried.contentTypes,
    };
  }

  /** The masters `p:sldMasterIdLst` lists, in order, each with its theme; stops the read on any error. */
  private readMasters(presentation: XmlElement, presentationPart: string): MasterRead[] {
    const masterIds = childrenNamed(child(presentation, 'sldMasterIdLst'), 'sldMasterId');
    if (masterIds.length === 0) this.fatal('template-no-masters', `${this.source} has no slide master (presentation.xml lists none)`);
    const presentationRels = this.rels(presentationPart);
    const defaultStyle = child(presentation, 'defaultTextStyle');
    const themes = new Map<string, ThemeData>();
    const masters: MasterRead[] = [];
    for (const id of masterIds) {
      const rel = this.relById(presentationRels, attr(id, 'r:id'), presentationPart, 'slide master');
      const master = rel === undefined ? undefined : this.readMaster(rel.target, defaultStyle, themes);
      if (master !== undefined) masters.push(master);
    }
    if (this.failed()) throw new TemplateReadError();
    return masters;
  }

  private unzip(bytes: Uint8Array): void {
    const kind = sniffTemplate(bytes);
    const hint = 'open it in PowerPoint (or LibreOffice Impress) and save it as a PowerPoint template (.potx) or presentation (.pptx)';
    if (kind === 'encrypted') this.fatal('template-encrypted', `${this.source} is encrypted (protected with a password); briefdeck cannot read it`, { hint: 'remove the password (File → Info → Protect Presentation) and save it as .pptx/.potx' });
    if (kind === 'legacy-ppt') this.fatal('template-legacy-ppt', `${this.source} is a PowerPoint 97–2003 file (.ppt), not .pptx/.potx`, { hint });
    if (kind === 'compound-file') this.fatal('template-encrypted', `${this.source} is encrypted or a legacy .ppt; save it as .pptx/.potx`, { hint });
    // An empty file is usually a save or a copy that went wrong, which "not a zip" does not say.
    if (kind === 'other' && bytes.length === 0) this.fatal('template-not-zip', `${this.source} is empty (0 bytes)`, { expected: 'a .pptx or .potx file', hint: 'copy or save the template again; the file on disk has nothing in it' });
    if (kind === 'other') this.fatal('template-not-zip', `${this.source} is not a PowerPoint file: a .pptx or .potx is a zip package, and this file is not one`, { expected: 'a .pptx or .potx file', hint });
    try {
      const unpacked = unpackedSize(bytes);
      if (unpacked > this.maxUnpackedBytes) {
        this.fatal('template-too-large', `${this.source} unpacks to ${megabytes(unpacked)}; the limit is ${megabytes(this.maxUnpackedBytes)}`, {
          hint: 'a template holds masters, layouts and a few pictures: remove videos and large pictures, or the example slides',
        });
      }
      this.parts = PackageParts.fromZip(bytes);
    } catch (error) {
      if (error instanceof TemplateReadError) throw error;
      this.fatal('template-not-zip', `${this.source} is a damaged zip package: ${(error as Error).message}`, { hint: 'save the template again from PowerPoint' });
    }
  }

  /** The presentation part: `_rels/.rels`' officeDocument target, checked to be a presentation. */
  private mainPart(contentTypes: ContentTypes): string {
    const packageRels = this.rels('');
    // ISO/IEC 29500 Strict: other namespaces throughout, which a Transitional deck cannot carry.
    if (packageRels.some((r) => r.type.startsWith('http://purl.oclc.org/ooxml/'))) {
      this.fatal('template-not-presentation', `${this.source} is saved as Strict Open XML, which briefdeck cannot build on`, {
        hint: 'in PowerPoint, save it again as "PowerPoint Template (.potx)" or "PowerPoint Presentation (.pptx)", not "Strict Open XML Presentation"',
      });
    }
    const main = packageRels.find((r) => r.type === REL.officeDocument && !r.external);
    const type = main === undefined ? undefined : contentTypes.of(main.target);
    if (main === undefined || type === undefined || !PRESENTATION_TYPES.has(type)) {
      const what = type?.includes('wordprocessingml') ? 'a Word document' : type?.includes('spreadsheetml') ? 'an Excel workbook' : 'not a PowerPoint presentation or template';
      this.fatal('template-not-presentation', `${this.source} is ${what}: it has no presentation part`, {
        expected: 'a PowerPoint presentation (.pptx) or template (.potx)',
        ...(type !== undefined ? { found: type } : {}),
      });
    }
    return main!.target;
  }

  private slideSize(presentation: XmlElement): TemplateModel['slideSize'] {
    const size = child(presentation, 'sldSz');
    let cx = intAttr(size, 'cx');
    let cy = intAttr(size, 'cy');
    if (cx === undefined || cy === undefined || cx <= 0 || cy <= 0) {
      // ECMA-376 makes p:sldSz optional; PowerPoint then uses 10 × 7.5 in (4:3).
      this.diagnostics.push(templateDiagnostic('warning', 'template-no-slide-size', this.source, `${this.source} does not say its slide size; briefdeck uses 10 × 7.5 in (4:3)`));
      cx = 9144000;
      cy = 6858000;
    }
    return { width: cx / EMU_PER_INCH, height: cy / EMU_PER_INCH, cx, cy };
  }

  private readMaster(part: string, defaultStyle: XmlElement | undefined, themes: Map<string, ThemeData>): MasterRead | undefined {
    const root = this.part(part, 'a slide master', false);
    if (root === undefined) return undefined;
    const rels = this.rels(part);
    const themeRel = rels.find((r) => r.type === REL.theme && !r.external);
    if (themeRel === undefined) {
      this.error('template-missing-part', `${this.source}: slide master ${part} has no theme`);
      return undefined;
    }
    let theme = themes.get(themeRel.target);
    if (theme === undefined) {
      const themeRoot = this.part(themeRel.target, `the theme of ${part}`, false);
      if (themeRoot === undefined) return undefined;
      theme = readTheme(themeRoot, themeRel.target);
      themes.set(themeRel.target, theme);
    }
    const colors: ColorContext = { scheme: theme.scheme, colorMap: readColorMap(child(root, 'clrMap')) ?? DEFAULT_COLOR_MAP };
    const txStyles = child(root, 'txStyles');
    const layoutParts: string[] = [];
    const layoutIds = childrenNamed(child(root, 'sldLayoutIdLst'), 'sldLayoutId');
    for (const id of layoutIds) {
      const rel = this.relById(rels, attr(id, 'r:id'), part, 'slide layout');
      if (rel !== undefined) layoutParts.push(rel.target);
    }
    // Without a layout list (some generators leave it out), the master's layout relationships say which.
    if (layoutIds.length === 0) layoutParts.push(...rels.filter((r) => r.type === REL.slideLayout && !r.external).map((r) => r.target));
    return {
      part,
      root,
      colors,
      theme,
      layoutParts,
      styles: {
        placeholders: readPlaceholderShapes(root, colors),
        titleStyle: readListStyle(child(txStyles, 'titleStyle'), colors),
        bodyStyle: readListStyle(child(txStyles, 'bodyStyle'), colors),
        otherStyle: readListStyle(child(txStyles, 'otherStyle'), colors),
        defaultStyle: readListStyle(defaultStyle, colors),
        hasTextStyles: txStyles !== undefined && txStyles.children.length > 0,
        fonts: { major: theme.majorFont, minor: theme.minorFont },
      },
    };
  }

  private readLayout(part: string, master: MasterRead, slide: { width: number; height: number }): TemplateLayout | undefined {
    const root = this.part(part, `a slide layout of ${master.part}`, false);
    if (root === undefined) return undefined;
    // A layout may override the master's colour map (`p:clrMapOvr/a:overrideClrMapping`).
    const override = readColorMap(path(root, 'clrMapOvr', 'overrideClrMapping'));
    const colors: ColorContext = override === undefined ? master.colors : { ...master.colors, colorMap: override };
    const textColor = { hex: colors.scheme[colors.colorMap.tx1 ?? 'dk1'] ?? '000000', ref: 'tx1' };
    if (override !== undefined && Object.entries(override).some(([k, v]) => master.colors.colorMap[k] !== v)) this.colorMapsDiffer = true;
    // The master's graphics and background show on this layout's slides through the layout's colour map.
    const layers = backdropLayers(this.backdropPart(part, root, colors), this.backdropPart(master.part, master.root, colors), master.theme.backgroundFills, slide);
    const scheme = Object.fromEntries(['tx1', 'bg1', 'tx2', 'bg2'].map((slot) => [slot, colors.scheme[colors.colorMap[slot] ?? slot]]));
    const placeholders = readablePlaceholders(resolvePlaceholders(readPlaceholderShapes(root, colors), master.styles, textColor, slide), layers, scheme);
    const backdrop = backdropAt(layers, contentArea(placeholders, slide));
    const background = backdrop.known && backdrop.colours.length === 1 ? backdrop.colours[0] : resolveBackground([{ root, colors }, { root: master.root, colors: master.colors }], master.theme.backgroundFills, colors);
    const type = attr(root, 'type');
    return {
      part,
      name: attr(child(root, 'cSld'), 'name') ?? '',
      master: master.part,
      placeholders,
      ...(background !== undefined ? { background } : {}),
      ...(backdrop.colours.length > 0 || !backdrop.known ? { backdrop } : {}),
      ...(type !== undefined ? { type } : {}),
    };
  }

  /** A layout or master as the backdrop reader sees it: its pictures decoded on demand, once per package. */
  private backdropPart(part: string, root: XmlElement, colors: ColorContext): BackdropPart {
    return {
      root,
      colors,
      picture: (id) => {
        const target = this.rels(part).find((r) => r.id === id && !r.external)?.target;
        if (target === undefined || !this.parts.has(target)) return undefined;
        if (!this.pictures.has(target)) this.pictures.set(target, decodePicture(this.parts.bytes(target)));
        return this.pictures.get(target);
      },
    };
  }

  /**
   * Content the schema rejects in the masters, layouts and themes the deck carries as they are
   * (a gradient without stops, a font size below 1 pt): an error naming the part and the shape,
   * since the deck would fail validation and PowerPoint would offer to repair it.
   */
  private checkSchemaContent(parts: readonly string[]): void {
    const problems = parts.flatMap((part) => {
      const root = this.xml.get(part);
      return root === undefined ? [] : [...requiredContentProblems(part, root), ...attributeRangeProblems(part, this.parts.text(part))];
    });
    for (const problem of problems) {
      this.error('template-invalid-part', `${this.source}: ${problem}`, {
        hint: 'the schema of PowerPoint files rejects this, so a deck built on it would be damaged: open the template in PowerPoint, let it repair the file, and save it again, or remove or redo that shape or fill in the slide master view',
      });
    }
  }

  private requireTitleLayout(layouts: readonly TemplateLayout[]): void {
    if (layouts.some((l) => l.placeholders.some((p) => p.type === 'title' || p.type === 'ctrTitle'))) return;
    this.fatal('template-no-title-layout', `${this.source} has no slide layout with a title placeholder; every briefdeck slide puts its title in one`, {
      found: layouts.length === 0 ? 'no layouts' : `${layouts.length} layouts without a title placeholder (${layouts.map((l) => l.name || l.part).slice(0, 5).join(', ')})`,
      hint: 'add a title placeholder to the layouts in the slide master view (View → Slide Master → Title)',
    });
  }

  private templateThemes(masters: readonly MasterRead[]): TemplateTheme[] {
    const seen = new Map<string, TemplateTheme>();
    for (const m of masters) if (!seen.has(m.theme.part)) seen.set(m.theme.part, toTemplateTheme(m.theme, m.colors.colorMap));
    return [...seen.values()];
  }

  private relById(rels: readonly Relationship[], id: string | undefined, from: string, what: string): Relationship | undefined {
    const rel = rels.find((r) => r.id === id && !r.external);
    if (rel === undefined) this.error('template-missing-part', `${this.source}: ${from} lists a ${what} (relationship ${id ?? '(none)'}) that its relationships do not name`);
    return rel;
  }

  /** A part's relationships (`''` = the package's); none when it has no .rels part. */
  private rels(part: string): Relationship[] {
    const relsPart = part === '' ? '_rels/.rels' : relsPartOf(part);
    if (!this.parts.has(relsPart)) return [];
    const root = this.part(relsPart, 'relationships');
    return root === undefined ? [] : readRelationships(root, part === '' ? '' : part);
  }

  /** Parses a part, once. A missing or broken part is an error; `fatal` stops the read. */
  private part(name: string, what: string, fatal?: true): XmlElement;
  private part(name: string, what: string, fatal: false): XmlElement | undefined;
  private part(name: string, what: string, fatal = true): XmlElement | undefined {
    const cached = this.xml.get(name);
    if (cached !== undefined) return cached;
    const report = fatal ? this.fatal.bind(this) : this.error.bind(this);
    if (!this.parts.has(name)) {
      report('template-missing-part', `${this.source} is missing ${what} (${name})`, { hint: 'the file is damaged or was not saved by PowerPoint; save it again as .pptx/.potx' });
      return undefined;
    }
    let text: string;
    try {
      text = this.parts.text(name);
    } catch {
      report('template-bad-xml', `${this.source}: ${name} (${what}) is not UTF-8 text`);
      return undefined;
    }
    const parsed = parseXml(text.replace(/^\uFEFF/, ''));
    if ('error' in parsed) {
      report('template-bad-xml', `${this.source}: ${name} (${what}) is not well-formed XML at line ${parsed.error.line}, column ${parsed.error.column}: ${parsed.error.message}`, {
        hint: 'the file is damaged; save it again from PowerPoint',
      });
      return undefined;
    }
    this.xml.set(name, parsed.root);
    return parsed.root;
  }

  private error(rule: TemplateRule, message: string, extra: Omit<Diagnostic, 'severity' | 'rule' | 'message' | 'file'> = {}): void {
    this.diagnostics.push(templateDiagnostic('error', rule, this.source, message, extra));
  }

  private fatal(rule: TemplateRule, message: string, extra: Omit<Diagnostic, 'severity' | 'rule' | 'message' | 'file'> = {}): never {
    this.error(rule, message, extra);
    throw new TemplateReadError();
  }
}

/**
 * The area a layout's content goes in, inches: its body and content placeholders together, or the
 * middle of the slide below a title band when it has none.
 */
function contentArea(placeholders: readonly ResolvedPlaceholder[], slide: { width: number; height: number }): TemplateBox {
  const bodies = placeholders.filter((p) => (p.type === 'body' || p.type === 'obj') && p.box.w > 0 && p.box.h > 0);
  if (bodies.length === 0) return { x: slide.width * 0.1, y: slide.height * 0.3, w: slide.width * 0.8, h: slide.height * 0.55 };
  const x = Math.min(...bodies.map((b) => b.box.x));
  const y = Math.min(...bodies.map((b) => b.box.y));
  return { x, y, w: Math.max(...bodies.map((b) => b.box.x + b.box.w)) - x, h: Math.max(...bodies.map((b) => b.box.y + b.box.h)) - y };
}

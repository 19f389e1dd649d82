/**
 * Puts pptxgenjs' slides on the template's slide masters and layouts (issue #11 §2–3; DESIGN §8–9).
 * pptxgenjs writes one blank master and layout of its own; they are replaced by the template's
 * masters, layouts, themes and media, each slide's layout relationship is pointed at the layout of
 * its role, master and layout ids are renumbered from 2^31 (ECMA-376 Part 1, §19.2.1.35, §19.3.1.41),
 * and the slide size is the template's. Every id, relationship and content type is rebuilt so the
 * self-check and pptx-lint pass. The slides' own XML (marked shapes becoming placeholders, the
 * slide-number link, hidden master graphics) is finished by the slide pass, `fixes/finish-slides.ts`,
 * in the same walk as the other slide fixes.
 */
import type { PackageParts } from '../package-parts.js';
import type { TemplateModel } from '../../template/types.js';
import { partsIn, type SlideOnLayout } from '../fixes/context.js';
import { relativeTarget, relsPartOf as relsOf } from '../part-names.js';
import { uniqueShapeIds } from './unique-shape-ids.js';

/** What the pass needs to know of each slide, in deck order. */
export interface SlidePlacement {
  /** Part name of the layout the slide sits on. */
  layoutPart: string;
  /** Hide the layout's and master's graphics on this slide (`showMasterSp="0"`). */
  hideMasterShapes: boolean;
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const FIRST_MASTER_ID = 2147483648;

/** Relationship entries of a `.rels` part. */
function relEntries(xml: string): Array<{ id: string; type: string; target: string; full: string }> {
  return [...xml.matchAll(/<Relationship\b[^>]*\/>/g)].map((m) => ({
    full: m[0],
    id: /\bId="([^"]*)"/.exec(m[0])?.[1] ?? '',
    type: /\bType="([^"]*)"/.exec(m[0])?.[1] ?? '',
    target: /\bTarget="([^"]*)"/.exec(m[0])?.[1] ?? '',
  }));
}

/** Removes pptxgenjs' own masters and layouts; gives its notes master a theme part of its own. */
function dropWriterMasters(parts: PackageParts, template: TemplateModel): void {
  for (const folder of ['ppt/slideMasters/', 'ppt/slideLayouts/']) {
    for (const part of partsIn(parts, folder)) {
      parts.delete(part);
      parts.delete(relsOf(part));
    }
  }
  const used = new Set(template.parts.names());
  let n = 1;
  while (used.has(`ppt/theme/theme${n}.xml`)) n++;
  const notesTheme = `ppt/theme/theme${n}.xml`;
  const writerTheme = 'ppt/theme/theme1.xml';
  if (parts.has(writerTheme) && notesTheme !== writerTheme) {
    parts.setBytes(notesTheme, parts.bytes(writerTheme));
    parts.delete(writerTheme);
  }
  for (const notesMaster of partsIn(parts, 'ppt/notesMasters/')) {
    const rels = relsOf(notesMaster);
    if (parts.has(rels)) parts.editText(rels, (xml) => xml.replace(/Target="\.\.\/theme\/theme1\.xml"/, `Target="${relativeTarget(notesMaster, notesTheme)}"`));
  }
  parts.editText('[Content_Types].xml', (xml) =>
    xml.includes(`PartName="/${notesTheme}"`) ? xml : xml.replace('</Types>', `<Override PartName="/${notesTheme}" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/></Types>`),
  );
}

/**
 * What re-parenting takes from a template alone, the same for every deck built on it: master and
 * layout texts with unique shape ids and the layout ids renumbered, the `p:sldMasterId` entries, and
 * the content-type overrides. Kept per template object (bundled sets and house templates are cached
 * per process), so a batch or `watch` prepares each template once; preparing it was a third of re-parenting.
 */
interface PreparedTemplate {
  /** Master and layout part texts as they go into the deck. */
  shapeParts: Map<string, string>;
  /** `<p:sldMasterId …/>` entries, one per master, in order. */
  masterIds: string[];
  /** `<Override …/>` entries of the template's parts. */
  overrides: string[];
}

const prepared = new WeakMap<TemplateModel, PreparedTemplate>();

function prepareTemplate(template: TemplateModel): PreparedTemplate {
  let result = prepared.get(template);
  if (result !== undefined) return result;
  const shapeParts = new Map<string, string>();
  const overrides: string[] = [];
  for (const name of template.parts.names()) {
    if (/^ppt\/(slideMasters|slideLayouts)\/[^/]+\.xml$/.test(name)) shapeParts.set(name, uniqueShapeIds(template.parts.text(name)));
    const type = template.contentTypes?.get(name);
    if (type !== undefined) overrides.push(`<Override PartName="/${name}" ContentType="${type}"/>`);
  }
  let nextId = FIRST_MASTER_ID;
  const masterIds = template.masters.map((master, i) => {
    const entry = `<p:sldMasterId id="${nextId++}" r:id="rIdMaster${i + 1}"/>`;
    // Layout ids must be unique across all masters and layouts, and at least 2^31.
    const xml = shapeParts.get(master.part) ?? template.parts.text(master.part);
    shapeParts.set(master.part, xml.replace(/<p:sldLayoutId\b([^>]*?)\bid="\d+"/g, (_m, before: string) => `<p:sldLayoutId${before}id="${nextId++}"`));
    return entry;
  });
  result = { shapeParts, masterIds, overrides };
  prepared.set(template, result);
  return result;
}

/** Copies the template's parts in and registers their content types. */
function addTemplateParts(parts: PackageParts, template: TemplateModel, ready: PreparedTemplate): void {
  for (const name of template.parts.names()) {
    if (parts.has(name)) throw new Error(`template part ${name} collides with a part of the deck`);
    const shapePart = ready.shapeParts.get(name);
    if (shapePart !== undefined) parts.setText(name, shapePart);
    else if (template.parts.editedText(name) !== undefined) parts.setText(name, template.parts.text(name));
    else parts.setBytes(name, template.parts.bytes(name));
  }
  // pptxgenjs registered its own master, layout and theme under some of these names.
  const names = new Set(template.parts.names().map((name) => `/${name}`));
  parts.editText('[Content_Types].xml', (xml) =>
    xml
      .replace(/<Override\b[^>]*\bPartName="([^"]+)"[^>]*\/>/g, (override, name: string) => (names.has(name) ? '' : override))
      .replace('</Types>', `${ready.overrides.join('')}</Types>`),
  );
}

/** Rewrites `p:sldMasterIdLst`, the master relationships, the theme relationship and the slide size. */
function relinkPresentation(parts: PackageParts, template: TemplateModel, ready: PreparedTemplate): void {
  const presentation = 'ppt/presentation.xml';
  const relsPart = relsOf(presentation);
  const newRels = template.masters.map(
    (master, i) => `<Relationship Id="rIdMaster${i + 1}" Type="${REL}slideMaster" Target="${relativeTarget(presentation, master.part)}"/>`,
  );
  const firstTheme = template.masters[0]?.theme;
  if (firstTheme) newRels.push(`<Relationship Id="rIdTheme1" Type="${REL}theme" Target="${relativeTarget(presentation, firstTheme)}"/>`);
  parts.editText(relsPart, (xml) => {
    const kept = relEntries(xml).filter((r) => r.type !== `${REL}slideMaster` && r.type !== `${REL}theme`).map((r) => r.full);
    return xml.replace(/<Relationships([^>]*)>[\s\S]*<\/Relationships>/, `<Relationships$1>${kept.join('')}${newRels.join('')}</Relationships>`);
  });
  const { cx, cy } = template.slideSize;
  parts.editText(presentation, (xml) =>
    xml
      .replace(/<p:sldMasterIdLst>[\s\S]*?<\/p:sldMasterIdLst>/, `<p:sldMasterIdLst>${ready.masterIds.join('')}</p:sldMasterIdLst>`)
      .replace(/<p:sldSz\b[^>]*\/>/, `<p:sldSz cx="${cx}" cy="${cy}"/>`),
  );
}

/** Points each slide's layout relationship at the layout of its role; returns those layouts, in deck order. */
function relinkSlides(parts: PackageParts, template: TemplateModel, placements: readonly SlidePlacement[]): TemplateModel['layouts'] {
  return partsIn(parts, 'ppt/slides/').map((slide, i) => {
    const layout = layoutOf(template, placements[i], slide);
    parts.editText(relsOf(slide), (xml) =>
      xml.replace(/(<Relationship\b[^>]*Type="[^"]*\/slideLayout"[^>]*Target=")[^"]*(")/, `$1${relativeTarget(slide, layout.part)}$2`),
    );
    return layout;
  });
}

/** The template layout a slide is placed on; throws when there is none (a bug in the caller). */
function layoutOf(template: TemplateModel, placement: SlidePlacement | undefined, slide: string): TemplateModel['layouts'][number] {
  if (!placement) throw new Error(`no layout for ${slide}`);
  const layout = template.layouts.find((l) => l.part === placement.layoutPart);
  if (!layout) throw new Error(`template has no layout ${placement.layoutPart}`);
  return layout;
}

/**
 * What the slide pass (`fixes/finish-slides.ts`) needs of a slide on its layout: the index of the
 * layout's slide-number placeholder, whether master graphics are hidden, and which placeholders'
 * vertical text is turned horizontal.
 */
function onLayout(layout: TemplateModel['layouts'][number], placement: SlidePlacement): SlideOnLayout {
  const slideNumber = layout.placeholders.find((p) => p.type === 'sldNum');
  const turned = layout.placeholders.filter((p) => p.body.turned === true).map((p) => p.type);
  return { ...(slideNumber ? { slideNumberIdx: slideNumber.idx } : {}), hideMasterShapes: placement.hideMasterShapes, ...(turned.length > 0 ? { turnedTypes: turned } : {}) };
}

/**
 * Re-parents the slides in `parts` onto `template` (parts edited in place) and returns each slide
 * on its layout, in deck order, for the slide pass.
 */
export function reparentOnTemplate(parts: PackageParts, template: TemplateModel, placements: readonly SlidePlacement[]): SlideOnLayout[] {
  const ready = prepareTemplate(template);
  dropWriterMasters(parts, template);
  addTemplateParts(parts, template, ready);
  relinkPresentation(parts, template, ready);
  return relinkSlides(parts, template, placements).map((layout, i) => onLayout(layout, placements[i]!));
}

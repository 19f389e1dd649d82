/**
 * The slide master, slide layouts and theme of a bundled template set, generated from `theme.json`
 * (issue #11 §1): one layout per briefdeck layout role, each with title and body placeholders whose
 * geometry and text styles are exactly what the fit stage measures, date, footer and slide-number
 * placeholders, the accent rules on the layouts and the handling-marking banner on the master.
 * Returns the same `TemplateModel` a house template gives, so fit and writer treat both alike.
 */
import { markingSize } from '../marking-size.js';
import { PackageParts } from '../../pptx/package-parts.js';
import type { Theme } from '../../theme/types.js';
import type { TextMeasurer } from '../../fit/text-measurer.js';
import { PML_NAMESPACES, XML_DECLARATION, emu, solidFill, xfrm, xmlEscape } from '../ooxml-text.js';
import type { LayoutRole, ResolvedBodyProps, ResolvedLevelStyle, ResolvedPlaceholder, TemplateBox, TemplateLayout, TemplateModel } from '../types.js';
import { BUNDLED_INSET, bundledGeometry, type BundledGeometry } from './bundled-geometry.js';
import { bodyLevels, bundledColourScheme, bundledFonts, mappedColours, plainLevel, runStyle, sameLevels } from './bundled-styles.js';
import { bodyPrXml, levelsXml } from './style-xml.js';
import { themePartXml } from './theme-part.js';

/** What the generated master shows besides the theme: the brief's marking and language. */
export interface BundledOptions {
  /** Handling marking on every slide ('' for none). */
  marking: string;
  /** BCP 47 language of the marking text. */
  lang: string;
}

/** The decorative extension (Office 2019+) that tells screen readers to skip a shape (DESIGN §10). */
export const DECORATIVE_EXT =
  '<a:extLst><a:ext uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}"><adec:decorative xmlns:adec="http://schemas.microsoft.com/office/drawing/2017/decorative" val="1"/></a:ext></a:extLst>';

const CONTENT_TYPE = {
  master: 'application/vnd.openxmlformats-officedocument.presentationml.slideMaster+xml',
  layout: 'application/vnd.openxmlformats-officedocument.presentationml.slideLayout+xml',
  theme: 'application/vnd.openxmlformats-officedocument.theme+xml',
};
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A layout to generate: its placeholders, decorative rules and background. */
interface LayoutSpec {
  role: LayoutRole;
  name: string;
  /** ST_SlideLayoutType (ECMA-376 Part 1, §19.7.15). */
  type: 'title' | 'secHead' | 'obj' | 'twoObj' | 'titleOnly';
  placeholders: ResolvedPlaceholder[];
  rules: TemplateBox[];
  /** Scheme name or hex of a background that differs from the master's. */
  background?: string;
}

/** Layout roles in the order the master lists them. */
const ROLE_ORDER: LayoutRole[] = ['cover', 'section', 'content', 'two-content', 'title-only'];

/** The scheme slot that holds `hex`, preferring text and background slots; the hex itself when none does. */
function schemeRef(hex: string, colours: Record<string, string>): string {
  const want = hex.toUpperCase();
  for (const slot of ['tx1', 'bg1', 'tx2', 'bg2', 'accent2', 'accent1', 'accent3', 'accent4', 'accent5', 'accent6']) {
    if ((colours[slot] ?? '').toUpperCase() === want) return slot;
  }
  return want;
}

function bodyProps(anchor: ResolvedBodyProps['anchor'], inset = BUNDLED_INSET): ResolvedBodyProps {
  return { insets: { left: inset, top: inset, right: inset, bottom: inset }, anchor, wrap: true, autofit: 'none', vertical: false };
}

/** Everything the layouts share: styles by role, the chrome placeholders. */
function styleKit(theme: Theme) {
  const colours = mappedColours(bundledColourScheme(theme));
  const fonts = bundledFonts(theme);
  const run = (fontRef: 'major' | 'minor', size: number, bold: boolean, hex: string) => {
    const ref = schemeRef(hex, colours);
    return runStyle(fontRef === 'major' ? fonts.major : fonts.minor, fontRef, size, bold, { ...colours, [ref]: hex }, ref);
  };
  const chrome = (type: 'dt' | 'ftr' | 'sldNum', idx: number, box: TemplateBox, align: ResolvedLevelStyle['align'], colour = theme.colors.muted): ResolvedPlaceholder => ({
    type,
    idx,
    name: { dt: 'Date Placeholder', ftr: 'Footer Placeholder', sldNum: 'Slide Number Placeholder' }[type],
    box,
    // The number sits flush with the slide margin (no inset), as bundled decks have always drawn it.
    body: bodyProps('middle', type === 'sldNum' ? 0 : BUNDLED_INSET),
    levels: sameLevels(plainLevel(run('minor', theme.sizes.footer, false, colour), align)),
  });
  return { colours, fonts, run, chrome };
}

/** The five layouts of a bundled set. */
function layoutSpecs(theme: Theme, g: BundledGeometry): LayoutSpec[] {
  const { run, chrome } = styleKit(theme);
  const title = (box: TemplateBox, size: number, hex: string, type: 'title' | 'ctrTitle' = 'title'): ResolvedPlaceholder => ({
    type, idx: 0, name: type === 'ctrTitle' ? 'Title' : 'Title Placeholder', box, body: bodyProps('bottom'), levels: sameLevels(plainLevel(run('major', size, true, hex))),
  });
  const body = (idx: number, box: TemplateBox, name = 'Content Placeholder'): ResolvedPlaceholder => ({
    type: 'obj', idx, name, box, body: bodyProps('top'), levels: bodyLevels(run('minor', theme.sizes.body, false, theme.colors.text)),
  });
  const footers = [chrome('dt', 10, g.date, 'left'), chrome('ftr', 11, g.footer, 'left'), chrome('sldNum', 12, g.number, 'right')];
  // On the cover's fill, the chrome takes the cover's text colour: the muted grey is for the white slide.
  const coverFooters = [chrome('dt', 10, g.date, 'left', theme.colors.coverText), chrome('ftr', 11, g.footer, 'left', theme.colors.coverText), chrome('sldNum', 12, g.number, 'right', theme.colors.coverText)];
  const sectionSize = Math.max(theme.sizes.title, theme.sizes.coverTitle - 4);
  const contentTitle = title(g.title, theme.sizes.title, theme.colors.primary);
  return [
    {
      role: 'cover', name: 'Title Slide', type: 'title', rules: [g.coverRule], background: theme.colors.coverFill,
      placeholders: [
        title(g.coverTitle, theme.sizes.coverTitle, theme.colors.coverText, 'ctrTitle'),
        { type: 'subTitle', idx: 1, name: 'Subtitle', box: g.coverBody, body: bodyProps('top'), levels: sameLevels(plainLevel(run('minor', theme.sizes.body, false, theme.colors.coverText))) },
        ...coverFooters,
      ],
    },
    {
      role: 'section', name: 'Section Header', type: 'secHead', rules: [g.sectionRule],
      placeholders: [
        title(g.sectionTitle, sectionSize, theme.colors.primary),
        { type: 'body', idx: 1, name: 'Text Placeholder', box: g.sectionBody, body: bodyProps('top'), levels: sameLevels(plainLevel(run('minor', theme.sizes.body, false, theme.colors.muted))) },
        ...footers,
      ],
    },
    { role: 'content', name: 'Title and Content', type: 'obj', rules: [g.titleRule], placeholders: [contentTitle, body(1, g.body), ...footers] },
    { role: 'two-content', name: 'Two Content', type: 'twoObj', rules: [g.titleRule], placeholders: [contentTitle, body(1, g.columns[0]), body(2, g.columns[1]), ...footers] },
    { role: 'title-only', name: 'Title Only', type: 'titleOnly', rules: [g.titleRule], placeholders: [contentTitle, ...footers] },
  ];
}

/** `p:ph` for a placeholder: the type unless it is `obj` (a `p:ph` without type), and its index unless 0. */
function phXml(ph: ResolvedPlaceholder): string {
  const type = ph.type === 'obj' ? '' : ` type="${ph.type}"`;
  const size = ph.type === 'dt' || ph.type === 'ftr' || ph.type === 'sldNum' ? ' sz="quarter"' : '';
  const idx = ph.idx !== 0 ? ` idx="${ph.idx}"` : '';
  return `<p:ph${type}${size}${idx}/>`;
}

/** Prompt text PowerPoint shows in an empty placeholder of a layout. */
function promptXml(ph: ResolvedPlaceholder): string {
  if (ph.type === 'sldNum') return '<a:p><a:fld id="{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}" type="slidenum"><a:rPr lang="en-GB"/><a:t>&#8249;#&#8250;</a:t></a:fld><a:endParaRPr lang="en-GB"/></a:p>';
  if (ph.type === 'dt' || ph.type === 'ftr') return '<a:p><a:endParaRPr lang="en-GB"/></a:p>';
  const text = ph.type === 'title' || ph.type === 'ctrTitle' ? 'Click to edit title style' : ph.type === 'subTitle' ? 'Click to edit subtitle style' : 'Click to edit text styles';
  return `<a:p><a:r><a:rPr lang="en-GB"/><a:t>${text}</a:t></a:r></a:p>`;
}

/** A placeholder shape with its own box, body properties and list styles (level 1 for single-level roles). */
function placeholderSp(id: number, ph: ResolvedPlaceholder, allLevels: boolean): string {
  const levels = allLevels ? ph.levels : ph.levels.slice(0, 1);
  return (
    `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${xmlEscape(`${ph.name} ${id - 1}`)}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>${phXml(ph)}</p:nvPr></p:nvSpPr>` +
    `<p:spPr>${xfrm(ph.box)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>` +
    `<p:txBody>${bodyPrXml(ph.body)}<a:lstStyle>${levelsXml(levels)}</a:lstStyle>${promptXml(ph)}</p:txBody></p:sp>`
  );
}

/** A decorative filled rectangle (accent rule). */
function ruleSp(id: number, box: TemplateBox, fill: string): string {
  return (
    `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="Accent rule ${id - 1}">${DECORATIVE_EXT}</p:cNvPr><p:cNvSpPr/><p:nvPr userDrawn="1"/></p:nvSpPr>` +
    `<p:spPr>${xfrm(box)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>${solidFill(fill)}<a:ln><a:noFill/></a:ln></p:spPr></p:sp>`
  );
}

/**
 * The handling-marking banner for a slide master: a box in the theme's marking fill with the
 * marking centred in bold, `sizePt` points (issue #11 §1, §3).
 */
export function markingBannerXml(id: number, box: TemplateBox, theme: Theme, insetIn: number, options: BundledOptions, sizePt = theme.sizes.marking): string {
  const inset = emu(insetIn);
  return (
    `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="Handling marking ${id - 1}"/><p:cNvSpPr txBox="1"/><p:nvPr userDrawn="1"/></p:nvSpPr>` +
    `<p:spPr>${xfrm(box)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>${solidFill(theme.marking.fill)}<a:ln><a:noFill/></a:ln></p:spPr>` +
    `<p:txBody><a:bodyPr wrap="square" lIns="${inset}" tIns="${inset}" rIns="${inset}" bIns="${inset}" rtlCol="0" anchor="ctr"><a:noAutofit/></a:bodyPr><a:lstStyle/>` +
    `<a:p><a:pPr algn="ctr"><a:lnSpc><a:spcPct val="100000"/></a:lnSpc><a:spcBef><a:spcPts val="0"/></a:spcBef><a:buNone/></a:pPr>` +
    `<a:r><a:rPr lang="${xmlEscape(options.lang)}" sz="${Math.round(sizePt * 100)}" b="1">${solidFill(theme.marking.text)}<a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/></a:rPr>` +
    `<a:t>${xmlEscape(options.marking)}</a:t></a:r></a:p></p:txBody></p:sp>`
  );
}

const GROUP = '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>';

function background(fill: string): string {
  return `<p:bg><p:bgPr>${solidFill(fill)}<a:effectLst/></p:bgPr></p:bg>`;
}

function layoutXml(spec: LayoutSpec, theme: Theme, colours: Record<string, string>): string {
  let id = 2;
  // Rules first (drawn under the text), placeholders after them in reading order.
  const shapes = [...spec.rules.map((box) => ruleSp(id++, box, schemeRef(theme.colors.accent, colours))), ...spec.placeholders.map((ph) => placeholderSp(id++, ph, false))];
  const bg = spec.background !== undefined ? background(schemeRef(spec.background, colours)) : '';
  return (
    XML_DECLARATION +
    `<p:sldLayout ${PML_NAMESPACES} type="${spec.type}" preserve="1"><p:cSld name="${xmlEscape(spec.name)}">${bg}<p:spTree>${GROUP}${shapes.join('')}</p:spTree></p:cSld>` +
    '<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>'
  );
}

function masterXml(theme: Theme, g: BundledGeometry, specs: LayoutSpec[], options: BundledOptions, measurer: TextMeasurer): string {
  const { run, chrome } = styleKit(theme);
  const content = specs.find((s) => s.role === 'content') as LayoutSpec;
  const [titlePh, bodyPh] = content.placeholders;
  const masterChrome = [chrome('dt', 2, g.date, 'left'), chrome('ftr', 3, g.footer, 'left'), chrome('sldNum', 4, g.number, 'right')];
  let id = 2;
  const placeholders = [titlePh, { ...bodyPh, type: 'body' as const }, ...masterChrome]
    .filter((ph): ph is ResolvedPlaceholder => ph !== undefined)
    .map((ph) => placeholderSp(id++, ph, false));
  // A long marking is written smaller, to stay on one line in its banner (marking-size.ts).
  const banners = options.marking.trim() === '' ? [] : g.banners.map((box) => markingBannerXml(id++, box, theme, g.bannerInset, options, markingSize(options.marking, box.w, theme.sizes.marking, theme.fonts.body, measurer).sizePt));
  const layoutIds = specs.map((_, i) => `<p:sldLayoutId id="${2147483649 + i}" r:id="rId${i + 1}"/>`).join('');
  const other = sameLevels(plainLevel(run('minor', theme.sizes.body, false, theme.colors.text)));
  return (
    XML_DECLARATION +
    `<p:sldMaster ${PML_NAMESPACES}><p:cSld>${background('bg1')}<p:spTree>${GROUP}${placeholders.join('')}${banners.join('')}</p:spTree></p:cSld>` +
    '<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>' +
    `<p:sldLayoutIdLst>${layoutIds}</p:sldLayoutIdLst>` +
    `<p:txStyles><p:titleStyle>${levelsXml(titlePh?.levels ?? [])}</p:titleStyle><p:bodyStyle>${levelsXml(bodyPh?.levels ?? [])}</p:bodyStyle><p:otherStyle>${levelsXml(other)}</p:otherStyle></p:txStyles>` +
    '</p:sldMaster>'
  );
}

function rels(entries: Array<{ type: string; target: string }>): string {
  const body = entries.map((e, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/${e.type}" Target="${e.target}"/>`).join('');
  return `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${body}</Relationships>`;
}

/**
 * Generates the bundled template for `theme` (sizes inches and points, colours hex) and the brief's
 * marking. `measurer` gives line heights, so placeholder boxes hold exactly the lines the fit stage
 * plans for.
 */
export function bundledTemplate(theme: Theme, measurer: TextMeasurer, options: BundledOptions, source: string): TemplateModel {
  const g = bundledGeometry(theme, measurer, options.marking.trim() !== '');
  const specs = layoutSpecs(theme, g);
  const { colours, fonts } = styleKit(theme);
  const parts = new PackageParts();
  const contentTypes = new Map<string, string>();
  const master = 'ppt/slideMasters/slideMaster1.xml';
  const themePart = 'ppt/theme/theme1.xml';
  const layouts: TemplateLayout[] = specs.map((spec, i) => {
    const part = `ppt/slideLayouts/slideLayout${i + 1}.xml`;
    parts.setText(part, layoutXml(spec, theme, colours));
    parts.setText(`ppt/slideLayouts/_rels/slideLayout${i + 1}.xml.rels`, rels([{ type: 'slideMaster', target: '../slideMasters/slideMaster1.xml' }]));
    contentTypes.set(part, CONTENT_TYPE.layout);
    return { part, name: spec.name, master, placeholders: spec.placeholders, background: (spec.background ?? theme.colors.background).toUpperCase() };
  });
  parts.setText(master, masterXml(theme, g, specs, options, measurer));
  parts.setText('ppt/slideMasters/_rels/slideMaster1.xml.rels', rels([...layouts.map((_, i) => ({ type: 'slideLayout', target: `../slideLayouts/slideLayout${i + 1}.xml` })), { type: 'theme', target: '../theme/theme1.xml' }]));
  contentTypes.set(master, CONTENT_TYPE.master);
  const themeName = 'briefdeck';
  parts.setText(themePart, themePartXml(themeName, bundledColourScheme(theme), fonts));
  contentTypes.set(themePart, CONTENT_TYPE.theme);
  return {
    source,
    slideSize: { width: theme.slide.width, height: theme.slide.height, cx: emu(theme.slide.width), cy: emu(theme.slide.height) },
    masters: [{ part: master, name: themeName, theme: themePart, layouts: layouts.map((l) => l.part) }],
    layouts,
    themes: [{ part: themePart, name: themeName, majorFont: fonts.major, minorFont: fonts.minor, colors: colours }],
    parts,
    contentTypes,
    markings: options.marking.trim() === '' ? [] : g.banners,
  };
}

/** The layout generated for each role, by part name (bundled templates map roles one to one). */
export function bundledRoleParts(): Record<LayoutRole, string> {
  return Object.fromEntries(ROLE_ORDER.map((role, i) => [role, `ppt/slideLayouts/slideLayout${i + 1}.xml`])) as Record<LayoutRole, string>;
}

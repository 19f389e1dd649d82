/**
 * Chooses the template layout for each briefdeck layout role (issue #11 item 3) by the
 * placeholders a layout has and where they sit, never by its name (names are localised —
 * "Titel und Inhalt" — or LibreOffice's "Title, Content"); `theme.json`'s `layouts` may name one
 * per role instead.
 */
import type { Diagnostic, StageResult } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/did-you-mean.js';
import type { LayoutMapping, LayoutRole, ResolvedPlaceholder, TemplateLayout, TemplateModel } from './types.js';
import { templateDiagnostic } from './template-diagnostics.js';
import { readsOn } from './readable-placeholders.js';
import { freeStrips } from './house-marking.js';

/** Every role, in the order briefdeck lists them. */
export const LAYOUT_ROLES: readonly LayoutRole[] = ['cover', 'section', 'content', 'two-content', 'title-only'];

/** Where the overrides come from, for located errors: the file and, per role, the key's line and column. */
export interface OverrideSource {
  file: string;
  locate?: (role: string) => { line?: number; column?: number } | undefined;
}

/** A content share below which a layout's body is a caption or subtitle rather than a content area. */
const MIN_CONTENT_SHARE = 0.3;
/** A body at most this share of the slide's height is a section header's short text. */
const SECTION_BODY_SHARE = 0.25;

/**
 * Maps every role to a layout. Named overrides win (an unknown name, or a layout without a title
 * placeholder, is an error at the override's location); otherwise the layouts of the master with
 * the most exact matches are searched, and a role with no exact match gets the nearest layout and
 * a `template-layout-fallback` warning saying what it lacks.
 */
export function mapLayouts(model: TemplateModel, overrides: Partial<Record<LayoutRole, string>>, where: OverrideSource, options: MapOptions = {}): StageResult<Record<LayoutRole, LayoutMapping>> {
  const diagnostics: Diagnostic[] = [];
  const slideArea = model.slideSize.width * model.slideSize.height;
  const geometry: Geometry = { slideArea, slideHeight: model.slideSize.height };
  const master = chooseMaster(model, geometry, options.markingRoom);
  const pool = model.layouts.filter((l) => l.master === master);
  const mapping: Partial<Record<LayoutRole, LayoutMapping>> = {};
  for (const [role, name] of Object.entries(overrides)) {
    if (name === undefined) continue;
    const named = namedLayout(model, role, name, master, where, diagnostics);
    if (named !== undefined) mapping[role as LayoutRole] = { role: role as LayoutRole, layout: named, match: 'named' };
  }
  for (const role of LAYOUT_ROLES) {
    if (mapping[role] !== undefined) continue;
    const found = (role === 'cover' ? titleDesignCover(model, master, geometry) : undefined) ?? chooseForRole(role, pool, geometry, mapping) ?? chooseForRole(role, model.layouts, geometry, mapping);
    if (found === undefined) {
      diagnostics.push(templateDiagnostic('error', 'template-no-title-layout', model.source, `${model.source} has no slide layout briefdeck can use for ${role} slides (none has a title placeholder)`));
      continue;
    }
    mapping[role] = found;
    if (found.match === 'fallback') {
      const warning = templateDiagnostic('warning', 'template-layout-fallback', model.source, `${role} slides use the layout "${found.layout.name}": ${found.note ?? 'it is the nearest match'}`, {
        // Not the layout in use as the example: naming it again would change nothing (a newcomer tried).
        hint: `to use another of the template's layouts, name it in theme.json's "layouts" (e.g. "layouts": { "${role}": "…" }); \`briefdeck layouts ${model.source}\` lists them`,
      });
      mapping[role] = { ...found, warning };
      diagnostics.push(warning);
    }
  }
  const failed = diagnostics.some((d) => d.severity === 'error');
  return { value: failed ? undefined : (mapping as Record<LayoutRole, LayoutMapping>), diagnostics };
}

/** Options of {@link mapLayouts}. */
export interface MapOptions {
  /**
   * Height (inches) of the handling-marking banner the deck will carry, when it carries one: among
   * masters that fit equally, one whose layouts leave a strip that tall above or below their
   * placeholders is preferred, so the banner does not cover a title (LibreOffice's Piano puts its
   * content master's titles at the very top).
   */
  markingRoom?: number;
}

interface Geometry {
  slideArea: number;
  slideHeight: number;
}

/** The placeholders that decide a layout's role, sorted by kind. */
interface LayoutShape {
  titles: ResolvedPlaceholder[];
  centeredTitle: boolean;
  subTitles: ResolvedPlaceholder[];
  /** Body and content placeholders that take horizontal text. */
  bodies: ResolvedPlaceholder[];
  /** Picture, table, chart, media and other content-only placeholders. */
  others: ResolvedPlaceholder[];
}

function shapeOf(layout: TemplateLayout): LayoutShape {
  const ph = layout.placeholders.filter((p) => !p.body.vertical);
  return {
    titles: ph.filter((p) => p.type === 'title' || p.type === 'ctrTitle'),
    centeredTitle: ph.some((p) => p.type === 'ctrTitle'),
    subTitles: ph.filter((p) => p.type === 'subTitle'),
    bodies: ph.filter((p) => p.type === 'body' || p.type === 'obj'),
    others: ph.filter((p) => ['pic', 'tbl', 'chart', 'dgm', 'media', 'clipArt'].includes(p.type)),
  };
}

const area = (p: ResolvedPlaceholder): number => p.box.w * p.box.h;

/**
 * The master whose layouts match the most roles exactly; on a tie, the one whose text placeholders
 * sit on the plainest ground (LibreOffice's templates repeat the same layouts on a decorated
 * title master and a plainer content master); the first on a full tie.
 */
function chooseMaster(model: TemplateModel, geometry: Geometry, markingRoom: number | undefined): string | undefined {
  let best: string | undefined;
  let bestScore = -1;
  for (const master of model.masters) {
    const pool = model.layouts.filter((l) => l.master === master.part);
    const chosen = LAYOUT_ROLES.map((role) => chooseForRole(role, pool, geometry, {}));
    const exactCount = chosen.filter((m) => m?.match === 'exact').length;
    const layouts = chosen.flatMap((m) => (m === undefined ? [] : [m.layout]));
    const plain = plainShare(layouts);
    // A banner over a title is worse than a busier ground (whose colours briefdeck can answer).
    const score = exactCount + (markingRoom === undefined ? plain : 0.6 * hasRoom(layouts, geometry.slideHeight, markingRoom) + 0.4 * plain);
    if (score > bestScore) {
      best = master.part;
      bestScore = score;
    }
  }
  return best;
}

/**
 * How plain the ground under the title and text placeholders of `layouts` is, on average (0–1,
 * scaled below one exact match): the share of each box on a single colour rather than on a
 * picture, a gradient or decorations.
 */
function plainShare(layouts: readonly TemplateLayout[]): number {
  const texts = layouts.flatMap((l) => l.placeholders.filter((p) => ['title', 'ctrTitle', 'subTitle', 'body', 'obj'].includes(p.type)));
  if (texts.length === 0) return 0;
  const plain = texts.reduce((sum, p) => sum + (p.backdrop?.plainShare ?? 1), 0);
  return (0.99 * plain) / texts.length;
}

/**
 * The cover on the template's first slide master when the content went to a plainer one and the
 * first has a title slide layout whose title reads on its ground: templates put their title design
 * first (each of LibreOffice's Impress templates does), and a cover should look like it.
 */
function titleDesignCover(model: TemplateModel, chosen: string | undefined, geometry: Geometry): LayoutMapping | undefined {
  const first = model.masters[0]?.part;
  if (first === undefined || first === chosen) return undefined;
  const cover = chooseForRole('cover', model.layouts.filter((l) => l.master === first), geometry, {});
  return cover?.match === 'exact' && cover.layout.placeholders.every(readsOnItsGround) ? cover : undefined;
}

/**
 * A placeholder whose first level's colour meets WCAG 2.1 SC 1.4.3 on everything under it; one
 * over a ground that cannot be judged does not count as readable. No text or no backdrop: true.
 */
function readsOnItsGround(ph: ResolvedPlaceholder): boolean {
  const level = ph.levels[0];
  if (level === undefined || ph.backdrop === undefined) return true;
  return ph.backdrop.known && readsOn(level, ph.backdrop.colours);
}

/** 0.99 when `layouts` leave a strip of `room` inches above or below all their placeholders, else 0. */
function hasRoom(layouts: readonly TemplateLayout[], slideHeight: number, room: number): number {
  const strips = freeStrips(layouts, slideHeight);
  return Math.max(strips.top, strips.bottom) >= room ? 0.99 : 0;
}

function namedLayout(model: TemplateModel, role: string, name: string, master: string | undefined, where: OverrideSource, diagnostics: Diagnostic[]): TemplateLayout | undefined {
  const location = where.locate?.(role) ?? {};
  if (!(LAYOUT_ROLES as readonly string[]).includes(role)) {
    const hint = didYouMean(role, LAYOUT_ROLES);
    diagnostics.push(templateDiagnostic('error', 'template-unknown-layout', where.file, `"${role}" is not a briefdeck layout role; the roles are ${LAYOUT_ROLES.join(', ')}`, { ...location, ...(hint !== undefined ? { hint } : {}) }));
    return undefined;
  }
  const matches = model.layouts.filter((l) => l.name.toLowerCase() === name.toLowerCase());
  const layout = matches.find((l) => l.master === master) ?? matches[0];
  if (layout === undefined) {
    const names = [...new Set(model.layouts.map((l) => l.name).filter((n) => n !== ''))];
    const hint = didYouMean(name, names) ?? `the layouts are: ${names.map((n) => `"${n}"`).join(', ')}`;
    diagnostics.push(templateDiagnostic('error', 'template-unknown-layout', where.file, `${model.source} has no slide layout named "${name}" (for ${role} slides)`, { ...location, found: name, hint }));
    return undefined;
  }
  if (shapeOf(layout).titles.length === 0) {
    diagnostics.push(templateDiagnostic('error', 'template-layout-no-title', where.file, `the layout "${layout.name}" of ${model.source} has no title placeholder; briefdeck puts every slide's title in one`, { ...location, hint: 'name a layout with a title placeholder, or add one to that layout' }));
    return undefined;
  }
  return layout;
}

type Chooser = (pool: readonly TemplateLayout[], geometry: Geometry, chosen: Partial<Record<LayoutRole, LayoutMapping>>) => LayoutMapping | undefined;

function chooseForRole(role: LayoutRole, pool: readonly TemplateLayout[], geometry: Geometry, chosen: Partial<Record<LayoutRole, LayoutMapping>>): LayoutMapping | undefined {
  const withTitle = pool.filter((l) => shapeOf(l).titles.length > 0);
  if (withTitle.length === 0) return undefined;
  return CHOOSERS[role](withTitle, geometry, chosen);
}

const exact = (role: LayoutRole, layout: TemplateLayout): LayoutMapping => ({ role, layout, match: 'exact' });
const fallback = (role: LayoutRole, layout: TemplateLayout, note: string): LayoutMapping => ({ role, layout, match: 'fallback', note });

/** The best of `list` by `score` (higher first; the earlier layout on a tie), or undefined. */
function best<T>(list: readonly T[], score: (item: T) => number): T | undefined {
  let top: T | undefined;
  let topScore = -Infinity;
  for (const item of list) {
    const s = score(item);
    if (s > topScore) {
      top = item;
      topScore = s;
    }
  }
  return top;
}

/** Title slide: a centred title (`ctrTitle`), or a title with a subtitle and no content placeholder. */
const chooseCover: Chooser = (pool) => {
  const centred = best(pool.filter((l) => shapeOf(l).centeredTitle), (l) => shapeOf(l).subTitles.length > 0 ? 1 : 0);
  if (centred !== undefined) return exact('cover', centred);
  const titled = pool.find((l) => { const s = shapeOf(l); return s.subTitles.length > 0 && s.bodies.length === 0; });
  if (titled !== undefined) return exact('cover', titled);
  const oneText = pool.find((l) => { const s = shapeOf(l); return s.subTitles.length + s.bodies.length === 1; });
  if (oneText !== undefined) return fallback('cover', oneText, 'no title slide layout (centred title or title with subtitle); the subtitle goes in its text placeholder');
  return fallback('cover', pool[0]!, 'no title slide layout and no layout with one text placeholder; the cover shows the title only');
};

/** Section header: a title and one short text placeholder (PowerPoint's "Section Header", `type="secHead"`). */
const chooseSection: Chooser = (pool, geometry, chosen) => {
  const cover = chosen.cover?.layout ?? chooseCover(pool, geometry, chosen)?.layout;
  // The title slide is never the section header too: a section must look different from the cover.
  const candidates = pool.filter((l) => l !== cover).filter((l) => {
    const s = shapeOf(l);
    const texts = [...s.bodies, ...s.subTitles];
    return !s.centeredTitle && texts.length === 1 && s.others.length === 0 && (l.type === 'secHead' || texts[0]!.box.h <= SECTION_BODY_SHARE * geometry.slideHeight);
  });
  const section = best(candidates, (l) => (l.type === 'secHead' ? 10 : 0) - [...shapeOf(l).bodies, ...shapeOf(l).subTitles][0]!.box.h / geometry.slideHeight);
  if (section !== undefined) return exact('section', section);
  return cover === undefined ? undefined : fallback('section', cover, 'there is no section header layout (a title and one short text placeholder), so the title slide layout is used');
};

/** Title and content: a title and exactly one body or content placeholder, the largest such. */
const chooseContent: Chooser = (pool, geometry) => {
  const single = pool.filter((l) => { const s = shapeOf(l); return s.bodies.length === 1 && s.subTitles.length === 0 && !s.centeredTitle; });
  const largest = best(single, (l) => area(shapeOf(l).bodies[0]!));
  if (largest !== undefined && area(shapeOf(largest).bodies[0]!) >= MIN_CONTENT_SHARE * geometry.slideArea) return exact('content', largest);
  const any = best(pool.filter((l) => shapeOf(l).bodies.length > 0), (l) => Math.max(...shapeOf(l).bodies.map(area)));
  if (any !== undefined) return fallback('content', any, `no layout with a title and one large content placeholder; text goes in its largest placeholder (${percent(Math.max(...shapeOf(any).bodies.map(area)) / geometry.slideArea)} of the slide)`);
  return fallback('content', pool[0]!, 'no layout has a body or content placeholder; text goes below the title outside any placeholder');
};

/** Two content: a title and exactly two body/content placeholders side by side, of similar size. */
const chooseTwoContent: Chooser = (pool, geometry, chosen) => {
  const pairs = pool.filter((l) => { const s = shapeOf(l); return s.bodies.length === 2 && !s.centeredTitle && sideBySide(s.bodies[0]!, s.bodies[1]!); });
  const pair = best(pairs, (l) => area(shapeOf(l).bodies[0]!) + area(shapeOf(l).bodies[1]!));
  if (pair !== undefined) return exact('two-content', pair);
  const content = chosen.content?.layout ?? chooseContent(pool, geometry, chosen)?.layout;
  return content === undefined ? undefined : fallback('two-content', content, 'no layout with two content placeholders side by side; both columns share the content layout');
};

/** Title only: a title and no body, content or subtitle placeholder (tables, charts, figures go below it). */
const chooseTitleOnly: Chooser = (pool, geometry, chosen) => {
  const bare = pool.filter((l) => { const s = shapeOf(l); return !s.centeredTitle && s.bodies.length + s.subTitles.length + s.others.length === 0; });
  const titleOnly = best(bare, (l) => (l.type === 'titleOnly' ? 1 : 0));
  if (titleOnly !== undefined) return exact('title-only', titleOnly);
  const content = chosen.content?.layout ?? chooseContent(pool, geometry, chosen)?.layout;
  return content === undefined ? undefined : fallback('title-only', content, 'no title-only layout; tables, charts and figures go on the content layout with its content placeholder left out');
};

const CHOOSERS: Record<LayoutRole, Chooser> = {
  cover: chooseCover,
  section: chooseSection,
  content: chooseContent,
  'two-content': chooseTwoContent,
  'title-only': chooseTitleOnly,
};

/** Beside each other: they share most of their height, barely overlap across, and are of similar area. */
function sideBySide(a: ResolvedPlaceholder, b: ResolvedPlaceholder): boolean {
  const vertical = overlap(a.box.y, a.box.h, b.box.y, b.box.h) / Math.min(a.box.h, b.box.h);
  const horizontal = overlap(a.box.x, a.box.w, b.box.x, b.box.w) / Math.min(a.box.w, b.box.w);
  const ratio = Math.min(area(a), area(b)) / Math.max(area(a), area(b));
  return vertical >= 0.5 && horizontal <= 0.1 && ratio >= 0.6;
}

function overlap(start1: number, length1: number, start2: number, length2: number): number {
  return Math.max(0, Math.min(start1 + length1, start2 + length2) - Math.max(start1, start2));
}

function percent(share: number): string {
  return `${Math.round(share * 100)} %`;
}


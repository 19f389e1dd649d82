import { traceMarkupDiagnostics } from './markup/trace-lines.js';
import { imageOrigins, type ImageOrigins } from './image-origins.js';
import type { Brief } from './data/types.js';
import { loadBrief } from './data/load-brief.js';
import { locateTextWarnings } from './data/locate-text.js';
import type { LaidOutDeck } from './deck/laid-out.js';
import type { Deck } from './deck/types.js';
import { checkSlideCount } from './deck/slide-limit.js';
import { hasErrors, type Diagnostic } from './diagnostics/diagnostic.js';
import { createMeasurer } from './fit/measurer.js';
import { fitDeck } from './fit/fit-deck.js';
import type { LoadedImage } from './io/load-images.js';
import type { SourceFile } from './io/read-source.js';
import { parseMarkup } from './markup/parse-markup.js';
import { deckMarking, renderMarkup } from './render/render-markup.js';
import type { TemplateSet } from './render/template-set.js';
import { resolveTheme } from './theme/resolve-theme.js';
import type { Theme } from './theme/types.js';
import { bundledDeckTemplate, type DeckTemplate } from './template/deck-template.js';
import { houseDeckTemplate, houseLayouts } from './template/house-template.js';
import type { LayoutRole, TemplateLayout, TemplateModel } from './template/types.js';
import { locationOf } from './data/locate.js';
import { parseData } from './data/parse-data.js';
import { markingTooLong } from './template/marking-size.js';
import { roleOfLayout } from './template/roles.js';
import { LAYOUT_ROLES } from './template/map-layouts.js';

/** Everything a build needs, already read from disk by the edges. */
export interface PipelineInput {
  source: SourceFile;
  templates: TemplateSet;
  /** The bundled default theme the template set's theme is merged over. */
  defaultTheme: Theme;
  /** Language of fixed words and dates; default: the brief's. */
  language?: string;
  /** A house template, already read by the edge (issue #11 §3); default: the set's generated one. */
  reference?: TemplateModel;
}

/** What each stage produced, as far as the build got, and every diagnostic on the way. */
export interface PipelineResult {
  diagnostics: Diagnostic[];
  brief?: Brief;
  theme?: Theme;
  markup?: string;
  deck?: Deck;
  /** The slide master and layouts the deck is built on, with the layout of each role. */
  template?: DeckTemplate;
  laidOut?: LaidOutDeck;
  bytes?: Uint8Array;
}

type Measurer = ReturnType<typeof createMeasurer>;
let sharedMeasurer: Measurer | undefined;

/** The measurer caches glyph widths; one per process serves every build (batch, watch). */
function measurer(): Measurer {
  sharedMeasurer ??= createMeasurer();
  return sharedMeasurer;
}

/**
 * Runs the pure stages up to the laid-out deck: data → brief → markup → deck → laid-out deck.
 * Stops at the first stage that reports errors (each stage reports all of its own).
 */
export function layOutBrief(input: PipelineInput): PipelineResult {
  const diagnostics: Diagnostic[] = [];
  const result: PipelineResult = { diagnostics };
  const brief = loadBrief(input.source);
  diagnostics.push(...brief.diagnostics);
  const theme = resolveTheme(input.templates.theme.value, input.defaultTheme, input.templates.theme.path, input.templates.theme.parsed);
  diagnostics.push(...theme.diagnostics);
  if (!brief.value || !theme.value || hasErrors(diagnostics)) return result;
  let house: Record<LayoutRole, TemplateLayout> | undefined;
  let fallbacks: { at: number; byRole: Partial<Record<LayoutRole, Diagnostic>> } | undefined;
  let themeValue = theme.value;
  if (input.reference) {
    const parsed = input.templates.theme.parsed;
    // Whether the deck carries a marking decides whether a banner needs room on the chosen master.
    const marked = deckMarking(brief.value, theme.value).trim() !== '';
    const mapped = houseLayouts(input.reference, theme.value, theme.value.layouts, {
      file: input.templates.theme.path,
      locate: (role) => locationOf(parsed, ['layouts', role]),
    }, marked);
    diagnostics.push(...mapped.diagnostics);
    if (!mapped.value || hasErrors(diagnostics)) return result;
    house = mapped.value.layouts;
    themeValue = mapped.value.theme;
    fallbacks = { at: diagnostics.length, byRole: mapped.value.fallbacks };
  }
  result.brief = brief.value;
  result.theme = themeValue;

  const rendered = renderMarkup(brief.value, input.templates, themeValue, input.language ? { language: input.language } : {});
  // A brief without a marking is the data file's to fix: named, so a batch's summary says which brief.
  diagnostics.push(...rendered.diagnostics.map((d) => (d.rule === 'no-marking' && d.file === undefined ? { ...d, file: input.source.path } : d)));
  if (!rendered.value || hasErrors(diagnostics)) return result;
  result.markup = rendered.value.markup;

  const deck = parseMarkup(rendered.value.markup, rendered.value.meta, input.templates.deck.path);
  diagnostics.push(...traceMarkupDiagnostics(deck.diagnostics, rendered.value.markup, input.templates, input.source));
  if (deck.value) diagnostics.push(...checkSlideCount(deck.value.slides.length, 'markup', input.source.path));
  if (!deck.value || hasErrors(diagnostics)) return result;
  result.deck = deck.value;
  if (fallbacks) {
    // Where the template's own warnings were: a fallback only for roles the deck's slides use.
    const roles = new Set(deck.value.slides.map((slide) => roleOfLayout(slide.layout.kind)));
    diagnostics.splice(fallbacks.at, 0, ...LAYOUT_ROLES.flatMap((role) => (roles.has(role) ? fallbacks?.byRole[role] ?? [] : [])));
  }

  const meta = deck.value.meta;
  let template: DeckTemplate;
  if (input.reference && house) {
    const built = houseDeckTemplate(input.reference, house, themeValue, measurer(), { text: meta.marking, lang: meta.language });
    diagnostics.push(...built.diagnostics);
    template = built.template;
  } else {
    template = bundledDeckTemplate(themeValue, measurer(), meta, input.templates.theme.path);
  }
  result.template = template;
  diagnostics.push(...locateMarking(markingTooLong(template.model.markings ?? [], meta.marking, themeValue.fonts.body, measurer()), brief.value, input));
  if (hasErrors(diagnostics)) return result;
  const laidOut = fitDeck(deck.value, themeValue, measurer(), template);
  // With a house template the fonts are the template's: an unknown one is reported against it.
  const fontsFrom = input.reference ? { path: input.reference.source } : input.templates.theme;
  diagnostics.push(...locateTextWarnings(laidOut.diagnostics, input.source, fontsFrom).map((d) => blameData(d, input)));
  if (laidOut.value) diagnostics.push(...checkSlideCount(laidOut.value.slides.length, 'layout', input.source.path));
  if (!laidOut.value || hasErrors(diagnostics)) return result;
  result.laidOut = laidOut.value;
  return result;
}

/** Images by the path the deck names them with, already read and checked by the edge. */
export type ImageSource = (deck: LaidOutDeck, origins: ImageOrigins) => Promise<{ images: Map<string, LoadedImage>; diagnostics: Diagnostic[] }>;

/**
 * The whole pipeline: lays the brief out, fetches its images through `images` (the only I/O,
 * supplied by the caller), then writes and self-checks the .pptx bytes.
 */
export async function runPipeline(input: PipelineInput, images?: ImageSource): Promise<PipelineResult> {
  const result = layOutBrief(input);
  if (!result.laidOut) return result;
  const origins = imageOrigins(result.laidOut, input.source, input.templates, result.theme!);
  const loaded = images ? await images(result.laidOut, origins) : { images: new Map<string, LoadedImage>(), diagnostics: [] };
  result.diagnostics.push(...loaded.diagnostics);
  if (hasErrors(result.diagnostics)) return result;
  const { writePptx } = await import('./pptx/write-pptx.js');
  result.bytes = await writePptx(result.laidOut, {
    loadImage: (path) => {
      const image = loaded.images.get(path);
      // The image source reports every missing image as an error first, so this cannot happen.
      if (!image) throw new Error(`image ${path} was not loaded`);
      return image;
    },
  });
  return result;
}

/** Points marking diagnostics at where the marking was set: the brief's `marking`, else the theme's `marking.default`. */
function locateMarking(found: Diagnostic[], brief: Brief, input: PipelineInput): Diagnostic[] {
  if (found.length === 0) return found;
  // The brief's own marking wins over the theme's default (`deckMarking`); unset, it is null.
  if (brief.marking !== null) {
    const parsed = parseData(input.source).value;
    return found.map((d) => ({ ...d, file: input.source.path, ...(parsed ? locationOf(parsed, ['marking']) : {}) }));
  }
  const theme = input.templates.theme;
  return found.map((d) => ({ ...d, file: theme.path, ...(theme.parsed ? locationOf(theme.parsed, ['marking', 'default']) : {}) }));
}

/**
 * A fit error placed on a bundled template's slide is the data's doing: the bundled templates are
 * right for every brief (issue #14), so what the data made too big to place is reported against the
 * data file, with the slide named in the message, when the text could not be traced to its field.
 */
function blameData(d: Diagnostic, input: PipelineInput): Diagnostic {
  if (d.severity !== 'error' || d.file === undefined || d.file === input.source.path) return d;
  const bundled = [input.templates.deck, ...input.templates.partials.values()].some((t) => t.bundled === true && t.path === d.file);
  return bundled ? { ...d, file: input.source.path } : d;
}

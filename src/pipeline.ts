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
import { renderMarkup } from './render/render-markup.js';
import type { TemplateSet } from './render/template-set.js';
import { resolveTheme } from './theme/resolve-theme.js';
import type { Theme } from './theme/types.js';

/** Everything a build needs, already read from disk by the edges. */
export interface PipelineInput {
  source: SourceFile;
  templates: TemplateSet;
  /** The bundled default theme the template set's theme is merged over. */
  defaultTheme: Theme;
  /** Language of fixed words and dates; default: the brief's. */
  language?: string;
}

/** What each stage produced, as far as the build got, and every diagnostic on the way. */
export interface PipelineResult {
  diagnostics: Diagnostic[];
  brief?: Brief;
  theme?: Theme;
  markup?: string;
  deck?: Deck;
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
  result.brief = brief.value;
  result.theme = theme.value;

  const rendered = renderMarkup(brief.value, input.templates, theme.value, input.language ? { language: input.language } : {});
  diagnostics.push(...rendered.diagnostics);
  if (!rendered.value || hasErrors(diagnostics)) return result;
  result.markup = rendered.value.markup;

  const deck = parseMarkup(rendered.value.markup, rendered.value.meta, input.templates.deck.path);
  diagnostics.push(...deck.diagnostics);
  if (deck.value) diagnostics.push(...checkSlideCount(deck.value.slides.length, 'markup', input.source.path));
  if (!deck.value || hasErrors(diagnostics)) return result;
  result.deck = deck.value;

  const laidOut = fitDeck(deck.value, theme.value, measurer());
  diagnostics.push(...locateTextWarnings(laidOut.diagnostics, input.source, input.templates.theme));
  if (laidOut.value) diagnostics.push(...checkSlideCount(laidOut.value.slides.length, 'layout', input.source.path));
  if (!laidOut.value || hasErrors(diagnostics)) return result;
  result.laidOut = laidOut.value;
  return result;
}

/** Images by the path the deck names them with, already read and checked by the edge. */
export type ImageSource = (deck: LaidOutDeck) => Promise<{ images: Map<string, LoadedImage>; diagnostics: Diagnostic[] }>;

/**
 * The whole pipeline: lays the brief out, fetches its images through `images` (the only I/O,
 * supplied by the caller), then writes and self-checks the .pptx bytes.
 */
export async function runPipeline(input: PipelineInput, images?: ImageSource): Promise<PipelineResult> {
  const result = layOutBrief(input);
  if (!result.laidOut) return result;
  const loaded = images ? await images(result.laidOut) : { images: new Map<string, LoadedImage>(), diagnostics: [] };
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

import type { Box, LaidOutDeck, LaidOutSlide, Shape } from '../deck/laid-out.js';
import type { Deck, Layout, LayoutKind, Slide } from '../deck/types.js';
import type { StageResult } from '../diagnostics/diagnostic.js';
import type { Theme } from '../theme/types.js';
import { contentArea, footerShapes, logoShapes, markingShapes, titleShapes, untitledTop } from './chrome.js';
import type { FitContext } from './fit-context.js';
import { checkFonts } from './font-check.js';
import { LAYOUT_FITTERS } from './layouts/index.js';
import type { LayoutFitter, LayoutInput } from './layouts/layout-fitter.js';
import { notesText } from './notes-text.js';
import { markRightToLeft } from './text-direction.js';
import type { TextMeasurer } from './text-measurer.js';

/** The fitter for a layout; the record is keyed by kind, so the lookup is sound. */
function fitterFor<K extends LayoutKind>(layout: Extract<Layout, { kind: K }>): LayoutFitter<K> {
  return LAYOUT_FITTERS[layout.kind as K] as LayoutFitter<K>;
}

function fitSlide(ctx: FitContext, slide: Slide): LaidOutSlide[] {
  const fitter = fitterFor(slide.layout);
  const title = slide.layout.title;
  const continued = `${title} ${ctx.meta.continuedLabel}`.trim();
  const titleOf = (page: number): string => (page === 0 ? title : continued);
  // Title blocks for the first slide and for continuations (whose longer title may wrap further).
  const heads = fitter.titled ? [titleShapes(ctx, slide.chrome, title), titleShapes(ctx, slide.chrome, continued)] : [];
  const area = (page: number): Box => {
    const head = heads[Math.min(page, 1)];
    return contentArea(ctx, slide.chrome, head ? head.bottom : untitledTop(ctx, slide.chrome));
  };
  const input: LayoutInput = { ctx, slide, area };
  const pages = fitter.fit(slide.layout, input);
  const notes = notesText(slide.notes);
  return pages.map((content, page): LaidOutSlide => {
    const shapes: Shape[] = [
      ...content,
      ...(heads[Math.min(page, 1)]?.shapes ?? []),
      ...logoShapes(ctx, slide.chrome),
      ...footerShapes(ctx, slide.chrome),
      ...markingShapes(ctx, slide.chrome),
    ];
    return {
      id: page === 0 ? slide.id : `${slide.id}~${page + 1}`,
      title: titleOf(page),
      layout: slide.layout.kind,
      ...(page === 0 ? {} : { continuationOf: slide.id }),
      shapes,
      notes,
      background: ctx.theme.colors.background,
    };
  });
}

/**
 * Stage 6: gives every shape of every slide an absolute box, measuring text with `measurer` so
 * that it fits; content that does not fit at the floor sizes continues on `<id>~2`, `<id>~3`, ...
 * Pure: the same deck, theme and measurer always give the same result.
 */
export function fitDeck(deck: Deck, theme: Theme, measurer: TextMeasurer): StageResult<LaidOutDeck> {
  const ctx: FitContext = { theme, meta: deck.meta, measurer, diagnostics: checkFonts(deck, theme, measurer) };
  const slides = markRightToLeft(deck.slides.flatMap((slide) => fitSlide(ctx, slide)));
  return { value: { meta: deck.meta, theme, slides }, diagnostics: ctx.diagnostics };
}

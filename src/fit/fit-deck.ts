import type { Box, LaidOutDeck, LaidOutSlide, Shape } from '../deck/laid-out.js';
import type { Deck, Layout, LayoutKind, Slide } from '../deck/types.js';
import type { StageResult } from '../diagnostics/diagnostic.js';
import type { Theme } from '../theme/types.js';
import { drawnLayoutTheme } from '../theme/drawn-text-caps.js';
import { roleOfLayout } from '../template/roles.js';
import { bundledDeckTemplate, type DeckTemplate } from '../template/deck-template.js';
import { chromeShapes, contentBelow, continuedTitle, framesWithLogoRoom, missingChromeWarnings, layTitles, logoShapes, titleShapeFor, type LaidTitle } from './chrome.js';
import type { FitContext } from './fit-context.js';
import { checkFonts } from './font-check.js';
import { LAYOUT_FITTERS } from './layouts/index.js';
import type { LayoutFitter, LayoutInput } from './layouts/layout-fitter.js';
import { notesText } from './notes-text.js';
import { fillPlaceholders } from './placeholder-assignment.js';
import { slideFrames } from './slide-frames.js';
import { markRightToLeft } from './text-direction.js';
import type { TextMeasurer } from './text-measurer.js';

/** The fitter for a layout; the record is keyed by kind, so the lookup is sound. */
function fitterFor<K extends LayoutKind>(layout: Extract<Layout, { kind: K }>): LayoutFitter<K> {
  return LAYOUT_FITTERS[layout.kind as K] as LayoutFitter<K>;
}

function fitSlide(ctx: FitContext, slide: Slide): LaidOutSlide[] {
  const fitter = fitterFor(slide.layout);
  const role = roleOfLayout(slide.layout.kind);
  const frame = ctx.frames[role];
  const title = slide.layout.title;
  // The title of the first slide and of continuations (whose longer title may need more room).
  const heads: LaidTitle[] = fitter.titled ? layTitles(ctx, frame.title, title, frame.content) : [];
  const area = (page: number): Box => contentBelow(frame, heads[Math.min(page, 1)]?.grow ?? 0);
  // Title-only layouts are drawn by briefdeck: their body text takes the capped sizes (issue #11).
  const input: LayoutInput = { ctx: role === 'title-only' ? { ...ctx, theme: drawnLayoutTheme(ctx.theme) } : ctx, slide, frame, area };
  const pages = fitter.fit(slide.layout, input);
  const notes = notesText(slide.notes);
  const hideMasterShapes = !slide.chrome.marking && ctx.meta.marking.trim() !== '';
  return pages.map((content, page): LaidOutSlide => {
    const head = titleShapeFor(heads, title, ctx.meta.continuedLabel, page, pages.length);
    // Reading order: title first, then content as it is read, then logo and chrome (issue #12).
    const shapes: Shape[] = [
      ...(head ? [head] : []),
      ...fillPlaceholders(content, frame),
      ...logoShapes(ctx, frame),
      ...chromeShapes(ctx, frame, slide.chrome),
    ];
    return {
      id: page === 0 ? slide.id : `${slide.id}~${page + 1}`,
      title: continuedTitle(title, ctx.meta.continuedLabel, page, pages.length),
      layout: slide.layout.kind,
      role,
      layoutPart: frame.layoutPart,
      ...(hideMasterShapes ? { hideMasterShapes } : {}),
      ...(page === 0 ? {} : { continuationOf: slide.id }),
      shapes,
      notes,
      background: frame.background,
    };
  });
}

/**
 * Stage 6: gives every shape of every slide an absolute box inside its slide layout's
 * placeholders, measuring text with `measurer` so that it fits; content that does not fit at the
 * floor sizes continues on `<id>~2`, `<id>~3`, ... `template` is the slide master and layouts the
 * deck is built on; by default the bundled one generated from `theme`. Pure: the same deck, theme,
 * template and measurer always give the same result.
 */
export function fitDeck(deck: Deck, theme: Theme, measurer: TextMeasurer, template: DeckTemplate = bundledDeckTemplate(theme, measurer, deck.meta, 'theme.json')): StageResult<LaidOutDeck> {
  const frames = framesWithLogoRoom(slideFrames(template.model, template.layouts), theme);
  const ctx: FitContext = { theme, meta: deck.meta, measurer, frames, diagnostics: checkFonts(deck, theme, measurer) };
  ctx.diagnostics.push(...missingChromeWarnings(deck.slides, frames, ctx, template.model.source));
  const slides = markRightToLeft(deck.slides.flatMap((slide) => fitSlide(ctx, slide)));
  return { value: { meta: deck.meta, theme, template: template.model, slides }, diagnostics: ctx.diagnostics };
}

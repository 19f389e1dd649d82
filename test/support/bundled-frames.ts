/** The bundled slide layouts for a test theme: frames for a FitContext, and layout parts for hand-built slides. */
import type { DeckMeta } from '../../src/deck/types.js';
import { createMeasurer } from '../../src/fit/measurer.js';
import { slideFrames, type SlideFrames } from '../../src/fit/slide-frames.js';
import { bundledDeckTemplate, type DeckTemplate } from '../../src/template/deck-template.js';
import type { Theme } from '../../src/theme/types.js';

/** The bundled template of `theme` for a deck with `meta`, and its frames. */
export function bundledFor(theme: Theme, meta: DeckMeta): { template: DeckTemplate; frames: SlideFrames } {
  const template = bundledDeckTemplate(theme, createMeasurer(), meta, 'test theme');
  return { template, frames: slideFrames(template.model, template.layouts) };
}

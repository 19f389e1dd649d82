/**
 * The template a deck is built on and the layout each role uses: for a bundled set, the master and
 * layouts generated from its `theme.json`; for a house template, the file's own (issue #11 §3).
 */
import { BoundedCache } from '../bounded-cache.js';
import type { DeckMeta } from '../deck/types.js';
import type { TextMeasurer } from '../fit/text-measurer.js';
import type { Theme } from '../theme/types.js';
import { bundledRoleParts, bundledTemplate } from './bundled/bundled-template.js';
import type { LayoutRole, TemplateLayout, TemplateModel } from './types.js';

/** A template and the layout chosen for every role. */
export interface DeckTemplate {
  model: TemplateModel;
  layouts: Record<LayoutRole, TemplateLayout>;
}

/**
 * Generated templates by theme, marking and language: batch and watch builds of one set reuse the
 * same master and layouts (the writer only reads a template's parts).
 */
const generated = new BoundedCache<string, DeckTemplate>(16);

/** The bundled template for `theme` and the brief's marking; each role has its own generated layout. */
export function bundledDeckTemplate(theme: Theme, measurer: TextMeasurer, meta: DeckMeta, source: string): DeckTemplate {
  const key = JSON.stringify([theme, meta.marking, meta.language, source]);
  return generated.getOrCreate(key, () => generate(theme, measurer, meta, source));
}

function generate(theme: Theme, measurer: TextMeasurer, meta: DeckMeta, source: string): DeckTemplate {
  const model = bundledTemplate(theme, measurer, { marking: meta.marking, lang: meta.language }, source);
  const parts = bundledRoleParts();
  const layouts = {} as Record<LayoutRole, TemplateLayout>;
  for (const role of Object.keys(parts) as LayoutRole[]) {
    const layout = model.layouts.find((l) => l.part === parts[role]);
    if (!layout) throw new Error(`bundled template lacks ${parts[role]}`);
    layouts[role] = layout;
  }
  return { model, layouts };
}

/**
 * A deck template from a house template (issue #11 §3): the template's layouts mapped to the roles
 * briefdeck needs (`theme.json`'s `layouts` may name them), a theme derived from the template for
 * what briefdeck draws itself, and the handling marking on its masters.
 */
import type { Diagnostic, StageResult } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import type { TextMeasurer } from '../fit/text-measurer.js';
import type { Theme } from '../theme/types.js';
import type { DeckTemplate } from './deck-template.js';
import { deriveTheme } from './derive-theme.js';
import { BANNER_MIN, withHouseMarking } from './house-marking.js';
import { mapLayouts, type OverrideSource } from './map-layouts.js';
import { withoutStandInFieldText } from './stand-in-field-text.js';
import type { LayoutMapping, LayoutRole, TemplateLayout, TemplateModel } from './types.js';

/** The layouts chosen for each role of `model`, and the theme derived from them. */
export function houseLayouts(model: TemplateModel, base: Theme, overrides: Partial<Record<LayoutRole, string>>, where: OverrideSource, marked = false): StageResult<{ layouts: Record<LayoutRole, TemplateLayout>; theme: Theme; fallbacks: Partial<Record<LayoutRole, Diagnostic>> }> {
  const mapped = mapLayouts(model, overrides, where, marked ? { markingRoom: BANNER_MIN } : {});
  if (!mapped.value || hasErrors(mapped.diagnostics)) return { value: undefined, diagnostics: mapped.diagnostics };
  const layouts = {} as Record<LayoutRole, TemplateLayout>;
  const fallbacks: Partial<Record<LayoutRole, Diagnostic>> = {};
  for (const [role, mapping] of Object.entries(mapped.value) as Array<[LayoutRole, LayoutMapping]>) {
    layouts[role] = mapping.layout;
    if (mapping.warning) fallbacks[role] = mapping.warning;
  }
  // A fallback warning matters only for a deck with slides of that role: the pipeline reports it then.
  const warnings = new Set(Object.values(fallbacks));
  return { value: { layouts, theme: deriveTheme(base, model, layouts), fallbacks }, diagnostics: mapped.diagnostics.filter((d) => !warnings.has(d)) };
}

/**
 * The deck template of a house template for a brief with `marking`: master text boxes that stand in
 * for the date and number placeholders emptied (`stand-in-field-text.ts`), then the marking banners.
 */
export function houseDeckTemplate(model: TemplateModel, layouts: Record<LayoutRole, TemplateLayout>, theme: Theme, measurer: TextMeasurer, marking: { text: string; lang: string }): { template: DeckTemplate; diagnostics: Diagnostic[] } {
  const marked = withHouseMarking(withoutStandInFieldText(model), layouts, theme, measurer, marking);
  return { template: { model: marked.model, layouts }, diagnostics: marked.diagnostics };
}

/**
 * A briefdeck theme read off a house template (issue #11 §3): fonts, sizes and colours come from the
 * template's placeholders and colour scheme, so what briefdeck draws itself (tables, cards, charts,
 * timeline) matches the template and the fit stage measures the template's type. Sizes of what
 * briefdeck draws follow the template's body size but are capped in proportion to the slide
 * (src/theme/drawn-text-caps.ts). What a template cannot say (size floors, the marking's colours)
 * keeps the template set's values.
 */
import type { Theme } from '../theme/types.js';
import type { LayoutRole, PlaceholderType, ResolvedLevelStyle, TemplateLayout, TemplateModel } from './types.js';
import { mostReadable, worstContrast } from './readable-placeholders.js';
import { drawnTextCaps } from '../theme/drawn-text-caps.js';

function firstLevel(layout: TemplateLayout, types: readonly PlaceholderType[]): ResolvedLevelStyle | undefined {
  for (const type of types) {
    const ph = layout.placeholders.find((p) => p.type === type);
    if (ph?.levels[0]) return ph.levels[0];
  }
  return undefined;
}

/** `size` scaled by the template's body size against the set's, rounded to a whole point. */
function scaled(size: number, ratio: number): number {
  return Math.max(6, Math.round(size * ratio));
}

/** The theme of `base` with everything a house template decides taken from `model` and the layouts chosen for each role. */
export function deriveTheme(base: Theme, model: TemplateModel, layouts: Record<LayoutRole, TemplateLayout>): Theme {
  const masterTheme = model.themes.find((t) => t.part === model.masters.find((m) => m.part === layouts.content.master)?.theme) ?? model.themes[0];
  const scheme = masterTheme?.colors ?? {};
  const colour = (slot: string, fallback: string): string => (scheme[slot] ?? fallback).toUpperCase();
  const title = firstLevel(layouts.content, ['title', 'ctrTitle']);
  const body = firstLevel(layouts.content, ['body', 'obj']) ?? firstLevel(layouts['two-content'], ['body', 'obj']);
  const coverTitle = firstLevel(layouts.cover, ['ctrTitle', 'title']);
  const footer = firstLevel(layouts.content, ['dt', 'ftr', 'sldNum']);
  const background = (layouts.content.background ?? colour('bg1', 'FFFFFF')).toUpperCase();
  const coverFill = (layouts.cover.background ?? background).toUpperCase();
  const light = colour('bg1', 'FFFFFF');
  const dark = colour('tx1', '000000');
  // Everything under the content area: a gradient's stops, a picture's tones, bands of the master.
  const backdrop = layouts.content.backdrop?.colours.length ? layouts.content.backdrop.colours : [background];
  // Text briefdeck draws must be readable on all of it (WCAG 2.1 SC 1.4.3): a template colour
  // that is not (a footer colour meant for a dark band, say) gives way to the scheme's text colour.
  const readable = (wanted: string | undefined, ratio: number): string => {
    const hex = wanted?.toUpperCase();
    return hex !== undefined && worstContrast(hex, backdrop) >= ratio ? hex : mostReadable(backdrop, [dark, light]);
  };
  const text = readable(body?.run.color ?? colour('tx1', base.colors.text), 4.5);
  // On a backdrop of several colours, what briefdeck fills (stripes, rows, cards) takes the one
  // the text was chosen against, so a table reads the same over every part of a picture or gradient.
  const plain = backdrop.length === 1 && layouts.content.backdrop?.known !== false;
  const ground = plain ? background : mostReadable([text], backdrop);
  const bodySize = body?.run.sizePt ?? base.sizes.body;
  const ratio = bodySize / base.sizes.body;
  const accent1 = colour('accent1', base.colors.primary);
  const accent2 = colour('accent2', base.colors.accent);
  const stripe = colour('bg2', base.colors.tableStripe);
  // Striped rows, key-figure and column cards are filled in it (src/fit/layouts).
  const cardFill = worstContrast(text, [stripe]) >= 4.5 ? stripe : ground;
  // A template's body size is its placeholders'; what briefdeck draws is capped (issue #11).
  const caps = drawnTextCaps(base, model.slideSize);
  const table = Math.min(bodySize, scaled(base.sizes.table, ratio), caps.table);
  const drawnBody = Math.min(bodySize, caps.body);
  return {
    ...base,
    slide: { width: model.slideSize.width, height: model.slideSize.height },
    fonts: {
      heading: title?.run.font.latin || masterTheme?.majorFont.latin || base.fonts.heading,
      body: body?.run.font.latin || masterTheme?.minorFont.latin || base.fonts.body,
      mono: base.fonts.mono,
    },
    colors: {
      ...base.colors,
      background: ground,
      primary: readable(title?.run.color ?? accent1, 3),
      // Key figures are large text on their cards: 3:1 against the card fill and the background (WCAG 2.1 SC 1.4.3).
      accent: [accent2, accent1].find((c) => worstContrast(c, [...backdrop, cardFill]) >= 3) ?? text,
      text,
      muted: readable(footer?.run.color ?? text, 4.5),
      tableHeaderFill: accent1,
      tableHeaderText: mostReadable([accent1], [light, dark]),
      tableStripe: cardFill,
      ...(plain ? {} : { tableFill: ground }),
      tableBorder: mostReadable([background], [colour('accent3', base.colors.tableBorder), colour('bg2', base.colors.tableBorder)]),
      coverFill,
      coverText: coverTitle && worstContrast(coverTitle.run.color, [coverFill]) >= 3 ? coverTitle.run.color.toUpperCase() : mostReadable([coverFill], [light, dark]),
      chart: ['accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6'].map((slot) => colour(slot, base.colors.primary)),
    },
    sizes: {
      ...base.sizes,
      coverTitle: coverTitle?.run.sizePt ?? base.sizes.coverTitle,
      title: title?.run.sizePt ?? base.sizes.title,
      body: bodySize,
      // The floors are the set's: how small text may get stays a readability decision, not the template's.
      bodyMin: Math.min(bodySize, base.sizes.bodyMin),
      table,
      tableMin: Math.min(table, base.sizes.tableMin),
      keyFigure: Math.min(scaled(base.sizes.keyFigure, ratio), caps.keyFigure),
      footer: footer?.run.sizePt ?? base.sizes.footer,
    },
    drawn: { body: drawnBody, bodyMin: Math.min(drawnBody, base.sizes.bodyMin) },
  };
}

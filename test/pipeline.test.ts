import { describe, expect, it } from 'vitest';
import { loadDefaultThemeValue, loadTemplateSet } from '../src/io/load-template-set.js';
import { layOutBrief } from '../src/pipeline.js';
import type { Theme } from '../src/theme/types.js';
import { slideText } from './support/deck-text.js';

/** Lays out an in-memory brief with the bundled default templates. */
async function layOut(text: string, path = 'brief.yaml') {
  const templates = (await loadTemplateSet('default')).value!;
  const defaultTheme = (await loadDefaultThemeValue()) as Theme;
  return layOutBrief({ source: { path, text }, templates, defaultTheme });
}

const brief = (title: string, venue = 'Çırağan Palace') =>
  `title: ${JSON.stringify(title)}\nevent:\n  start: 2025-06-02T13:00:00+03:00\n  timeZone: Europe/Istanbul\n  venue: ${JSON.stringify(venue)}\n  city: Istanbul\n`;

describe('one-line fields (issue #14, item 4)', () => {
  it.each([
    ['LINE SEPARATOR', '\u2028'], ['PARAGRAPH SEPARATOR', '\u2029'], ['NEXT LINE', '\u0085'], ['CR', '\r'], ['LF', '\n'], ['CR LF', '\r\n'],
  ])('a %s in the title and the venue becomes a space', async (_name, separator) => {
    const result = await layOut(brief(`Talks${separator}in Istanbul`, `Çırağan${separator}Palace`));
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const cover = slideText(result.laidOut!.slides[0]!);
    expect(cover).toContain('Talks in Istanbul');
    expect(cover).toContain('Çırağan Palace');
  });
});

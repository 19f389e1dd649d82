import type { LaidOutDeck } from './deck/laid-out.js';
import { codeFrame } from './diagnostics/code-frame.js';
import { locationOf, type DiagnosticLocation } from './data/locate.js';
import type { SourceFile } from './io/read-source.js';
import type { TemplateSet } from './render/template-set.js';
import type { Theme } from './theme/types.js';

/** Where each image path of a deck was written, for diagnostics about the image (a missing file). */
export type ImageOrigins = Map<string, DiagnosticLocation>;

/**
 * Finds where each image a laid-out deck shows was written, so a problem with the image names
 * that spot, not the slide it first appears on (issue #14: a missing logo was reported against the
 * cover slide). In order: the theme's `logo.path`; the data file (a markdown image in a field);
 * a template file. A path found in none of them keeps no origin.
 */
export function imageOrigins(deck: LaidOutDeck, source: SourceFile, templates: TemplateSet, theme: Theme): ImageOrigins {
  const origins: ImageOrigins = new Map();
  const files = [source, templates.deck, ...templates.partials.values()];
  for (const slide of deck.slides) {
    for (const shape of slide.shapes) {
      if (shape.kind !== 'image' || origins.has(shape.path)) continue;
      const origin =
        theme.logo?.path === shape.path
          ? { ...locationOf(templates.theme.parsed, ['logo', 'path']), file: templates.theme.path }
          : files.map((file) => textLocation(file, shape.path)).find((found) => found !== undefined);
      if (origin !== undefined) origins.set(shape.path, origin);
    }
  }
  return origins;
}

/** The first place `path` is written in `file` as a link target or a quoted value, with a code frame. */
function textLocation(file: { path: string; text: string }, path: string): DiagnosticLocation | undefined {
  const lines = file.text.split('\n');
  for (const [index, line] of lines.entries()) {
    const match = new RegExp(`(\\(|["'\\s:])${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=[)"'\\s]|$)`).exec(line);
    if (match === null) continue;
    const column = match.index + match[1]!.length + 1;
    const frame = codeFrame(file.text, index + 1, column);
    return { file: file.path, line: index + 1, column, ...(frame === undefined ? {} : { frame }) };
  }
  return undefined;
}

import type { Slide } from '../deck/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/**
 * Places a fit-stage problem at the slide it occurred on (issue #13): the template the slide was
 * rendered from as the file, and the slide's id and line in the rendered slide markup (the IR's
 * `SlideOrigin`, the finest origin a block has) in the message — not as `line`, which would point
 * into the template file at a line of the rendered markup. Blocks carry no data path (a template
 * may combine several data fields in one block), so none is given.
 */
export function locateOnSlide(d: Diagnostic, slide: Slide): Diagnostic {
  if (d.file !== undefined) return d;
  return { ...d, file: slide.origin.template, message: `slide \`${slide.id}\` (line ${slide.origin.markupLine} of the slide markup): ${d.message}` };
}

import type { Slide } from '../deck/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/**
 * Places a fit-stage problem at the slide it occurred on: the template the slide was rendered from
 * and the line of the slide in the rendered markup (the IR's `SlideOrigin`, the finest origin a
 * block has), and names the slide id in the message so the reader can find it in the deck. Blocks
 * carry no data path (templates may combine several data fields in one block), so none is given.
 */
export function locateOnSlide(d: Diagnostic, slide: Slide): Diagnostic {
  if (d.file !== undefined) return d;
  return { ...d, file: slide.origin.template, line: slide.origin.markupLine, message: `slide \`${slide.id}\`: ${d.message}` };
}

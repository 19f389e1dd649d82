import { shapeTree } from '../deck-model.js';
import type { CheckRule } from '../finding.js';
import { at } from '../locate.js';
import { listShapes } from '../shapes.js';

/** Alt text that is just an image file name, as some writers fill in (pandoc for `![](x.png)`). */
const FILE_NAME = /^\S+\.(png|jpe?g|gif|bmp|svg|tiff?|emf|wmf|webp)$/i;

/**
 * Pictures, charts, tables, SmartArt and other graphic frames carry alt text (`p:cNvPr/@descr`)
 * that is more than a file name, unless they are marked decorative (the adec:decorative extension, DESIGN §10).
 */
export const altText: CheckRule = {
  id: 'alt-text',
  severity: 'error',
  reason: 'a picture, chart or table without alt text is silent or meaningless to a screen-reader user',
  reference: 'PowerPoint Accessibility Checker: Missing alternative text; WCAG 2.1 SC 1.1.1',
  fix: 'right-click the object → View Alt Text… and describe what it shows, or tick "Mark as decorative" if it adds nothing',
  check(deck) {
    return deck.slides.flatMap((slide) =>
      listShapes(shapeTree(slide.root))
        .filter((s) => (s.kind === 'p:pic' || s.kind === 'p:graphicFrame') && !s.decorative && (s.descr.trim() === '' || FILE_NAME.test(s.descr.trim())))
        .map((s) => {
          const what = s.kind === 'p:pic' ? 'picture' : (s.graphic ?? 'graphic frame');
          return { ...at(slide, s), message: s.descr.trim() === '' ? `the ${what} has no alt text` : `the ${what}'s alt text is only a file name ("${s.descr.trim()}")` };
        }),
    );
  },
};

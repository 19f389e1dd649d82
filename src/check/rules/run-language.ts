import { shapeTree } from '../deck-model.js';
import type { CheckRule, FindingDraft } from '../finding.js';
import { at, excerpt } from '../locate.js';
import { languageFitsText } from '../scripts.js';
import { listShapes } from '../shapes.js';
import { paragraphLevel, pickLang, runProperty, styleChain } from '../text-style.js';
import { descendants } from '../xml-tree.js';

/**
 * Every run of text has a language (`a:rPr/@lang`, or one inherited from the list styles, the
 * master's text styles or the presentation's default text style) in a script its text is written
 * in. Reported once per shape with a count and an example.
 */
export const runLanguage: CheckRule = {
  id: 'run-language',
  severity: 'warning',
  reason: 'screen readers pick their voice and PowerPoint its spelling and hyphenation by the run language; Cyrillic text tagged English is read out letter by letter',
  reference: 'WCAG 2.1 SC 3.1.2 Language of Parts',
  fix: 'select the text → Review → Language → Set Proofing Language… and pick the language it is written in',
  check(deck) {
    const out: FindingDraft[] = [];
    for (const slide of deck.slides) {
      for (const shape of listShapes(shapeTree(slide.root))) {
        let missing = 0;
        const wrong: { lang: string; text: string }[] = [];
        for (const paragraph of descendants(shape.element, 'a:p')) {
          const chain = styleChain(slide, deck.presentation, shape, paragraphLevel(paragraph));
          for (const run of paragraph.children.filter((c) => c.name === 'a:r' || c.name === 'a:fld')) {
            const text = descendants(run, 'a:t').map((t) => t.text).join('');
            if (!/\p{L}/u.test(text)) continue;
            const lang = runProperty(run, paragraph, chain, pickLang);
            if (lang === undefined) missing += 1;
            else if (!languageFitsText(lang, text)) wrong.push({ lang, text });
          }
        }
        if (missing > 0) out.push({ ...at(slide, shape), message: `${missing} run${missing === 1 ? ' has' : 's have'} no language` });
        const first = wrong[0];
        if (first !== undefined) {
          out.push({
            ...at(slide, shape),
            message: `${wrong.length} run${wrong.length === 1 ? ' is' : 's are'} tagged with a language not written in their script, e.g. "${excerpt(first.text)}" tagged ${first.lang}`,
          });
        }
      }
    }
    return out;
  },
};

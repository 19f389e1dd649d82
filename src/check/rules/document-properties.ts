import type { CheckRule } from '../finding.js';
import { child } from '../xml-tree.js';
import type { DeckModel } from '../deck-model.js';

function coreValue(deck: DeckModel, name: string): string {
  return child(deck.core, name)?.text.trim() ?? '';
}

/** `docProps/core.xml` has a `dc:title` (ECMA-376 Part 2, §11). */
export const documentTitle: CheckRule = {
  id: 'document-title',
  severity: 'warning',
  reason: 'readers, PDF viewers and assistive technology name the document by its title property, not its file name',
  reference: 'WCAG 2.1 SC 2.4.2 Page Titled; HHS PowerPoint checklist: document title',
  fix: 'File → Info → Properties → Title',
  check(deck) {
    return coreValue(deck, 'dc:title') === '' ? [{ message: `the document has no title property${deck.core ? '' : ' (no docProps/core.xml)'}` }] : [];
  },
};

/** `docProps/core.xml` has a `dc:language` (ECMA-376 Part 2, §11). */
export const documentLanguage: CheckRule = {
  id: 'document-language',
  severity: 'warning',
  reason: 'the document language tells screen readers and PDF export which voice and hyphenation to use',
  reference: 'WCAG 2.1 SC 3.1.1 Language of Page',
  fix: 'Review → Language → Set Proofing Language for all text, and File → Info → Properties → Advanced Properties → Custom/Summary language (or set dc:language)',
  check(deck) {
    return coreValue(deck, 'dc:language') === '' ? [{ message: 'the document has no language property (dc:language)' }] : [];
  },
};

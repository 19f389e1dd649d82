import { partsIn, type PackageFix } from './context.js';

/** A run's language and text, as the writer and the run-language fix leave them. */
const RUN = /<a:r><a:rPr\b[^>]*?\blang="([^"]*)"[\s\S]*?<a:t>([^<]*)<\/a:t><\/a:r>/g;

/**
 * Gives the document a language (issue #12; WCAG 2.1 SC 3.1.1): `dc:language` in the core
 * properties, which assistive technology and `briefdeck check` read (and `--pdf` passes to
 * LibreOffice as the PDF's language), and the presentation's default text language (`a:defPPr`
 * of `p:defaultTextStyle`, ECMA-376 Part 1, §21.1.2.2.2), which text without its own `lang` takes.
 * pptxgenjs writes neither. The language is the one most of the slides' letters are tagged with
 * (after the run-language fix): with `--lang uk` on an English brief the fixed words are
 * Ukrainian but the document is English. A deck without text takes the deck's language.
 */
export const fixDocumentLanguage: PackageFix = (parts, ctx) => {
  const lang = (mostUsedLanguage(parts) ?? ctx.lang).replace(/[^A-Za-z0-9-]/g, '');
  if (lang === '') return;
  if (parts.has('docProps/core.xml')) {
    parts.editText('docProps/core.xml', (text) =>
      /<dc:language>/.test(text) ? text : text.replace('</cp:coreProperties>', `<dc:language>${lang}</dc:language></cp:coreProperties>`),
    );
  }
  if (parts.has('ppt/presentation.xml')) {
    parts.editText('ppt/presentation.xml', (text) =>
      /<a:defPPr\b/.test(text) ? text : text.replace('<p:defaultTextStyle>', `<p:defaultTextStyle><a:defPPr><a:defRPr lang="${lang}"/></a:defPPr>`),
    );
  }
};

/** The language tagging the most letters on the slides (ties: the first in tag order), if any. */
function mostUsedLanguage(parts: Parameters<PackageFix>[0]): string | undefined {
  const letters = new Map<string, number>();
  for (const name of partsIn(parts, 'ppt/slides/')) {
    for (const [, lang = '', text = ''] of parts.text(name).matchAll(RUN)) {
      const count = text.match(/\p{L}/gu)?.length ?? 0;
      if (count > 0) letters.set(lang, (letters.get(lang) ?? 0) + count);
    }
  }
  return [...letters].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}

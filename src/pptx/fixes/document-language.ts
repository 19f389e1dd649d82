import type { PackageFix } from './context.js';

/**
 * Gives the document a language (issue #12; WCAG 2.1 SC 3.1.1): `dc:language` in the core
 * properties, which assistive technology and `briefdeck check` read (and `--pdf` passes to
 * LibreOffice as the PDF's language), and the presentation's default text language (`a:defPPr`
 * of `p:defaultTextStyle`, ECMA-376 Part 1, §21.1.2.2.2), which text without its own `lang` takes.
 * pptxgenjs writes neither.
 */
export const fixDocumentLanguage: PackageFix = (parts, ctx) => {
  const lang = ctx.lang.replace(/[^A-Za-z0-9-]/g, '');
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

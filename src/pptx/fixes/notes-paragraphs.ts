import { partsIn, type PackageFix } from './context.js';

/**
 * Splits speaker notes into one paragraph per line and gives them the deck's language. pptxgenjs
 * writes the notes as one run with raw newlines, which PowerPoint shows as a single paragraph, and
 * marks them `en-US` whatever the deck's language.
 */
export const splitNotesParagraphs: PackageFix = (parts, ctx) => {
  for (const notes of partsIn(parts, 'ppt/notesSlides/')) {
    parts.editText(notes, (text) =>
      text.replace(
        /<a:p><a:r><a:rPr lang="[^"]*"( dirty="0")?\/><a:t>([^<]*)<\/a:t><\/a:r><a:endParaRPr lang="[^"]*"( dirty="0")?\/><\/a:p>/g,
        (_, _dirty, body: string) =>
          body
            .split(/\r\n|\r|\n/)
            .map((line) =>
              line === ''
                ? `<a:p><a:endParaRPr lang="${ctx.lang}" dirty="0"/></a:p>`
                : `<a:p><a:r><a:rPr lang="${ctx.lang}" dirty="0"/><a:t>${line}</a:t></a:r></a:p>`,
            )
            .join(''),
      ),
    );
  }
};

import { languageFitsText, languageMostWrittenIn, languageShownByLetters } from '../../check/scripts.js';
import { decodeEntities } from '../../check/xml-entities.js';
import { partsIn, type PackageFix } from './context.js';

/** A run with its properties' language and its text, as pptxgenjs and the notes fix write them. */
// Every a:r has exactly one a:t (ECMA-376 Part 1, §21.1.2.3.8), so the lazy match to the first
// <a:t> stays inside the run.
const RUN = /(<a:r><a:rPr\b[^>]*?\blang=")([^"]*)("[\s\S]*?<a:t>)([^<]*)(<\/a:t><\/a:r>)/g;

/**
 * Tags runs whose text is in a script their language is not written in (Cyrillic names in an
 * English brief, the brief's English in a deck whose fixed words are Ukrainian) with a language
 * that fits, as PowerPoint's own language detection does while typing (WCAG 2.1 SC 3.1.2, issue
 * #12): the language its letters show (Ukrainian і ї є ґ, Russian ы э ъ ё, Greek, Hebrew…), else
 * the deck's most used language written in that script (counting those the letters showed), so
 * plain Cyrillic in a deck of mostly Ukrainian text is taken as Ukrainian, else the language the
 * script is most written in (Latin: English, Arabic: Arabic; not Cyrillic). That is a guess where
 * the letters do not tell; it is far better for a screen reader than English, and a run no
 * language of the deck fits keeps its tag for `briefdeck check` to report. Slides and notes; runs
 * of 3 or more letters, as check judges them.
 */
export const fixRunLanguages: PackageFix = (parts) => {
  const names = [...partsIn(parts, 'ppt/slides/'), ...partsIn(parts, 'ppt/notesSlides/')];
  // Both passes ask the same question of the same runs; decks repeat texts (marking, footer) too.
  const answers = new Map<string, boolean>();
  const fits = (lang: string, text: string): boolean => {
    const key = `${lang}\u0000${text}`;
    let answer = answers.get(key);
    if (answer === undefined) answers.set(key, (answer = languageFitsText(lang, text)));
    return answer;
  };
  // The deck's languages by use: the runs' own tags where they fit, and what the letters show where not.
  const used = new Map<string, number>();
  const needFixing = new Set<string>();
  for (const name of names) {
    for (const match of parts.text(name).matchAll(RUN)) {
      const plain = decodeEntities(match[4] ?? '');
      const lang = fits(match[2] ?? '', plain) ? match[2] : languageShownByLetters(plain);
      if (lang !== match[2]) needFixing.add(name);
      if (lang) used.set(lang, (used.get(lang) ?? 0) + 1);
    }
  }
  const byUse = [...used.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([lang]) => lang);
  // Only parts with a run whose tag does not fit are rewritten (most decks have none).
  for (const name of needFixing) {
    const text = parts.text(name);
    let changed = false;
    const fixed = text.replace(RUN, (whole, open: string, lang: string, middle: string, body: string, close: string) => {
      const plain = decodeEntities(body);
      // Hangul keeps its tag: LibreOffice 7.4 breaks runs tagged ko-KR into more lines than the fit
      // stage measured (1 of 60 corpus paragraphs one line longer), so text would leave its box;
      // `briefdeck check` still reports the language (issue #13 before #12, see the closing notes).
      if (fits(lang, plain) || /\p{Script=Hangul}/u.test(plain)) return whole;
      const better = languageShownByLetters(plain) ?? byUse.find((candidate) => languageFitsText(candidate, plain)) ?? languageMostWrittenIn(plain);
      if (better === undefined) return whole;
      changed = true;
      return `${open}${better}${middle}${body}${close}`;
    });
    if (changed) parts.setText(name, fixed);
  }
};

/**
 * Which writing system a text is in, and which systems a language is written in: enough to tell a
 * run tagged with the wrong language (Cyrillic text tagged `en`, Latin text tagged `uk`). Agrees
 * with ../shared/ooxml/pptx-lint.py's `lang` check for Cyrillic and Latin (runs with fewer than 3
 * letters are not judged; a language not listed here is taken as written in Latin) and extends it
 * to the other scripts below.
 */
import { BoundedCache } from '../bounded-cache.js';

/** Scripts the audit tells apart, as Unicode script property names. */
const SCRIPTS = ['Latin', 'Cyrillic', 'Greek', 'Arabic', 'Hebrew', 'Han', 'Hiragana', 'Katakana', 'Hangul', 'Devanagari', 'Thai', 'Armenian', 'Georgian'] as const;
type Script = (typeof SCRIPTS)[number];

const SCRIPT_PATTERNS = SCRIPTS.map((script) => [script, new RegExp(`\\p{Script=${script}}`, 'gu')] as const);

/** Primary language subtag → the scripts it is written in. */
const LANGUAGE_SCRIPTS: Record<string, readonly Script[]> = {
  ...Object.fromEntries(['uk', 'ru', 'be', 'bg', 'mk', 'kk', 'ky', 'tg', 'mn'].map((l) => [l, ['Cyrillic']])),
  sr: ['Cyrillic', 'Latin'],
  el: ['Greek'],
  ...Object.fromEntries(['ar', 'fa', 'ur', 'ps'].map((l) => [l, ['Arabic']])),
  he: ['Hebrew'], yi: ['Hebrew'],
  zh: ['Han'], ja: ['Han', 'Hiragana', 'Katakana'], ko: ['Hangul', 'Han'],
  hi: ['Devanagari'], mr: ['Devanagari'], ne: ['Devanagari'],
  th: ['Thai'], hy: ['Armenian'], ka: ['Georgian'],
};

/** BCP 47 script subtag → script. */
const SCRIPT_SUBTAGS: Record<string, Script> = { latn: 'Latin', cyrl: 'Cyrillic', grek: 'Greek', arab: 'Arabic', hebr: 'Hebrew', hans: 'Han', hant: 'Han', deva: 'Devanagari' };

/** Language tags already looked up: a deck has a handful, asked about once per run. */
const scriptsByTag = new BoundedCache<string, readonly Script[]>(1024);

/** The scripts a language tag is written in (`sr-Latn` → Latin; unknown languages → Latin). */
export function scriptsOfLanguage(tag: string): readonly Script[] {
  return scriptsByTag.getOrCreate(tag, () => lookUpScripts(tag));
}

function lookUpScripts(tag: string): readonly Script[] {
  const [primary = '', ...rest] = tag.toLowerCase().split('-');
  const subtag = rest.find((part) => part.length === 4);
  const byTag = subtag === undefined ? undefined : SCRIPT_SUBTAGS[subtag];
  if (byTag !== undefined) return [byTag];
  return LANGUAGE_SCRIPTS[primary] ?? ['Latin'];
}

const ASCII = /^[\x00-\x7f]*$/;

/** A Latin-script abbreviation (GMT, UTC, NATO, EU): written so in any language, so not judged. */
const ABBREVIATION = /\b[A-Z]{2,5}\b/g;

/**
 * The script of most of a text's letters (more than half), or undefined for fewer than 3 letters
 * or a mix. Upper-case Latin abbreviations of up to 5 letters do not count ("13:00 GMT+3" in a
 * Ukrainian date is Ukrainian).
 */
export function dominantScript(text: string): Script | undefined {
  const judged = text.replace(ABBREVIATION, '');
  // Most runs are plain ASCII: their letters are Latin, no need to ask each letter its script.
  if (ASCII.test(judged)) return (judged.match(/[A-Za-z]/g)?.length ?? 0) >= 3 ? 'Latin' : undefined;
  const letters = judged.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 3) return undefined;
  // One native scan per script rather than a lookup per letter: an order of magnitude faster.
  return SCRIPT_PATTERNS.find(([, pattern]) => (judged.match(pattern)?.length ?? 0) * 2 > letters)?.[0];
}

/** True when `text`'s script is one `lang` is written in, or the text is too short or mixed to say. */
export function languageFitsText(lang: string, text: string): boolean {
  // Most runs are ASCII: their script is Latin or too short to judge, and either fits a Latin-script language.
  if (ASCII.test(text) && scriptsOfLanguage(lang).includes('Latin')) return true;
  const script = dominantScript(text);
  if (script === undefined) return true;
  const scripts = scriptsOfLanguage(lang);
  // Japanese and Korean text is a mix of scripts that are all theirs; Chinese characters are in Han.
  return scripts.includes(script);
}

/** Letters only one Cyrillic-script language uses (the others share the rest). */
const CYRILLIC_LETTERS: Array<[RegExp, string]> = [
  [/[іїєґІЇЄҐ]/u, 'uk'],
  [/[ўЎ]/u, 'be'],
  [/[ыэъёЫЭЪЁ]/u, 'ru'],
  [/[ѓќѕџЃЌЅЏ]/u, 'mk'],
  [/[ђћЂЋ]/u, 'sr'],
];

/** The language a script is written in when it is written in one: Greek → el, Hangul → ko, …. */
const SCRIPT_LANGUAGE: Partial<Record<Script, string>> = {
  Greek: 'el', Hebrew: 'he', Hangul: 'ko', Hiragana: 'ja', Katakana: 'ja', Thai: 'th', Armenian: 'hy', Georgian: 'ka',
};

/**
 * The language a script is most often written in, for text whose letters and deck say nothing more
 * (Latin names in a Ukrainian deck that has no Latin-script text of its own, an Arabic name in a
 * Ukrainian brief): a screen reader reads English with English rules far better than with
 * Ukrainian ones. Cyrillic is left out: between Ukrainian and Russian, the text would be guessed wrong
 * as often as right, and the deck or the letters decide those.
 */
const SCRIPT_MOST_WRITTEN: Partial<Record<Script, string>> = { Latin: 'en', Arabic: 'ar', Han: 'zh', Devanagari: 'hi' };

/** {@link SCRIPT_MOST_WRITTEN} for a text's dominant script, if it has one there. */
export function languageMostWrittenIn(text: string): string | undefined {
  const script = dominantScript(text);
  return script === undefined ? undefined : SCRIPT_MOST_WRITTEN[script];
}

/**
 * The language a text's letters show, when they show one: a script used by one language, or a
 * letter only one Cyrillic language has (Ukrainian і ї є ґ, Russian ы э ъ ё, …). Undefined when the
 * text could be in several (plain Cyrillic, Latin, Arabic, Han).
 */
export function languageShownByLetters(text: string): string | undefined {
  const script = dominantScript(text);
  if (script === undefined) return undefined;
  if (script === 'Cyrillic') {
    const found = new Set(CYRILLIC_LETTERS.filter(([letters]) => letters.test(text)).map(([, lang]) => lang));
    return found.size === 1 ? [...found][0] : undefined;
  }
  return SCRIPT_LANGUAGE[script];
}

import { describe, expect, it } from 'vitest';
import { dominantScript, languageFitsText, languageShownByLetters, scriptsOfLanguage } from '../../src/check/scripts.js';

describe('scripts', () => {
  it('finds the script of most letters, ignoring short texts, mixes and Latin abbreviations', () => {
    expect(dominantScript('Привіт, світе')).toBe('Cyrillic');
    expect(dominantScript('Hi')).toBeUndefined();
    expect(dominantScript('abc где')).toBeUndefined();
    expect(dominantScript('13:00 GMT+3')).toBeUndefined();
    expect(dominantScript('東京都')).toBe('Han');
  });

  it('knows which scripts a language tag is written in, as pptx-lint does for Cyrillic and Latin', () => {
    expect(scriptsOfLanguage('uk-UA')).toEqual(['Cyrillic']);
    expect(scriptsOfLanguage('sr-Latn')).toEqual(['Latin']);
    expect(scriptsOfLanguage('xx')).toEqual(['Latin']);
    expect(languageFitsText('en-GB', 'Привіт світе')).toBe(false);
    expect(languageFitsText('uk', 'Hello world')).toBe(false);
    expect(languageFitsText('ja', 'ひらがな')).toBe(true);
  });

  it('tells a language from its letters only when one language has them', () => {
    expect(languageShownByLetters('Київ')).toBe('uk');
    expect(languageShownByLetters('Объявлять')).toBe('ru');
    expect(languageShownByLetters('Рустем Поклад')).toBeUndefined();
    expect(languageShownByLetters('Їжак і ёж')).toBeUndefined();
    expect(languageShownByLetters('Hello')).toBeUndefined();
  });
});

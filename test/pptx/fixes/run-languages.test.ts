import { describe, expect, it } from 'vitest';
import { fixRunLanguages } from '../../../src/pptx/fixes/run-languages.js';
import { PackageParts } from '../../../src/pptx/package-parts.js';

const run = (lang: string, text: string) => `<a:r><a:rPr lang="${lang}" sz="1800" dirty="0"><a:solidFill><a:srgbClr val="1E1E1E"/></a:solidFill></a:rPr><a:t>${text}</a:t></a:r>`;
const slide = (...runs: string[]) => `<p:sld><p:cSld><p:spTree><p:sp><p:txBody><a:p>${runs.join('')}</a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>`;

/** The runs' languages after the fix, in order. */
function fixed(...slides: string[]): string[][] {
  const parts = PackageParts.fromEntries(slides.map((text, i) => [`ppt/slides/slide${i + 1}.xml`, text] as const));
  fixRunLanguages(parts, { createdIso: '2025-06-02T00:00:00Z', lang: 'en-GB' });
  return slides.map((_, i) => [...parts.text(`ppt/slides/slide${i + 1}.xml`).matchAll(/lang="([^"]*)"/g)].map((m) => m[1]!));
}

describe('fixRunLanguages', () => {
  it('keeps runs whose script fits their language, and short or script-less ones', () => {
    expect(fixed(slide(run('en-GB', 'Russia and Ukraine'), run('uk', 'Делегація'), run('en-GB', '13:00'), run('en-GB', 'Мы')))).toEqual([['en-GB', 'uk', 'en-GB', 'en-GB']]);
  });

  it('takes the language the letters show: Ukrainian і ї є ґ, Russian ы э ъ ё, Greek', () => {
    expect(fixed(slide(run('en-GB', 'Сергій Єрмак'), run('en-GB', 'Владимир Мединский Объявлять'), run('en-GB', 'Αθήνα')))).toEqual([['uk', 'ru', 'el']]);
  });

  it('gives plain Cyrillic the deck\'s most used Cyrillic language, and Latin text the most used Latin one', () => {
    // "Рустем Поклад" has no letter only one language uses; the deck is mostly Ukrainian.
    const deck = slide(run('en-GB', 'Рустем Поклад'), run('uk', 'Україна'), run('uk', 'Джерела'), run('ru', 'Россия'), run('uk', 'OFFICIAL – FOR BRIEFING'), run('en-GB', 'Text'), run('en-GB', 'More text'));
    expect(fixed(deck)).toEqual([['uk', 'uk', 'uk', 'ru', 'en-GB', 'en-GB', 'en-GB']]);
  });

  it('leaves plain Cyrillic no language of the deck fits (check reports it): Ukrainian or Russian would be a guess', () => {
    expect(fixed(slide(run('en-GB', 'Рустем Поклад'), run('en-GB', 'Text')))).toEqual([['en-GB', 'en-GB']]);
  });

  it('gives Latin and Arabic text in a deck with none of its own the language its script is most written in', () => {
    // A Ukrainian brief naming a US envoy and the Saudi mediator (a newcomer's deck).
    const deck = slide(run('uk', 'Україна'), run('uk', 'Steve Witkoff'), run('uk', 'code &amp; &lt;tags&gt;'), run('uk', 'المملكة العربية السعودية'));
    expect(fixed(deck)).toEqual([['uk', 'en', 'en', 'ar']]);
  });
});

/**
 * Language tags for runs in another script than the deck's language: PowerPoint picks the run's
 * East Asian (`a:ea`) or complex-script (`a:cs`) font by the characters, but uses `a:rPr/@lang`
 * to choose Han glyph forms (Chinese or Japanese) and the proofing language (ECMA-376 Part 1,
 * §21.1.2.3.9). The writer can give each run `runLanguage(run.text, deckLanguage)`.
 */

/** Whether `tag` (BCP 47) is a language written in `script`'s letters, so the deck's own tag is best. */
function deckWrites(tag: string, languages: readonly string[]): boolean {
  const primary = tag.toLowerCase().split('-')[0] ?? '';
  return languages.includes(primary);
}

/**
 * The BCP 47 tag for a run of `text` in a deck written in `deckLanguage`: the deck's own tag when
 * the text is in a script that language uses (or in Latin, Cyrillic, Greek), else the most common
 * language of the run's script: `ja-JP` for text with kana, `ko-KR` with hangul, `zh-CN` for Han
 * alone, `he-IL` for Hebrew, `ar-SA` for Arabic.
 */
export function runLanguage(text: string, deckLanguage: string): string {
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x0590) continue;
    if (cp <= 0x05ff) return deckWrites(deckLanguage, ['he', 'yi']) ? deckLanguage : 'he-IL';
    if (cp <= 0x08ff) return deckWrites(deckLanguage, ['ar', 'fa', 'ur', 'ps']) ? deckLanguage : 'ar-SA';
    if ((cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0x31f0 && cp <= 0x31ff)) return deckWrites(deckLanguage, ['ja']) ? deckLanguage : 'ja-JP';
    if ((cp >= 0xac00 && cp <= 0xd7af) || (cp >= 0x1100 && cp <= 0x11ff) || (cp >= 0x3130 && cp <= 0x318f)) return deckWrites(deckLanguage, ['ko']) ? deckLanguage : 'ko-KR';
  }
  // Han without kana or hangul: Chinese, unless the deck is Japanese or Korean.
  if (/\p{Script=Han}/u.test(text)) return deckWrites(deckLanguage, ['zh', 'ja', 'ko']) ? deckLanguage : 'zh-CN';
  return deckLanguage;
}

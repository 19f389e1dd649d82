import { describe, expect, it } from 'vitest';
import type { Run } from '../../src/deck/types.js';
import { wrapRuns } from '../../src/fit/wrap-runs.js';

// Every character 10 pt wide makes the expected lines easy to read off.
const mono = (): number => 10;
const text = (lines: ReturnType<typeof wrapRuns>): string[] => lines.map((l) => l.runs.map((r) => r.text).join(''));

describe('wrapRuns', () => {
  it('keeps a link whole, as LibreOffice does with the URL field it imports a link as', () => {
    const link = { kind: 'url' as const, url: 'https://a.b/c-d' };
    // Without the link, "c-" would end the first line; a link moves to the next line whole.
    expect(text(wrapRuns([{ text: 'aa ' }, { text: 'bb c-d', link }], 80, mono))).toEqual(['aa ', 'bb c-d']);
    expect(text(wrapRuns([{ text: 'aa bb c-d' }], 80, mono))).toEqual(['aa bb c-', 'd']);
  });

  it('cuts a link wider than a line between characters and ends the line after it', () => {
    const link = { kind: 'url' as const, url: 'https://x' };
    expect(text(wrapRuns([{ text: 'https://x-yz', link }, { text: ' ab' }], 50, mono))).toEqual(['https', '://x-', 'yz', ' ab']);
  });

  it('breaks at spaces and lets trailing spaces hang', () => {
    const lines = wrapRuns([{ text: 'aaa bbb ccc' }], 70, mono);
    expect(text(lines)).toEqual(['aaa bbb ', 'ccc']);
    expect(lines[0]?.widthPt).toBe(70);
  });

  it('breaks after a hyphen that follows a non-space, also before a digit (as LibreOffice does)', () => {
    expect(text(wrapRuns([{ text: 'well-known' }], 60, mono))).toEqual(['well-', 'known']);
    expect(text(wrapRuns([{ text: 'ab 2024-06' }], 60, mono))).toEqual(['ab ', '2024-', '06']);
    expect(text(wrapRuns([{ text: 'a -5' }], 30, mono))).toEqual(['a ', '-5']);
  });

  it('breaks a word longer than the line after its last fitting hyphen, else between characters', () => {
    expect(text(wrapRuns([{ text: 'https://example.org/x' }], 80, mono))).toEqual(['https://', 'example.', 'org/x']);
    expect(text(wrapRuns([{ text: 'aa_-bbbbbbbbbb' }], 80, mono))).toEqual(['aa_-', 'bbbbbbbb', 'bb']);
  });

  it('forces a line after breakAfter and keeps run formatting across lines', () => {
    const runs: Run[] = [{ text: 'one', bold: true, breakAfter: true }, { text: 'two three', italic: true }];
    const lines = wrapRuns(runs, 60, mono);
    expect(text(lines)).toEqual(['one', 'two ', 'three']);
    expect(lines[0]?.runs[0]).toEqual({ text: 'one', bold: true });
    expect(lines[2]?.runs[0]).toEqual({ text: 'three', italic: true });
  });

  it('passes each code point the next one of its run for kerning, never across runs or newlines', () => {
    const seen: string[] = [];
    wrapRuns([{ text: 'ab\nc' }, { text: 'd' }], 100, (cp, _run, next) => {
      seen.push(`${String.fromCodePoint(cp)}${next < 0 ? '|' : String.fromCodePoint(next)}`);
      return 10;
    });
    expect(seen).toEqual(['ab', 'b|', 'c|', 'd|']);
    // The kerning of a pair counts towards its first character: "AV" kerned by -5 fits in 15.
    const kerned = (cp: number, _run: Run, next: number): number => (cp === 0x41 && next === 0x56 ? 5 : 10);
    expect(text(wrapRuns([{ text: 'AV AV' }], 15, kerned))).toEqual(['AV ', 'AV']);
  });

  it('does not break at a no-break space and gives an empty paragraph one line', () => {
    expect(text(wrapRuns([{ text: 'aa\u00a0bb cc' }], 60, mono))).toEqual(['aa\u00a0bb ', 'cc']);
    expect(wrapRuns([], 100, mono)).toHaveLength(1);
  });

  it('breaks CJK text between any two characters, but never before closing punctuation or after an opening bracket', () => {
    expect(text(wrapRuns([{ text: '中国代表团表示双方' }], 40, mono))).toEqual(['中国代表', '团表示双', '方']);
    // "。" may not start a line: the character before it moves down with it.
    expect(text(wrapRuns([{ text: '中国代表。团' }], 40, mono))).toEqual(['中国代', '表。团']);
    // "「" may not end a line.
    expect(text(wrapRuns([{ text: '中国代「表」' }], 40, mono))).toEqual(['中国代', '「表」']);
    // Between CJK and Latin text a line may break; inside the Latin word it may not.
    expect(text(wrapRuns([{ text: '中国abcdef' }], 50, mono))).toEqual(['中国', 'abcde', 'f']);
  });

  it('breaks Korean at spaces only, as LibreOffice does', () => {
    expect(text(wrapRuns([{ text: '러시아와 우크라이나는' }], 80, mono))).toEqual(['러시아와 ', '우크라이나는']);
  });
});

import { describe, expect, it } from 'vitest';
import { runLanguage } from '../../src/fit/script-language.js';

describe('runLanguage', () => {
  it('keeps the deck language for text in its scripts and names the language of another script', () => {
    expect(runLanguage('Talks in İstanbul, Україна', 'en-GB')).toBe('en-GB');
    expect(runLanguage('中国代表团表示', 'en-GB')).toBe('zh-CN');
    expect(runLanguage('捕虜交換について合意した', 'en-GB')).toBe('ja-JP');
    expect(runLanguage('포로 교환에 합의했다', 'en-GB')).toBe('ko-KR');
    expect(runLanguage('הפסקת אש', 'en-GB')).toBe('he-IL');
    expect(runLanguage('وقف إطلاق النار', 'tr')).toBe('ar-SA');
    expect(runLanguage('وقف إطلاق النار', 'ar-EG')).toBe('ar-EG');
    expect(runLanguage('交換', 'ja-JP')).toBe('ja-JP');
  });
});

import { describe, expect, it } from 'vitest';
import { buildBrief } from '../../src/build-brief.js';
import { LABEL_END, LABEL_START, splitAtLabelMarkers, stripLabelMarkers, wrapLabel } from '../../src/markup/label-markers.js';
import { part, xmlParts } from '../pptx/helpers.js';

describe('label markers', () => {
  it('wrap, strip and split text, keeping the state across pieces', () => {
    expect(wrapLabel('')).toBe('');
    expect(stripLabelMarkers(`${wrapLabel('Sources')}: x`)).toBe('Sources: x');
    const state = { inLabel: false };
    expect(splitAtLabelMarkers(`a${LABEL_START}b`, state)).toEqual([{ text: 'a', label: false }, { text: 'b', label: true }]);
    expect(splitAtLabelMarkers(`c${LABEL_END}d`, state)).toEqual([{ text: 'c', label: true }, { text: 'd', label: false }]);
  });
});

describe('run languages with --lang (issue #12)', () => {
  it('tags the fixed words uk and the English brief\'s own text en-GB', async () => {
    const built = await buildBrief({ data: 'data/istanbul-2025-06-02.yaml', language: 'uk' });
    const parts = xmlParts(built.bytes);
    // The participants slide: table header labels in Ukrainian, names from the brief in English.
    const slide = [...parts.keys()].map((name) => part(parts, name)).find((xml) => xml.includes('Medinsky') && xml.includes('<a:t>Ім'))!;
    const langOf = (text: string) => new RegExp(`<a:rPr lang="([^"]+)"[^>]*>(?:(?!</a:rPr>).)*</a:rPr><a:t>${text}`).exec(slide)?.[1];
    expect(langOf('Ім')).toBe('uk');
    expect(langOf('Vladimir Medinsky')).toBe('en-GB');
    // Runs in the brief's own language are the majority of the body text, not 13 of 213 as before.
    const langs = [...slide.matchAll(/<a:rPr lang="([^"]+)"/g)].map((m) => m[1]);
    expect(langs.filter((l) => l === 'en-GB').length).toBeGreaterThan(langs.filter((l) => l === 'uk').length);
    // The document is in the language most of its text is in: the brief's, not the fixed words'.
    expect(part(parts, 'docProps/core.xml')).toContain('<dc:language>en-GB</dc:language>');
    // A capitalised label starts with a capital although it is wrapped in label markers.
    expect(built.deck.slides.map((s) => s.title)).toContain('Посередник, приймаюча сторона і головуючий: Türkiye');
  }, 60_000);
});

import { describe, expect, it } from 'vitest';
import { createMeasurer } from '../../src/fit/measurer.js';

// fontkit is a devDependency: the tests compare the shipped metrics with the font files themselves.
// @ts-expect-error fontkit ships no type declarations
import * as fontkit from 'fontkit';

const FONT_DIR = '/usr/share/fonts/truetype/liberation2';
interface Font {
  unitsPerEm: number;
  layout(text: string, features?: Record<string, boolean>): { positions: Array<{ xAdvance: number }> };
}
const open = (file: string): Font => (fontkit as { openSync(p: string): Font }).openSync(`${FONT_DIR}/${file}`);

/** Width as fontkit shapes the text, with the `kern` feature on (its default) or off. */
function fontkitWidth(font: Font, text: string, sizePt: number, kern = true): number {
  return (font.layout(text, kern ? undefined : { kern: false }).positions.reduce((s, p) => s + p.xAdvance, 0) * sizePt) / font.unitsPerEm;
}

const SAMPLES = [
  'Delegations agreed to continue technical talks.',
  'İstanbul’da Karadeniz tahıl koridoru görüşmeleri: ğüşıöç ĞÜŞİÖÇ',
  'Міністр закордонних справ підтвердив участь: і ї є ґ Ї Є Ґ',
  'Министр иностранных дел подтвердил участие — «Лавров»',
  'Ελληνικά: Υπουργείο Εξωτερικών',
  // ₺ and ₽ are absent from Liberation Sans 2.1 (fontkit returns .notdef); fit-deck tests cover them as missing glyphs.
  'Prices: € 1.2 bn, £ 300 m, ₴ 45, ¥ 12 — “quoted” … ‰',
  'WWW MMM iiii llll 0123456789 %&@#',
];

describe('createMeasurer', () => {
  const measurer = createMeasurer();
  const cases: Array<[string, string, { bold?: boolean; italic?: boolean }]> = [
    ['LiberationSans-Regular.ttf', 'Arial', {}],
    ['LiberationSans-Bold.ttf', 'Arial', { bold: true }],
    ['LiberationSans-Italic.ttf', 'Helvetica', { italic: true }],
    ['LiberationSans-BoldItalic.ttf', 'Liberation Sans', { bold: true, italic: true }],
    ['LiberationMono-Regular.ttf', 'Courier New', {}],
  ];
  for (const [file, face, style] of cases) {
    it(`matches fontkit's kerned shaping for ${file}`, () => {
      const font = open(file);
      for (const text of SAMPLES) {
        const expected = fontkitWidth(font, text, 18);
        const actual = measurer.width(text, { face, sizePt: 18, ...style });
        expect(actual, text).toBeCloseTo(expected, 6);
      }
    });
  }

  it('applies pair kerning within a run, in width and in wrap alike', () => {
    const font = open('LiberationSans-Regular.ttf');
    const arial = { face: 'Arial', sizePt: 20 };
    // "AV" and "То" kern (Latin and Cyrillic); the sum of advances is wider.
    for (const pair of ['AV', 'То', 'Ty', 'A’']) {
      expect(measurer.width(pair, arial), pair).toBeCloseTo(fontkitWidth(font, pair, 20), 9);
      expect(measurer.width(pair, arial), pair).toBeLessThan(fontkitWidth(font, pair, 20, false) - 0.1);
    }
    const line = (runs: Parameters<typeof measurer.wrap>[0]): number => measurer.wrap(runs, 1000, { ...arial, monoFace: 'Courier New' })[0]?.widthPt ?? 0;
    expect(line([{ text: 'AVATAR Тойота' }])).toBeCloseTo(measurer.width('AVATAR Тойота', arial), 9);
    // Not across runs: each run is shaped on its own.
    expect(line([{ text: 'A' }, { text: 'V', italic: true }])).toBeCloseTo(measurer.width('A', arial) + measurer.width('V', { ...arial, italic: true }), 9);
    // Courier New has no kerning.
    expect(measurer.width('AV', { face: 'Courier New', sizePt: 20 })).toBeCloseTo(2 * measurer.width('A', { face: 'Courier New', sizePt: 20 }), 9);
  });

  it('scales linearly with size and knows its faces', () => {
    expect(measurer.width('Briefing', { face: 'Arial', sizePt: 36 })).toBeCloseTo(2 * measurer.width('Briefing', { face: 'Arial', sizePt: 18 }), 9);
    expect(measurer.knowsFace('arial')).toBe(true);
    expect(measurer.knowsFace('Courier New')).toBe(true);
    expect(measurer.knowsFace('Comic Sans MS')).toBe(false);
  });

  it('has a glyph for every printable ASCII character in every face and style (font-check skips ASCII runs)', () => {
    const ascii = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i));
    for (const face of ['Arial', 'Courier New', 'Frutiger']) {
      for (const bold of [false, true]) {
        for (const italic of [false, true]) {
          const missing = ascii.filter((ch) => !measurer.hasGlyph(ch, { face, sizePt: 12, bold, italic }));
          expect(missing, `${face} bold=${bold} italic=${italic}`).toEqual([]);
        }
      }
    }
  });

  it('measures an unknown face at least 10% wider than every shipped family, and a glyph no font has as 0.6 em', () => {
    for (const text of ['Briefing', 'WWW iii', 'Україна', 'İstanbul’da']) {
      const unknown = measurer.width(text, { face: 'Frutiger', sizePt: 18 });
      for (const face of ['Arial', 'Times New Roman', 'Calibri', 'Cambria', 'DejaVu Sans']) {
        expect(unknown, `${text} vs ${face}`).toBeGreaterThanOrEqual(1.1 * measurer.width(text, { face, sizePt: 18 }) - 1e-9);
      }
    }
    expect(measurer.hasGlyph('ก', { face: 'Arial', sizePt: 10 })).toBe(false);
    expect(measurer.hasGlyph('ґ', { face: 'Arial', sizePt: 10 })).toBe(true);
    expect(measurer.width('ก', { face: 'Arial', sizePt: 10 })).toBeCloseTo(6, 9);
  });

  it('gives a single-spaced line of 1.2 × the size for Arial', () => {
    expect(measurer.lineHeight({ face: 'Arial', sizePt: 18 })).toBeCloseTo(21.6, 9);
  });

  it('measures 10,000 strings in well under 50 ms', () => {
    const strings = Array.from({ length: 10_000 }, (_, i) => `${SAMPLES[i % SAMPLES.length]} ${i}`);
    const font = { face: 'Arial', sizePt: 14 };
    for (const s of strings.slice(0, 500)) measurer.width(s, font); // warm up the JIT and the cache
    const start = performance.now();
    let total = 0;
    for (const s of strings) total += measurer.width(s, font);
    const elapsed = performance.now() - start;
    expect(total).toBeGreaterThan(0);
    expect(elapsed).toBeLessThan(50);
  });
});

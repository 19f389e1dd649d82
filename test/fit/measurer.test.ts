import { describe, expect, it } from 'vitest';
import { createMeasurer } from '../../src/fit/measurer.js';

// fontkit is a devDependency: the tests compare the shipped metrics with the font files themselves.
// @ts-expect-error fontkit ships no type declarations
import * as fontkit from 'fontkit';

const FONT_DIR = '/usr/share/fonts/truetype/liberation2';
interface Font {
  unitsPerEm: number;
  glyphsForString(text: string): Array<{ advanceWidth: number }>;
}
const open = (file: string): Font => (fontkit as { openSync(p: string): Font }).openSync(`${FONT_DIR}/${file}`);

function fontkitWidth(font: Font, text: string, sizePt: number): number {
  return (font.glyphsForString(text).reduce((s, g) => s + g.advanceWidth, 0) * sizePt) / font.unitsPerEm;
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
    it(`matches fontkit within 0.5% for ${file}`, () => {
      const font = open(file);
      for (const text of SAMPLES) {
        const expected = fontkitWidth(font, text, 18);
        const actual = measurer.width(text, { face, sizePt: 18, ...style });
        expect(Math.abs(actual - expected) / expected).toBeLessThan(0.005);
      }
    });
  }

  it('scales linearly with size and knows its faces', () => {
    expect(measurer.width('Briefing', { face: 'Arial', sizePt: 36 })).toBeCloseTo(2 * measurer.width('Briefing', { face: 'Arial', sizePt: 18 }), 9);
    expect(measurer.knowsFace('arial')).toBe(true);
    expect(measurer.knowsFace('Courier New')).toBe(true);
    expect(measurer.knowsFace('Comic Sans MS')).toBe(false);
  });

  it('measures an unknown face with Arial metrics and a missing glyph as 0.6 em', () => {
    expect(measurer.width('Briefing', { face: 'Frutiger', sizePt: 18 })).toBe(measurer.width('Briefing', { face: 'Arial', sizePt: 18 }));
    expect(measurer.hasGlyph('中', { face: 'Arial', sizePt: 10 })).toBe(false);
    expect(measurer.hasGlyph('ґ', { face: 'Arial', sizePt: 10 })).toBe(true);
    expect(measurer.width('中', { face: 'Arial', sizePt: 10 })).toBeCloseTo(6, 9);
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

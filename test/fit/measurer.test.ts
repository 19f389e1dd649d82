import { describe, expect, it } from 'vitest';
import { createMeasurer } from '../../src/fit/measurer.js';

// The tests compare the shipped metrics with the font files themselves.
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
  // ₺ and ₽ are absent from Liberation Sans 2.1 (fontkit returns .notdef): measured in DejaVu Sans, the script fallback.
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

  // Speed is measured by `npm run bench`, not asserted: a test's duration depends on the machine's load (issue #14).
  it('measures 10,000 strings, and says how fast', () => {
    const strings = Array.from({ length: 10_000 }, (_, i) => `${SAMPLES[i % SAMPLES.length]} ${i}`);
    const font = { face: 'Arial', sizePt: 14 };
    for (const s of strings.slice(0, 500)) measurer.width(s, font); // warm up the JIT and the cache
    const start = performance.now();
    let total = 0;
    for (const s of strings) total += measurer.width(s, font);
    const elapsed = performance.now() - start;
    expect(total).toBeGreaterThan(0);
    console.log(`measured 10,000 strings in ${elapsed.toFixed(1)} ms`);
  });
});

describe('createMeasurer: Office families, scripts and font files', () => {
  const measurer = createMeasurer();
  const openAt = (path: string): Font & { characterSet: number[]; glyphForCodePoint(cp: number): { advanceWidth: number } } =>
    (fontkit as { openSync(p: string): never }).openSync(path);
  const FONTS = '/usr/share/fonts/truetype';
  const families: Array<[string, string]> = [
    ['Calibri', 'crosextra/Carlito-Regular.ttf'],
    ['Cambria', 'crosextra/Caladea-Regular.ttf'],
    ['Times New Roman', 'liberation2/LiberationSerif-Regular.ttf'],
    ['Courier New', 'liberation2/LiberationMono-Regular.ttf'],
    ['Arial', 'liberation2/LiberationSans-Regular.ttf'],
  ];

  it('knows the Office families and their metric-compatible names', () => {
    for (const face of ['Calibri', 'Carlito', 'Cambria', 'Caladea', 'Times New Roman', 'Liberation Serif', 'Tinos', 'Courier New', 'Arial', 'Liberation Sans']) {
      expect(measurer.knowsFace(face), face).toBe(true);
    }
    expect(measurer.width('Briefing notes', { face: 'Calibri', sizePt: 14 })).toBe(measurer.width('Briefing notes', { face: 'Carlito', sizePt: 14 }));
  });

  it('ships every character of each font’s character map with the font’s own advance (no kerning in single characters)', () => {
    for (const [face, file] of families) {
      const font = openAt(`${FONTS}/${file}`);
      const cps = font.characterSet.filter((cp) => cp >= 0x20 && cp <= 0xfffd && !(cp >= 0x7f && cp < 0xa0) && !(cp >= 0xd800 && cp < 0xf900) && !/\p{M}/u.test(String.fromCodePoint(cp)));
      expect(cps.length, face).toBeGreaterThan(400);
      for (const cp of cps.filter((_, i) => i % 7 === 0)) {
        const ch = String.fromCodePoint(cp);
        expect(measurer.hasGlyph(ch, { face, sizePt: 10 }), `${face} U+${cp.toString(16)}`).toBe(true);
        expect(measurer.width(ch, { face, sizePt: 100 }), `${face} U+${cp.toString(16)}`).toBeCloseTo((Math.round(font.glyphForCodePoint(cp).advanceWidth) * 100) / font.unitsPerEm, 6);
      }
    }
  });

  it('reads coverage from the real character map: → № − ≈ are in Liberation Sans', () => {
    for (const ch of ['→', '№', '−', '≈', 'ש']) expect(measurer.hasGlyph(ch, { face: 'Arial', sizePt: 12 }), ch).toBe(true);
  });

  it('measures CJK ideographs, kana and full-width punctuation 1 em wide, in any face', () => {
    for (const face of ['Arial', 'Calibri', 'Frutiger']) expect(measurer.width('中国代表团、ひらがなカタカナ。', { face, sizePt: 20 }), face).toBeCloseTo(15 * 20, 6);
  });

  it('gives combining marks no width', () => {
    const font = { face: 'Arial', sizePt: 20 };
    expect(measurer.width('e\u0301\u0323', font)).toBe(measurer.width('e', font));
    expect(measurer.width('שָׁלוֹם', font)).toBe(measurer.width('שלום', font));
  });

  it('measures Arabic in its joined forms, as DejaVu Sans shapes them', () => {
    const dejavu = openAt(`${FONTS}/dejavu/DejaVuSans.ttf`);
    // Single words: spaces come from the theme font itself (Liberation Sans), not from DejaVu Sans.
    for (const text of ['الحكومة', 'ككككك', 'لإطلاق', 'سلام', 'مُحَمَّد', 'بلا']) {
      expect(measurer.width(text, { face: 'Arial', sizePt: 20 }), text).toBeCloseTo(fontkitWidth(dejavu, text, 20), 6);
    }
    // Joined forms are narrower than the letters drawn alone.
    const alone = [...'ككككك'].reduce((s, c) => s + measurer.width(c, { face: 'Arial', sizePt: 20 }), 0);
    expect(measurer.width('ككككك', { face: 'Arial', sizePt: 20 })).toBeLessThan(alone);
    // Wrapping measures the same forms as width().
    const lines = measurer.wrap([{ text: 'وقف فوري لإطلاق النار' }], 1000, { face: 'Arial', monoFace: 'Courier New', sizePt: 20 });
    expect(lines[0]?.widthPt).toBeCloseTo(measurer.width('وقف فوري لإطلاق النار', { face: 'Arial', sizePt: 20 }), 6);
  });

  it('measures the families of font files given to it, which take precedence over shipped metrics', async () => {
    const { registerFontFile } = await import('../../src/fit/font-file.js');
    const { readFileSync } = await import('node:fs');
    const faces = registerFontFile(readFileSync(`${FONTS}/dejavu/DejaVuSansCondensed.ttf`), fontkit as never, 'DejaVuSansCondensed.ttf').value ?? [];
    expect(faces.map((f) => [f.family, f.style])).toEqual([['DejaVu Sans Condensed', 'regular']]);
    const withFile = createMeasurer({ fontFiles: faces });
    expect(withFile.knowsFace('DejaVu Sans Condensed')).toBe(true);
    expect(measurer.knowsFace('DejaVu Sans Condensed')).toBe(false);
    const condensed = openAt(`${FONTS}/dejavu/DejaVuSansCondensed.ttf`);
    const text = 'Delegations agreed, 2 June 2025';
    expect(withFile.width(text, { face: 'DejaVu Sans Condensed', sizePt: 18 })).toBeCloseTo(fontkitWidth(condensed, text, 18, false), 6);
    // Bold is measured with the regular face's widths, the only style supplied.
    expect(withFile.width(text, { face: 'DejaVu Sans Condensed', sizePt: 18, bold: true })).toBe(withFile.width(text, { face: 'DejaVu Sans Condensed', sizePt: 18 }));
  });
});

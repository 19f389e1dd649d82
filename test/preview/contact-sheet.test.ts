import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { composeContactSheet } from '../../src/preview/contact-sheet.js';

/** A solid-colour PNG of `width` × `height`. */
function solid(width: number, height: number, rgb: [number, number, number]): Uint8Array {
  const png = new PNG({ width, height });
  for (let i = 0; i < width * height * 4; i += 4) png.data.set([...rgb, 255], i);
  return new Uint8Array(PNG.sync.write(png));
}

function pixel(png: PNG, x: number, y: number): number[] {
  const o = (y * png.width + x) * 4;
  return [png.data[o]!, png.data[o + 1]!, png.data[o + 2]!];
}

describe('composeContactSheet', () => {
  const red = solid(160, 90, [200, 0, 0]);
  const blue = solid(160, 90, [0, 0, 200]);
  const green = solid(160, 90, [0, 160, 0]);

  it('lays slides out left to right, top to bottom, scaled to the thumbnail width', () => {
    const sheet = PNG.sync.read(Buffer.from(composeContactSheet([red, blue, green], { columns: 2, thumbWidth: 80, gap: 10 })));
    // 2 columns of 80 px and 2 rows of 45 px, with 10 px around and between.
    expect([sheet.width, sheet.height]).toEqual([10 + 2 * 90, 10 + 2 * 55]);
    expect(pixel(sheet, 10 + 40, 10 + 22)).toEqual([200, 0, 0]);
    expect(pixel(sheet, 100 + 40, 10 + 22)).toEqual([0, 0, 200]);
    expect(pixel(sheet, 10 + 40, 65 + 22)).toEqual([0, 160, 0]);
    // The empty fourth cell and the gaps show the background; thumbnails have a frame.
    expect(pixel(sheet, 100 + 40, 65 + 22)).toEqual([0xe6, 0xe8, 0xeb]);
    expect(pixel(sheet, 9, 30)).toEqual([0x9a, 0xa0, 0xa6]);
    expect(pixel(sheet, 3, 3)).toEqual([0xe6, 0xe8, 0xeb]);
  });

  it('averages pixels when scaling down, so fine detail turns grey instead of disappearing', () => {
    // Alternating black and white columns, scaled to a quarter: every thumbnail pixel is mid-grey.
    const stripes = new PNG({ width: 160, height: 90 });
    for (let y = 0; y < 90; y++) for (let x = 0; x < 160; x++) stripes.data.set(x % 2 ? [255, 255, 255, 255] : [0, 0, 0, 255], (y * 160 + x) * 4);
    const sheet = PNG.sync.read(Buffer.from(composeContactSheet([new Uint8Array(PNG.sync.write(stripes))], { thumbWidth: 40, gap: 0 })));
    expect([sheet.width, sheet.height]).toEqual([40, 23]);
    for (const x of [0, 13, 39]) expect(pixel(sheet, x, 10)).toEqual([128, 128, 128]);
  });

  it('picks four columns for a usual deck and gives the same bytes for the same slides', () => {
    const slides = Array.from({ length: 14 }, (_, i) => solid(160, 90, [i * 15, 100, 50]));
    const first = composeContactSheet(slides, { thumbWidth: 40 });
    const sheet = PNG.sync.read(Buffer.from(first));
    expect(sheet.width).toBe(16 + 4 * (40 + 16));
    expect(sheet.height).toBe(16 + 4 * (23 + 16));
    expect(Buffer.from(composeContactSheet(slides, { thumbWidth: 40 })).equals(Buffer.from(first))).toBe(true);
  });

  it('refuses an empty deck', () => {
    expect(() => composeContactSheet([])).toThrow(/at least one slide/);
  });
});

import jpeg from 'jpeg-js';
import { describe, expect, it } from 'vitest';
import { decodePicture, pictureTones } from '../../src/template/picture-tones.js';

/** A JPEG of w × h pixels, the left half `left`, the right half `right` (RGB). */
function jpegHalves(w: number, h: number, left: [number, number, number], right: [number, number, number]): Uint8Array {
  const data = new Uint8Array(w * h * 4);
  for (let y = 0; y < h; y += 1) for (let x = 0; x < w; x += 1) data.set([...(x < w / 2 ? left : right), 255], (y * w + x) * 4);
  return new Uint8Array(jpeg.encode({ width: w, height: h, data }, 95).data);
}

/** Hex colour as three channel values. */
const channels = (hex: string) => [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));

describe('decodePicture with a JPEG (the usual format of photographs in PowerPoint templates)', () => {
  it('decodes it and finds its tones by region, as for a PNG', () => {
    const picture = decodePicture(jpegHalves(64, 32, [10, 20, 90], [245, 245, 245]))!;
    expect(picture).toMatchObject({ width: 64, height: 32 });
    // JPEG is lossy: the tones are within a few levels of what was drawn.
    const [navy] = pictureTones(picture, { x0: 0, y0: 0, x1: 0.4, y1: 1 })!;
    channels(navy!).forEach((value, i) => expect(Math.abs(value - [10, 20, 90][i]!)).toBeLessThan(8));
    const both = pictureTones(picture, { x0: 0, y0: 0, x1: 1, y1: 1 })!;
    expect(both).toHaveLength(2);
    expect(channels(both[1]!).every((value) => value > 235)).toBe(true);
  });

  it('does not decode a JPEG over the size limit, or a damaged one', () => {
    const bytes = jpegHalves(16, 16, [0, 0, 0], [255, 255, 255]);
    // The frame header (SOF0, FF C0) holds height and width as two bytes each: claim 60,000 × 60,000.
    const sof = bytes.findIndex((b, i) => b === 0xff && bytes[i + 1] === 0xc0);
    const huge = bytes.slice();
    new DataView(huge.buffer).setUint16(sof + 5, 60000);
    new DataView(huge.buffer).setUint16(sof + 7, 60000);
    expect(decodePicture(huge)).toBeUndefined();
    expect(decodePicture(bytes.subarray(0, 40))).toBeUndefined();
  });
});

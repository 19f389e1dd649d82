/**
 * The darkest and lightest tones of a region of a picture, for judging text drawn over it (issue
 * #11: templates whose masters carry photographs, textures or bands as pictures). PNG is decoded
 * with pngjs (LibreOffice writes its templates' pictures as PNG) and JPEG with jpeg-js (the format
 * of most photographs in PowerPoint templates; pure JavaScript, so nothing to build or download);
 * other formats give undefined, which callers treat as "cannot be judged".
 */
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { rgbHex } from '../check/rgb.js';

/** A region of a picture in shares of its width and height (0–1). */
export interface PictureRegion {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Blocks per side the region is averaged in: fine enough to find a dark band, coarse enough to ignore anti-aliasing. */
const GRID = 6;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47];

/** A decoded picture: RGBA bytes, row by row. */
export interface DecodedPicture {
  width: number;
  height: number;
  data: Uint8Array;
}

/**
 * Largest picture decoded, pixels: 16 megapixels (64 MB of RGBA), more than a 4K background. A
 * larger one (a template can carry a 500 MB photograph) counts as "cannot be judged" rather than
 * taking seconds and gigabytes to read.
 */
export const MAX_DECODED_PIXELS = 16_000_000;

/** Decodes a PNG or a JPEG; undefined for any other format, a damaged file, or one over {@link MAX_DECODED_PIXELS}. */
export function decodePicture(bytes: Uint8Array): DecodedPicture | undefined {
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return decodeJpeg(bytes);
  if (bytes.length < 24 || !PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return undefined;
  // IHDR comes first (PNG spec §5.3, §11.2.2): width and height, big-endian, at bytes 16–23.
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(16) * view.getUint32(20) > MAX_DECODED_PIXELS) return undefined;
  try {
    // CRCs are not checked (pngjs does it in JavaScript): the tones judge colour, and a damaged
    // picture still inflates or fails to.
    const png = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { checkCRC: false });
    return { width: png.width, height: png.height, data: png.data };
  } catch {
    return undefined;
  }
}

/**
 * A baseline or progressive JPEG (ITU-T T.81) as RGBA. jpeg-js refuses pictures over its resolution
 * and memory limits by throwing, so the size limit holds before any pixel is decoded; CMYK and
 * Adobe-transformed pictures come out as RGB (its colour transform).
 */
function decodeJpeg(bytes: Uint8Array): DecodedPicture | undefined {
  try {
    const picture = jpeg.decode(bytes, {
      useTArray: true,
      formatAsRGBA: true,
      maxResolutionInMP: MAX_DECODED_PIXELS / 1_000_000,
      maxMemoryUsageInMB: (MAX_DECODED_PIXELS * 4) / 1_000_000 + 64,
    });
    return { width: picture.width, height: picture.height, data: picture.data };
  } catch {
    return undefined;
  }
}

/**
 * The darkest and the lightest block colour (six hex digits) of `region`, averaged over a
 * {@link GRID} × {@link GRID} grid of blocks, transparent pixels left out. Undefined when the
 * region holds no opaque pixel.
 */
export function pictureTones(picture: DecodedPicture, region: PictureRegion): string[] | undefined {
  const x0 = clampIndex(region.x0 * picture.width, picture.width);
  const x1 = Math.max(x0 + 1, clampIndex(region.x1 * picture.width, picture.width + 1));
  const y0 = clampIndex(region.y0 * picture.height, picture.height);
  const y1 = Math.max(y0 + 1, clampIndex(region.y1 * picture.height, picture.height + 1));
  let darkest: { lum: number; rgb: number[] } | undefined;
  let lightest: { lum: number; rgb: number[] } | undefined;
  for (let by = 0; by < GRID; by += 1) {
    for (let bx = 0; bx < GRID; bx += 1) {
      const block = blockMean(picture, x0 + Math.floor(((x1 - x0) * bx) / GRID), x0 + Math.ceil(((x1 - x0) * (bx + 1)) / GRID), y0 + Math.floor(((y1 - y0) * by) / GRID), y0 + Math.ceil(((y1 - y0) * (by + 1)) / GRID));
      if (block === undefined) continue;
      const lum = 0.2126 * block[0] + 0.7152 * block[1] + 0.0722 * block[2];
      if (darkest === undefined || lum < darkest.lum) darkest = { lum, rgb: block };
      if (lightest === undefined || lum > lightest.lum) lightest = { lum, rgb: block };
    }
  }
  if (darkest === undefined || lightest === undefined) return undefined;
  const [dark, light] = [rgbHex(darkest.rgb), rgbHex(lightest.rgb)];
  return dark === light ? [dark] : [dark, light];
}

function clampIndex(value: number, limit: number): number {
  return Math.min(limit - 1, Math.max(0, Math.floor(value)));
}

/** The mean colour of the opaque pixels in [x0, x1) × [y0, y1), sampling at most ~32 × 32 of them. */
function blockMean(picture: DecodedPicture, x0: number, x1: number, y0: number, y1: number): [number, number, number] | undefined {
  const stepX = Math.max(1, Math.floor((x1 - x0) / 32));
  const stepY = Math.max(1, Math.floor((y1 - y0) / 32));
  let r = 0;
  let g = 0;
  let b = 0;
  let n = 0;
  for (let y = y0; y < Math.min(y1, picture.height); y += stepY) {
    for (let x = x0; x < Math.min(x1, picture.width); x += stepX) {
      const i = (y * picture.width + x) * 4;
      if (picture.data[i + 3]! < 128) continue;
      r += picture.data[i]!;
      g += picture.data[i + 1]!;
      b += picture.data[i + 2]!;
      n += 1;
    }
  }
  return n === 0 ? undefined : [r / n, g / n, b / n];
}

/**
 * A contact sheet: every slide of a deck as a thumbnail in one grid image, so a reviewer (or a
 * README) sees the whole brief at a glance. Pure: PNG bytes in, PNG bytes out, with pngjs, so the
 * same slide images always give the same sheet.
 */
import { PNG } from 'pngjs';

/** Options of {@link composeContactSheet}. */
export interface ContactSheetOptions {
  /** Thumbnails per row; default: 4 (3 for five or six slides, fewer for tiny decks). */
  columns?: number;
  /** Width of a thumbnail in pixels; default 400 (the height keeps the first slide's proportions). */
  thumbWidth?: number;
  /** Space around and between thumbnails in pixels; default 16. */
  gap?: number;
  /** Sheet background as `RRGGBB`; default `E6E8EB`, light enough for the slides to read, dark enough to frame white ones. */
  background?: string;
  /** Frame drawn around each thumbnail as `RRGGBB`; default `9AA0A6`. */
  border?: string;
}

interface Rgba {
  width: number;
  height: number;
  data: Uint8Array;
}

function hexColor(hex: string): [number, number, number] {
  const value = /^#?([0-9a-f]{6})$/i.exec(hex)?.[1];
  if (!value) throw new Error(`not an RRGGBB colour: ${hex}`);
  return [parseInt(value.slice(0, 2), 16), parseInt(value.slice(2, 4), 16), parseInt(value.slice(4, 6), 16)];
}

/**
 * Scales an image down by averaging the source pixels each target pixel covers (a box filter):
 * small text turns grey instead of vanishing, as it would with nearest-neighbour sampling.
 * Transparent pixels are composed over white first, because slides are opaque.
 */
function scaleDown(source: Rgba, width: number, height: number): Uint8Array {
  const out = new Uint8Array(width * height * 4);
  const sx = source.width / width;
  const sy = source.height / height;
  for (let y = 0; y < height; y++) {
    const y0 = Math.floor(y * sy);
    const y1 = Math.max(y0 + 1, Math.min(source.height, Math.floor((y + 1) * sy)));
    for (let x = 0; x < width; x++) {
      const x0 = Math.floor(x * sx);
      const x1 = Math.max(x0 + 1, Math.min(source.width, Math.floor((x + 1) * sx)));
      let r = 0;
      let g = 0;
      let b = 0;
      for (let yy = y0; yy < y1; yy++) {
        let i = (yy * source.width + x0) * 4;
        for (let xx = x0; xx < x1; xx++, i += 4) {
          const alpha = source.data[i + 3]! / 255;
          r += source.data[i]! * alpha + 255 * (1 - alpha);
          g += source.data[i + 1]! * alpha + 255 * (1 - alpha);
          b += source.data[i + 2]! * alpha + 255 * (1 - alpha);
        }
      }
      const n = (y1 - y0) * (x1 - x0);
      const o = (y * width + x) * 4;
      out[o] = Math.round(r / n);
      out[o + 1] = Math.round(g / n);
      out[o + 2] = Math.round(b / n);
      out[o + 3] = 255;
    }
  }
  return out;
}

/** Default number of columns: a roughly landscape sheet for the usual 8–16 slides. */
function defaultColumns(count: number): number {
  if (count <= 4) return Math.max(1, count);
  if (count <= 6) return 3;
  return 4;
}

/**
 * Composes slide images (PNG bytes, in slide order) into one PNG grid, left to right, top to
 * bottom. Every thumbnail has the size of the first slide scaled to `thumbWidth`, so a slide of
 * another size is stretched rather than breaking the grid (a deck has one slide size).
 */
export function composeContactSheet(slides: readonly Uint8Array[], options: ContactSheetOptions = {}): Uint8Array {
  if (slides.length === 0) throw new Error('a contact sheet needs at least one slide image');
  const images: Rgba[] = slides.map((bytes) => PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)));
  const first = images[0]!;
  const columns = Math.max(1, Math.min(images.length, options.columns ?? defaultColumns(images.length)));
  const rows = Math.ceil(images.length / columns);
  const gap = options.gap ?? 16;
  const thumbWidth = Math.max(1, Math.min(options.thumbWidth ?? 400, first.width));
  const thumbHeight = Math.max(1, Math.round((first.height * thumbWidth) / first.width));
  const width = gap + columns * (thumbWidth + gap);
  const height = gap + rows * (thumbHeight + gap);
  const [br, bg, bb] = hexColor(options.background ?? 'E6E8EB');
  const [fr, fg, fb] = hexColor(options.border ?? '9AA0A6');

  const sheet = new PNG({ width, height, colorType: 2 });
  for (let i = 0; i < width * height * 4; i += 4) {
    sheet.data[i] = br;
    sheet.data[i + 1] = bg;
    sheet.data[i + 2] = bb;
    sheet.data[i + 3] = 255;
  }
  const paint = (x: number, y: number, r: number, g: number, b: number) => {
    const o = (y * width + x) * 4;
    sheet.data[o] = r;
    sheet.data[o + 1] = g;
    sheet.data[o + 2] = b;
  };
  images.forEach((image, index) => {
    const left = gap + (index % columns) * (thumbWidth + gap);
    const top = gap + Math.floor(index / columns) * (thumbHeight + gap);
    const thumb = scaleDown(image, thumbWidth, thumbHeight);
    for (let y = 0; y < thumbHeight; y++) {
      for (let x = 0; x < thumbWidth; x++) {
        const i = (y * thumbWidth + x) * 4;
        paint(left + x, top + y, thumb[i]!, thumb[i + 1]!, thumb[i + 2]!);
      }
    }
    // A one-pixel frame just outside the thumbnail, inside the gap, so white slides keep their edges.
    if (gap > 0) {
      for (let x = left - 1; x <= left + thumbWidth; x++) {
        paint(x, top - 1, fr, fg, fb);
        paint(x, top + thumbHeight, fr, fg, fb);
      }
      for (let y = top; y < top + thumbHeight; y++) {
        paint(left - 1, y, fr, fg, fb);
        paint(left + thumbWidth, y, fr, fg, fb);
      }
    }
  });
  return new Uint8Array(PNG.sync.write(sheet, { colorType: 2 }));
}

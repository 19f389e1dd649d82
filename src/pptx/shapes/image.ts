import type { Slide } from '../pptxgen-types.js';
import type { Box, ImageShape } from '../../deck/laid-out.js';
import { stripXmlInvalid } from '../clean-text.js';
import type { WriteContext } from './context.js';

/** Image formats PowerPoint embeds, by their file signature. */
const SIGNATURES: Array<{ mime: string; bytes: number[] }> = [
  { mime: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { mime: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { mime: 'image/gif', bytes: [0x47, 0x49, 0x46, 0x38] },
];

/**
 * Adds a picture, scaled to fit inside its box with its aspect ratio kept and centred. The writer
 * computes the placement from the real pixel size because pptxgenjs' contain/cover needs it anyway.
 */
export function addImageShape(slide: Slide, shape: ImageShape, ctx: WriteContext): void {
  if (ctx.loadImage === undefined) {
    throw new Error(`writePptx needs options.loadImage to place the image ${shape.path}`);
  }
  const image = ctx.loadImage(shape.path);
  const mime = sniffMime(image.data);
  if (mime === undefined) throw new Error(`${shape.path} is not a PNG, JPEG or GIF image`);
  const turn = EXIF_TURNS[image.orientation ?? 1] ?? EXIF_TURNS[1]!;
  // The picture is shown upright, so it is fitted with its upright proportions.
  const upright = turn.quarter ? { width: image.height, height: image.width } : { width: image.width, height: image.height };
  slide.addImage({
    data: `${mime};base64,${Buffer.from(image.data).toString('base64')}`,
    ...pictureFrame(containBox(shape.box, upright.width, upright.height), turn),
    altText: stripXmlInvalid(shape.alt),
  });
}

/** How a picture frame turns the stored pixels: flips first, then a clockwise rotation (ECMA-376 Part 1, 20.1.7.6 `a:xfrm`). */
interface Turn {
  rotate: 0 | 90 | 180 | 270;
  flipH: boolean;
  /** True when the rotation is a quarter turn, so the stored width is the upright height. */
  quarter: boolean;
}

/**
 * What each EXIF orientation (TIFF 6.0 tag 274) asks for to show the pixels upright. PowerPoint
 * and LibreOffice ignore the tag and draw the stored pixels, so the frame does the turning: a
 * phone photo with orientation 6 was placed sideways (issue #14).
 */
const EXIF_TURNS: Record<number, Turn> = {
  1: { rotate: 0, flipH: false, quarter: false },
  2: { rotate: 0, flipH: true, quarter: false },
  3: { rotate: 180, flipH: false, quarter: false },
  4: { rotate: 180, flipH: true, quarter: false },
  5: { rotate: 270, flipH: true, quarter: true },
  6: { rotate: 90, flipH: false, quarter: true },
  7: { rotate: 90, flipH: true, quarter: true },
  8: { rotate: 270, flipH: false, quarter: true },
};

/**
 * The frame (position, size, rotation, flip) that shows the stored pixels upright in `shown`, the
 * box the upright picture takes. A frame's box is given before its rotation, which turns it about
 * its centre; for a quarter turn it therefore has the stored proportions, centred on `shown`.
 */
function pictureFrame(shown: Box, turn: Turn): Box & { rotate?: number; flipH?: boolean } {
  const w = turn.quarter ? shown.h : shown.w;
  const h = turn.quarter ? shown.w : shown.h;
  const frame = { x: shown.x + (shown.w - w) / 2, y: shown.y + (shown.h - h) / 2, w, h };
  return { ...frame, ...(turn.rotate ? { rotate: turn.rotate } : {}), ...(turn.flipH ? { flipH: true } : {}) };
}

/** The MIME type of image bytes from their signature, or undefined for an unsupported format. */
function sniffMime(data: Uint8Array): string | undefined {
  return SIGNATURES.find((signature) => signature.bytes.every((byte, index) => data[index] === byte))?.mime;
}

/** The largest box with the image's aspect ratio inside `box`, centred in it. */
export function containBox(box: Box, width: number, height: number): Box {
  if (width <= 0 || height <= 0) return { ...box };
  const scale = Math.min(box.w / width, box.h / height);
  const w = width * scale;
  const h = height * scale;
  return { x: box.x + (box.w - w) / 2, y: box.y + (box.h - h) / 2, w, h };
}

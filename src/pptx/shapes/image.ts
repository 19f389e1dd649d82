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
  const box = containBox(shape.box, image.width, image.height);
  slide.addImage({
    data: `${mime};base64,${Buffer.from(image.data).toString('base64')}`,
    ...box,
    altText: stripXmlInvalid(shape.alt),
  });
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

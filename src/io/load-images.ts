import { readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { imageSize } from 'image-size';
import type { ISizeCalculationResult } from 'image-size/dist/types/interface.js';
import type { LaidOutDeck } from '../deck/laid-out.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ImageOrigins } from '../image-origins.js';

/** An image read from disk with its pixel size (the writer needs it to keep proportions). */
export interface LoadedImage {
  data: Uint8Array;
  /** Width and height of the stored pixels, before any EXIF orientation is applied. */
  width: number;
  height: number;
  /** EXIF orientation of a JPEG (1–8, TIFF tag 274), when it has one: how to turn the pixels upright. */
  orientation?: number;
}

/** Largest image accepted, so a deck cannot balloon by accident. */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;
const FORMATS = new Set(['png', 'jpg', 'gif']);

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) && !rel.split(sep).includes('..');
}

/**
 * Reads the images a laid-out deck shows. A path resolves only inside one of `roots` (the data
 * file's folder, then the template set's folder): no URLs, no `..` escape, no absolute path
 * elsewhere, no symbolic link that leads out. Each problem is a diagnostic, not an exception,
 * located where the path was written when `origins` knows it (theme.json's `logo.path`, a field of
 * the data file, a template), else named by the path and the slide that shows it.
 */
export async function loadImages(
  deck: LaidOutDeck,
  roots: string[],
  origins: ImageOrigins = new Map(),
): Promise<{ images: Map<string, LoadedImage>; diagnostics: Diagnostic[] }> {
  const images = new Map<string, LoadedImage>();
  const diagnostics: Diagnostic[] = [];
  const wanted = new Map<string, string>();
  for (const slide of deck.slides) {
    for (const shape of slide.shapes) if (shape.kind === 'image' && !wanted.has(shape.path)) wanted.set(shape.path, slide.title);
  }
  // Most briefs show no image; resolving the roots costs a few system calls per build, so skip it then.
  if (wanted.size === 0) return { images, diagnostics };
  const realRoots = await Promise.all(roots.map((root) => realpath(root).catch(() => resolve(root))));
  for (const [path, slideTitle] of wanted) {
    const origin = origins.get(path);
    const problem = (message: string, expected?: string) =>
      diagnostics.push({
        severity: 'error', rule: 'image', message: origin ? `${message}: ${path}` : `${message} (slide "${slideTitle}")`,
        ...(origin ?? { file: path }), found: path, ...(expected ? { expected } : {}),
      });
    if (/^[a-z][a-z0-9+.-]*:/i.test(path) && !/^[a-z]:[\\/]/i.test(path)) {
      problem('images are never fetched from the network or other schemes', 'a file path under the data or template folder');
      continue;
    }
    let found: string | undefined;
    // Why no root gave the image, for a message that says what to change (a newcomer read "not
    // found" for a file that exists but links out of the folder).
    let leadsOut = false;
    let linksOut = false;
    for (const root of realRoots) {
      const candidate = resolve(root, path);
      if (!inside(root, candidate)) {
        leadsOut = true;
        continue;
      }
      const real = await realpath(candidate).catch(() => undefined);
      if (real && inside(root, real)) {
        found = real;
        break;
      }
      if (real) linksOut = true;
    }
    if (!found) {
      const why = linksOut ? 'the image is a link to a file outside the data and template folders'
        : leadsOut ? 'the image path leads outside the data and template folders' : 'image not found inside the data or template folder';
      problem(why, `a path under ${roots.join(' or ')}`);
      continue;
    }
    const info = await stat(found);
    if (!info.isFile() || info.size > MAX_IMAGE_BYTES) {
      problem(info.isFile() ? `image is ${info.size} bytes` : 'image path is not a file', `a file of at most ${MAX_IMAGE_BYTES} bytes`);
      continue;
    }
    const data = new Uint8Array(await readFile(found));
    try {
      const size = sizeOf(data);
      if (!size.type || !FORMATS.has(size.type)) throw new Error(`${(size.type ?? 'this').toUpperCase()} images are not supported; save it as PNG or JPEG`);
      if (!size.width || !size.height) throw new Error('the image has no width or height');
      // image-size (already read for the size) also reads a JPEG's EXIF orientation: camera and
      // phone photos store the pixels sideways and say how to turn them (issue #14).
      const orientation = size.orientation !== undefined && size.orientation >= 1 && size.orientation <= 8 ? size.orientation : undefined;
      images.set(path, { data, width: size.width, height: size.height, ...(orientation === undefined ? {} : { orientation }) });
    } catch (error) {
      problem(`image cannot be used: ${(error as Error).message}`, 'a PNG, JPEG or GIF image');
    }
  }
  return { images, diagnostics };
}

/** The image's type and size; an error in words a user can act on when it is no image at all. */
function sizeOf(data: Uint8Array): ISizeCalculationResult {
  try {
    return imageSize(data);
  } catch {
    // image-size's own message names neither the type nor the file ("unsupported file type: undefined").
    throw new Error('the file is not an image briefdeck can read');
  }
}

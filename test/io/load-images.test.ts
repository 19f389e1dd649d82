import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import type { LaidOutDeck } from '../../src/deck/laid-out.js';
import { loadImages } from '../../src/io/load-images.js';
import { testFolder } from '../support/test-folder.js';

/** A deck with one slide showing the images at `paths`. */
function deckShowing(...paths: string[]): LaidOutDeck {
  return { slides: [{ title: 'Maps', shapes: paths.map((path) => ({ kind: 'image', path, box: { x: 0, y: 0, w: 1, h: 1 }, alt: 'map' })) }] } as unknown as LaidOutDeck;
}

describe('loadImages', () => {
  const root = join(testFolder(), 'images');
  const outside = join(testFolder(), 'elsewhere');
  mkdirSync(root, { recursive: true });
  mkdirSync(outside, { recursive: true });
  writeFileSync(join(root, 'map.png'), PNG.sync.write(new PNG({ width: 2, height: 2 })));
  writeFileSync(join(root, 'notes.png'), 'title: not an image\n');
  writeFileSync(join(root, 'map.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
  writeFileSync(join(outside, 'secret.png'), PNG.sync.write(new PNG({ width: 2, height: 2 })));
  symlinkSync(join(outside, 'secret.png'), join(root, 'link.png'));

  it('loads an image in the folder', async () => {
    const { images, diagnostics } = await loadImages(deckShowing('map.png'), [root]);
    expect(diagnostics).toEqual([]);
    expect(images.get('map.png')).toMatchObject({ width: 2, height: 2 });
  });

  it('says what is wrong with each image it cannot use, in words a user can act on', async () => {
    const { diagnostics } = await loadImages(deckShowing('notes.png', 'map.svg', 'link.png', '../elsewhere/secret.png', 'missing.png'), [root]);
    expect(diagnostics.map((d) => d.message)).toEqual([
      'image cannot be used: the file is not an image briefdeck can read (slide "Maps")',
      'image cannot be used: SVG images are not supported; save it as PNG or JPEG (slide "Maps")',
      'the image is a link to a file outside the data and template folders (slide "Maps")',
      'the image path leads outside the data and template folders (slide "Maps")',
      'image not found inside the data or template folder (slide "Maps")',
    ]);
    expect(diagnostics.every((d) => d.severity === 'error' && d.rule === 'image')).toBe(true);
  });
});

import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Box, LaidOutDeck, Shape } from '../../../src/deck/laid-out.js';
import { loadImages, type LoadedImage } from '../../../src/io/load-images.js';
import { containBox } from '../../../src/pptx/shapes/image.js';
import { writePptx } from '../../../src/pptx/write-pptx.js';
import { fixtureDeck } from '../../fixtures/laid-out-deck.js';
import { convertToPdf, findSoffice } from '../../render-check/soffice.js';
import { testFolder } from '../../support/test-folder.js';
import { validate, writeOut, xmlParts } from '../helpers.js';

/**
 * Eight JPEGs of one upright 120 × 180 picture (red top, blue bottom, green left edge), each
 * stored as EXIF orientation N asks (sideways, mirrored, upside down) and tagged N: every one must
 * appear upright (issue #14, item 3).
 */
const FIXTURES = resolve('test/fixtures/images');
const ORIENTATIONS = [1, 2, 3, 4, 5, 6, 7, 8];
/** Landscape frames, as a figure layout gives them: a portrait photo must stand upright inside. */
const frameOf = (n: number): Box => ({ x: 0.5 + ((n - 1) % 4) * 3.2, y: 1 + Math.floor((n - 1) / 4) * 3, w: 3, h: 2.4 });

let deck: LaidOutDeck;
let images: Map<string, LoadedImage>;
let bytes: Uint8Array;

beforeAll(async () => {
  const base = fixtureDeck();
  const shapes: Shape[] = ORIENTATIONS.map((n) => ({ kind: 'image', box: frameOf(n), path: `exif-orientation-${n}.jpg`, alt: `orientation ${n}` }));
  const onLayout = base.slides.find((s) => s.role === 'title-only')!;
  deck = { ...base, slides: [{ id: 'photos', title: 'Photos', layout: 'image', role: 'title-only', layoutPart: onLayout.layoutPart, shapes, notes: '', background: 'FFFFFF' }] };
  const loaded = await loadImages(deck, [FIXTURES]);
  expect(loaded.diagnostics).toEqual([]);
  images = loaded.images;
  bytes = await writePptx(deck, { loadImage: (path) => images.get(path)! });
});

describe('pictures with an EXIF orientation (issue #14, item 3)', () => {
  it('reads the orientation of each JPEG', () => {
    expect(ORIENTATIONS.map((n) => images.get(`exif-orientation-${n}.jpg`)!.orientation)).toEqual(ORIENTATIONS);
  });

  it('turns each picture frame as its orientation asks, with the stored proportions about the upright box', () => {
    const slide = xmlParts(bytes).get('ppt/slides/slide1.xml')!;
    const frames = [...slide.matchAll(/<p:pic>[\s\S]*?<a:xfrm([^>]*)>\s*<a:off x="(\d+)" y="(\d+)"\/>\s*<a:ext cx="(\d+)" cy="(\d+)"\/>/g)].map((m) => ({
      attrs: (m[1] ?? '').trim(), x: Number(m[2]), y: Number(m[3]), w: Number(m[4]), h: Number(m[5]),
    }));
    expect(frames.map((f) => f.attrs)).toEqual(['', 'flipH="1"', 'rot="10800000"', 'flipH="1" rot="10800000"', 'flipH="1" rot="16200000"', 'rot="5400000"', 'flipH="1" rot="5400000"', 'rot="16200000"']);
    const EMU = 914400;
    frames.forEach((frame, index) => {
      const upright = containBox(frameOf(index + 1), 120, 180);
      const centre = { x: (upright.x + upright.w / 2) * EMU, y: (upright.y + upright.h / 2) * EMU };
      // A quarter turn swaps the frame's sides; either way the frame is centred on the upright box.
      const [w, h] = index + 1 >= 5 ? [upright.h, upright.w] : [upright.w, upright.h];
      expect(frame.w).toBeCloseTo(w * EMU, -2);
      expect(frame.h).toBeCloseTo(h * EMU, -2);
      expect(frame.x + frame.w / 2).toBeCloseTo(centre.x, -2);
      expect(frame.y + frame.h / 2).toBeCloseTo(centre.y, -2);
    });
    const result = validate(writeOut('exif-orientations.pptx', bytes));
    if (result !== undefined) expect(result.status, result.output).toBe(0);
  });

  it('shows every picture upright when LibreOffice renders the deck', async () => {
    const soffice = await findSoffice();
    if (!soffice) {
      console.warn('LibreOffice is not installed; the rendered check is skipped (.ci/run installs it)');
      return;
    }
    const folder = testFolder();
    const deckPath = join(folder, 'orientations.pptx');
    writeFileSync(deckPath, bytes);
    const [pdf] = await convertToPdf(soffice, [deckPath], folder);
    execFileSync('pdftoppm', ['-png', '-r', '50', '-singlefile', pdf!, join(folder, 'orientations')]);
    const png = PNG.sync.read(readFileSync(join(folder, 'orientations.png')));
    const pxPerInch = png.width / deck.theme.slide.width;
    const colourAt = (box: Box, fx: number, fy: number): string => {
      const x = Math.round((box.x + box.w * fx) * pxPerInch);
      const y = Math.round((box.y + box.h * fy) * pxPerInch);
      const i = (y * png.width + x) * 4;
      const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
      if (r > 200 && g > 200 && b > 200) return 'white';
      if (r > 150 && g < 120 && b < 120) return 'red';
      if (b > 150 && r < 120 && g < 120) return 'blue';
      if (g > 110 && r < 100 && b < 100) return 'green';
      return `rgb(${r},${g},${b})`;
    };
    for (const n of ORIENTATIONS) {
      const upright = containBox(frameOf(n), 120, 180);
      const seen = {
        top: colourAt(upright, 0.6, 0.1), bottom: colourAt(upright, 0.6, 0.9), left: colourAt(upright, 0.08, 0.5),
        right: colourAt(upright, 0.9, 0.5), besideFrame: colourAt(frameOf(n), 0.03, 0.5),
      };
      expect(seen, `orientation ${n}`).toEqual({ top: 'red', bottom: 'blue', left: 'green', right: 'white', besideFrame: 'white' });
    }
  });
});

import { describe, expect, it } from 'vitest';
import type { Box } from '../../src/deck/laid-out.js';
import { grownRoom, largestRoom, widenedText, type TitleSlideGeometry } from '../../src/fit/title-slide-room.js';

/**
 * Where a title-like slide's text may grow (issue #11, reviewer's note). Geometry from pandoc's
 * PowerPoint-made reference document (10 × 5.625 in): its title slide and its section header.
 */
const slide = { width: 10, height: 5.625 };
const chrome: Box[] = [
  { x: 0.5, y: 5.21, w: 2.33, h: 0.3 },
  { x: 3.42, y: 5.21, w: 3.17, h: 0.3 },
  { x: 7.17, y: 5.21, w: 2.33, h: 0.3 },
];
const banner: Box = { x: 0, y: 0, w: 10, h: 0.23 };
/** The cover: title text over the subtitle (grown down to 0.1 in above the footer). */
const cover: TitleSlideGeometry = { slide, title: { x: 0.75, y: 1.99, w: 8.5, h: 0.72 }, text: { x: 1.5, y: 3.19, w: 7, h: 1.92 }, obstacles: [...chrome, banner] };
/** The section header: its text sits over its title. */
const section: TitleSlideGeometry = { slide, title: { x: 0.79, y: 3.61, w: 8.5, h: 0.8 }, text: { x: 0.79, y: 2.38, w: 8.5, h: 1.23 }, obstacles: [...chrome, banner] };

const intersects = (a: Box, b: Box): boolean => a.x < b.x + b.w && a.x + a.w > b.x && a.y < b.y + b.h && a.y + a.h > b.y;
const bottom = (b: Box): number => b.y + b.h;

describe('widenedText', () => {
  it('widens the subtitle to the title\'s width', () => {
    expect(widenedText(cover)).toEqual({ ...cover.text, x: 0.75, w: 8.5 });
  });

  it('stops short of a placeholder beside the text', () => {
    const logo: Box = { x: 8.6, y: 3.5, w: 1, h: 1 };
    const widened = widenedText({ ...cover, obstacles: [...cover.obstacles, logo] })!;
    expect(widened.x).toBeCloseTo(0.75);
    expect(widened.x + widened.w).toBeCloseTo(8.5);
  });

  it('is undefined when the text is already as wide as the title, or there is no title', () => {
    expect(widenedText(section)).toBeUndefined();
    const { title: _title, ...untitled } = cover;
    expect(widenedText(untitled)).toBeUndefined();
  });
});

describe('grownRoom', () => {
  it('keeps the text\'s box when it is tall enough', () => {
    expect(grownRoom(cover, cover.text, 1.5)).toEqual({ text: cover.text, titleShift: 0 });
  });

  it('moves a title over the text up only as far as the text needs, keeping the text\'s bottom', () => {
    const room = grownRoom(cover, cover.text, 2.5)!;
    expect(room.titleShift).toBeCloseTo(-0.58);
    expect(room.text.h).toBeCloseTo(2.5);
    expect(bottom(room.text)).toBeCloseTo(bottom(cover.text));
  });

  it('then closes the gap to the title, never to less than 0.15 in, and stays under the banner', () => {
    // Title to the banner (0.23 + 0.1): 1.66 in; the gap of 0.48 in closes to 0.15: 0.33 in more.
    const most = 1.92 + 1.66 + 0.33;
    const room = grownRoom(cover, cover.text, most - 0.01)!;
    expect(cover.title!.y + room.titleShift).toBeCloseTo(0.33);
    expect(room.text.y - (cover.title!.y + room.titleShift + cover.title!.h)).toBeGreaterThanOrEqual(0.15 - 1e-9);
    expect(grownRoom(cover, cover.text, most + 0.01)).toBeUndefined();
    expect(largestRoom(cover, cover.text)).toBeCloseTo(most, 2);
  });

  it('grows text over its title upwards first, then moves the title down, never over the footer', () => {
    const up = grownRoom(section, section.text, 2)!;
    expect(up).toMatchObject({ titleShift: 0 });
    expect(bottom(up.text)).toBeCloseTo(bottom(section.text));
    expect(up.text.y).toBeCloseTo(bottom(section.text) - 2);
    // The free area above: from 0.33 in (under the banner) to the text's bottom at 3.61 in.
    const down = grownRoom(section, section.text, 3.28 + 0.3)!;
    expect(down.titleShift).toBeCloseTo(0.3);
    expect(down.text.y).toBeCloseTo(0.33);
    const moved = { ...section.title!, y: section.title!.y + down.titleShift };
    expect(intersects(moved, down.text)).toBe(false);
    for (const o of chrome) expect(intersects(moved, o)).toBe(false);
    // The title may move down to 0.1 in above the footer (5.11 − 4.41 = 0.7 in), no further.
    expect(grownRoom(section, section.text, 3.28 + 0.71)).toBeUndefined();
  });

  it('never grows over another placeholder of the layout', () => {
    // A picture placeholder over the title: the title may rise to 0.1 in under it (1.8 in), 0.19 in.
    const picture: Box = { x: 0.5, y: 0.5, w: 9, h: 1.2 };
    const crowded = { ...cover, obstacles: [...cover.obstacles, picture] };
    const room = grownRoom(crowded, cover.text, 2.3)!;
    expect(cover.title!.y + room.titleShift).toBeCloseTo(1.8);
    expect(intersects(room.text, picture)).toBe(false);
    expect(grownRoom(crowded, cover.text, 1.92 + 0.19 + 0.33 + 0.01)).toBeUndefined();
  });
});

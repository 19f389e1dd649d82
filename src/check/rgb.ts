/**
 * sRGB colours and WCAG 2.1 contrast (SC 1.4.3, "relative luminance" and "contrast ratio" in the
 * glossary), with no XML: the theme check and the theme derived from a house template use these on
 * every build, and must not load the deck audit's XML parser for them.
 */

/** sRGB components 0–255. */
export type Rgb = readonly [number, number, number];

/** `RRGGBB` (no `#`) as sRGB, or undefined when it is not six hex digits. */
export function hex(value: string | undefined): Rgb | undefined {
  if (value === undefined || !/^[0-9a-fA-F]{6}$/.test(value)) return undefined;
  return [0, 2, 4].map((i) => Number.parseInt(value.slice(i, i + 2), 16)) as unknown as Rgb;
}

/** WCAG 2.1 relative luminance (definition under SC 1.4.3). */
export function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.1 contrast ratio, 1 to 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

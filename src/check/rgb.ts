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

/** sRGB components (rounded, clamped to 0–255) as `RRGGBB`, upper case, no `#`. */
export function rgbHex(rgb: readonly number[]): string {
  return rgb.map((c) => Math.max(0, Math.min(255, Math.round(c))).toString(16).padStart(2, '0')).join('').toUpperCase();
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

/** sRGB as hue, saturation and lightness, each 0–1 (the space `lumMod`/`lumOff` work in, ECMA-376 Part 1, §20.1.2.3.19–20). */
export function rgbToHsl([r8, g8, b8]: Rgb): [number, number, number] {
  const [r, g, b] = [r8 / 255, g8 / 255, b8 / 255];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return [h / 6, s, l];
}

/** Hue, saturation and lightness (each 0–1) as sRGB components 0–255, not rounded. */
export function hslToRgb(h: number, s: number, l: number): [number, number, number] {
  if (s === 0) return [l * 255, l * 255, l * 255];
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const channel = (t0: number) => {
    const t = t0 < 0 ? t0 + 1 : t0 > 1 ? t0 - 1 : t0;
    if (t < 1 / 6) return p + (q - p) * 6 * t;
    if (t < 1 / 2) return q;
    if (t < 2 / 3) return p + (q - p) * (2 / 3 - t) * 6;
    return p;
  };
  return [channel(h + 1 / 3) * 255, channel(h) * 255, channel(h - 1 / 3) * 255];
}

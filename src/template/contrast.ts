/**
 * Colour contrast as WCAG 2.1 defines it (SC 1.4.3, "contrast ratio" and "relative luminance" in
 * the glossary): (L1 + 0.05) / (L2 + 0.05) of the sRGB relative luminances, from 1 to 21.
 */

/** Relative luminance of a six-hex-digit sRGB colour. */
export function relativeLuminance(hex: string): number {
  const channel = (i: number): number => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/** Contrast ratio of two colours (six hex digits each), 1–21. */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

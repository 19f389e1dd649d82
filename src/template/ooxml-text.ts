/**
 * Small helpers for writing PresentationML/DrawingML by hand: escaping and unit conversion.
 * Units: inches in the IR, EMU in the XML (ECMA-376 Part 1, §20.1.10.16 ST_Coordinate: 914400 EMU
 * per inch, 12700 per point); font sizes in hundredths of a point (ST_TextFontSize, §20.1.10.72).
 */

/** EMU per inch. */
export const EMU_PER_INCH = 914400;

/** EMU per point. */
export const EMU_PER_POINT = 12700;

/** Namespace declarations of a PresentationML part that uses DrawingML and relationships. */
export const PML_NAMESPACES =
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"';

/** The XML declaration every part starts with. */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Inches to whole EMU. */
export function emu(inches: number): number {
  return Math.round(inches * EMU_PER_INCH);
}

/** Points to whole EMU. */
export function emuFromPt(points: number): number {
  return Math.round(points * EMU_PER_POINT);
}

/** Escapes text for an XML attribute value or element content. */
export function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** `<a:xfrm>` of a box given in inches. */
export function xfrm(box: { x: number; y: number; w: number; h: number }): string {
  return `<a:xfrm><a:off x="${emu(box.x)}" y="${emu(box.y)}"/><a:ext cx="${emu(Math.max(0, box.w))}" cy="${emu(Math.max(0, box.h))}"/></a:xfrm>`;
}

/** A solid fill in a scheme colour (`tx1`, `accent2`, …) or six hex digits. */
export function solidFill(colour: string): string {
  return `<a:solidFill>${colourElement(colour)}</a:solidFill>`;
}

/** `a:schemeClr` for scheme names, `a:srgbClr` for hex. */
export function colourElement(colour: string): string {
  return /^[0-9A-Fa-f]{6}$/.test(colour) ? `<a:srgbClr val="${colour.toUpperCase()}"/>` : `<a:schemeClr val="${colour}"/>`;
}

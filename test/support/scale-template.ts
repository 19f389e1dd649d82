/**
 * Makes a template of another aspect ratio from an existing one (issue #11 test material: a 4:3
 * template from pandoc's 16:9 reference document): the slide size (`p:sldSz`) and every `a:off`
 * and `a:ext` of the slide masters and layouts are scaled by the same factors. Test support only:
 * plain text edits of parts whose shape is known.
 */
import { unzipSync, zipSync } from 'fflate';

/** Scales a .pptx's slide size and master/layout geometry by `sx` horizontally and `sy` vertically. */
export function scaleTemplate(pptx: Uint8Array, sx: number, sy: number): Uint8Array {
  const files = unzipSync(pptx);
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  for (const name of Object.keys(files)) {
    const isGeometry = /^ppt\/(slideMasters|slideLayouts)\/[^/]+\.xml$/.test(name);
    if (!isGeometry && name !== 'ppt/presentation.xml') continue;
    let text = decoder.decode(files[name]);
    if (name === 'ppt/presentation.xml') {
      text = text.replace(/<p:sldSz cx="(\d+)" cy="(\d+)"/, (_, cx: string, cy: string) => `<p:sldSz cx="${scale(cx, sx)}" cy="${scale(cy, sy)}"`);
    } else {
      text = text
        .replace(/<a:off x="(-?\d+)" y="(-?\d+)"/g, (_, x: string, y: string) => `<a:off x="${scale(x, sx)}" y="${scale(y, sy)}"`)
        .replace(/<a:ext cx="(\d+)" cy="(\d+)"/g, (_, cx: string, cy: string) => `<a:ext cx="${scale(cx, sx)}" cy="${scale(cy, sy)}"`);
    }
    files[name] = encoder.encode(text);
  }
  return zipSync(files);
}

function scale(value: string, factor: number): number {
  return Math.round(Number(value) * factor);
}

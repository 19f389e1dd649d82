/**
 * DrawingML colours resolved to sRGB, and WCAG 2.1 contrast. A colour element is `a:srgbClr`,
 * `a:schemeClr` (through the colour map and the theme, ECMA-376 Part 1, §20.1.2.3.29 and §19.3.1.6),
 * `a:sysClr` (its `lastClr`), `a:prstClr`, `a:scrgbClr` or `a:hslClr`, with transforms
 * (`lumMod`/`lumOff` in HSL, `tint`/`shade`; §20.1.2.3). A colour that cannot be resolved, or is
 * not opaque, is undefined: the audit then says nothing rather than guess.
 */
import { child, path, type XmlElement } from './xml-tree.js';
import { contrastRatio, hex, hslToRgb, luminance, rgbToHsl, type Rgb } from './rgb.js';

export { contrastRatio, hex, luminance, type Rgb };


/** How scheme colours resolve: the colour map (bg1 → lt1 …), the theme, and the placeholder colour `phClr`. */
export interface ColourContext {
  clrMap: Record<string, string>;
  theme?: XmlElement;
  phClr?: Rgb;
}

const PRESET: Record<string, string> = {
  black: '000000', white: 'FFFFFF', red: 'FF0000', green: '008000', blue: '0000FF', yellow: 'FFFF00',
  gray: '808080', grey: '808080', darkGray: 'A9A9A9', lightGray: 'D3D3D3', navy: '000080', silver: 'C0C0C0',
};

const COLOUR_ELEMENTS = new Set(['a:srgbClr', 'a:schemeClr', 'a:sysClr', 'a:prstClr', 'a:scrgbClr', 'a:hslClr']);

/** The colour inside a fill-like element (`a:solidFill`, `a:fontRef`, `p:bgRef`…), if it has one. */
export function colourIn(container: XmlElement | undefined, ctx: ColourContext): Rgb | undefined {
  const element = container?.children.find((c) => COLOUR_ELEMENTS.has(c.name));
  return element === undefined ? undefined : resolveColour(element, ctx);
}

/** Resolves one colour element with its transforms; undefined when unknown or translucent. */
export function resolveColour(element: XmlElement, ctx: ColourContext): Rgb | undefined {
  const base = baseColour(element, ctx);
  if (base === undefined) return undefined;
  let rgb: Rgb = base;
  for (const transform of element.children) {
    const value = Number(transform.attrs.val ?? '100000') / 100000;
    switch (transform.name) {
      case 'a:alpha':
        if (value < 1) return undefined;
        break;
      case 'a:lumMod':
      case 'a:lumOff': {
        const [h, s, l] = rgbToHsl(rgb);
        rgb = hslToRgb(h, s, Math.min(1, Math.max(0, transform.name === 'a:lumMod' ? l * value : l + value)));
        break;
      }
      case 'a:shade':
        rgb = rgb.map((c) => c * value) as unknown as Rgb;
        break;
      case 'a:tint':
        rgb = rgb.map((c) => 255 - (255 - c) * value) as unknown as Rgb;
        break;
      default:
        break;
    }
  }
  return rgb.map((c) => Math.round(c)) as unknown as Rgb;
}

function baseColour(element: XmlElement, ctx: ColourContext): Rgb | undefined {
  switch (element.name) {
    case 'a:srgbClr':
      return hex(element.attrs.val);
    case 'a:sysClr':
      return hex(element.attrs.lastClr ?? (element.attrs.val === 'window' ? 'FFFFFF' : element.attrs.val === 'windowText' ? '000000' : undefined));
    case 'a:prstClr':
      return hex(PRESET[element.attrs.val ?? '']);
    case 'a:scrgbClr':
      return (['r', 'g', 'b'] as const).map((k) => 255 * linearToSrgb(Number(element.attrs[k] ?? 0) / 100000)) as unknown as Rgb;
    case 'a:hslClr':
      return hslToRgb(Number(element.attrs.hue ?? 0) / 60000 / 360, Number(element.attrs.sat ?? 0) / 100000, Number(element.attrs.lum ?? 0) / 100000);
    case 'a:schemeClr':
      return schemeColour(element.attrs.val ?? '', ctx);
    default:
      return undefined;
  }
}

/** A scheme colour name (`tx1`, `accent1`, `phClr`) through the colour map and the theme's `a:clrScheme`. */
export function schemeColour(name: string, ctx: ColourContext): Rgb | undefined {
  if (name === 'phClr') return ctx.phClr;
  const mapped = ctx.clrMap[name] ?? name;
  const scheme = path(ctx.theme, 'a:themeElements', 'a:clrScheme');
  const entry = child(scheme, `a:${mapped}`);
  return colourIn(entry, { clrMap: {}, ...(ctx.theme ? { theme: ctx.theme } : {}) });
}

/** `#RRGGBB`. */
export function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('').toUpperCase()}`;
}

function linearToSrgb(c: number): number {
  return c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055;
}

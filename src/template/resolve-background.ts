/**
 * A layout's background colour (ECMA-376 Part 1, §19.3.1.1 `p:bg`): the layout's own `p:bg`, else
 * its master's; `p:bgPr` with a solid fill or a gradient (first stop), or `p:bgRef` into the
 * theme's `a:bgFillStyleLst` (idx 1001 = first) with its own colour standing for `phClr`. With no
 * `p:bg` anywhere, PowerPoint shows `bg1`.
 */
import { child, intAttr, path, type XmlElement } from './xml-tree.js';
import { colorChild, resolveColor, type ColorContext } from './theme-colors.js';

/** The chain's dominant solid colour as six hex digits; undefined for pictures and patterns it cannot judge. */
export function resolveBackground(chain: ReadonlyArray<{ root: XmlElement; colors: ColorContext }>, backgroundFills: readonly XmlElement[], fallback: ColorContext): string | undefined {
  for (const { root, colors } of chain) {
    const bg = path(root, 'cSld', 'bg');
    if (bg === undefined) continue;
    const bgPr = child(bg, 'bgPr');
    if (bgPr !== undefined) return fillColor(bgPr, colors);
    const bgRef = child(bg, 'bgRef');
    if (bgRef !== undefined) {
      const idx = intAttr(bgRef, 'idx') ?? 0;
      const own = resolveColor(colorChild(bgRef), colors)?.hex;
      const style = idx >= 1001 ? backgroundFills[idx - 1001] : undefined;
      if (style === undefined) return own;
      return fillColor({ name: 'bgPr', attrs: {}, children: [style] }, own === undefined ? colors : { ...colors, placeholderColor: own });
    }
  }
  return resolveColor({ name: 'schemeClr', attrs: { val: 'bg1' }, children: [] }, fallback)?.hex;
}

/** The colour of the first fill child: solid, or a gradient's first stop. */
function fillColor(parent: XmlElement, colors: ColorContext): string | undefined {
  const solid = child(parent, 'solidFill');
  if (solid !== undefined) return resolveColor(colorChild(solid), colors)?.hex;
  const gradient = child(parent, 'gradFill');
  if (gradient !== undefined) return resolveColor(colorChild(path(gradient, 'gsLst', 'gs')), colors)?.hex;
  return undefined;
}

import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildBrief } from '../../src/build-brief.js';

const REFERENCE = 'data/istanbul-2025-06-02.yaml';

/** Slide parts of a deck in order, with the layout each points to. */
function slidesOf(bytes: Uint8Array): Array<{ xml: string; layout: string }> {
  const parts = unzipSync(bytes);
  const names = Object.keys(parts).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).sort((a, b) => Number(/(\d+)\.xml/.exec(a)![1]) - Number(/(\d+)\.xml/.exec(b)![1]));
  return names.map((name) => {
    const rels = strFromU8(parts[name.replace('slides/', 'slides/_rels/') + '.rels']!);
    return { xml: strFromU8(parts[name]!), layout: /slideLayout" Target="\.\.\/slideLayouts\/([^"]+)"/.exec(rels)?.[1] ?? '' };
  });
}

/** The text of every `p:sp` whose `p:ph` has one of `types`. */
function placeholderTexts(xml: string, test: (ph: string) => boolean): string[] {
  return [...xml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)]
    .map((m) => m[0])
    .filter((sp) => {
      const ph = /<p:ph\b[^>]*\/>/.exec(sp)?.[0];
      return ph !== undefined && test(ph);
    })
    .map((sp) => [...sp.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => t[1]).join(''));
}

describe.each(['default', 'compact'])('the reference brief with the %s set, on slide layouts (issue #11)', (templates) => {
  it('has exactly one title placeholder per slide, holding the slide title, first in reading order', async () => {
    const built = await buildBrief({ data: REFERENCE, templates });
    const slides = slidesOf(built.bytes);
    expect(slides).toHaveLength(built.deck.slides.length);
    slides.forEach(({ xml }, i) => {
      const title = built.deck.slides[i]!.title;
      expect(placeholderTexts(xml, (ph) => /type="(title|ctrTitle)"/.test(ph)), title).toEqual([title]);
      const firstShape = /<p:sp>[\s\S]*?<\/p:sp>|<p:graphicFrame>|<p:pic>/.exec(xml)?.[0] ?? '';
      expect(firstShape, title).toMatch(/<p:ph type="(title|ctrTitle)"/);
    });
  });

  it('puts bullet text in body placeholders, uses at least four layouts and no free text boxes', async () => {
    const built = await buildBrief({ data: REFERENCE, templates });
    const slides = slidesOf(built.bytes);
    expect(new Set(slides.map((s) => s.layout)).size).toBeGreaterThanOrEqual(4);
    const bullets = slides.flatMap(({ xml }) => [...xml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)].map((m) => m[0]).filter((sp) => sp.includes('<a:buChar')));
    expect(bullets.length).toBeGreaterThan(0);
    for (const sp of bullets) expect(sp).toMatch(/<p:ph\b/);
    for (const { xml } of slides) expect(xml).not.toContain('txBox="1"');
  });

  it('refers to the theme fonts and scheme colours instead of hard-coding them', async () => {
    const built = await buildBrief({ data: REFERENCE, templates });
    const slides = slidesOf(built.bytes).map((s) => s.xml).join('');
    const latin = [...slides.matchAll(/<a:latin typeface="([^"]*)"/g)].map((m) => m[1]);
    const themed = latin.filter((face) => face === '+mn-lt' || face === '+mj-lt');
    expect(themed.length / latin.length).toBeGreaterThan(0.9);
    expect(slides).toContain('<a:schemeClr val="tx1"/>');
    const text = built.deck.theme.colors.text.toUpperCase();
    expect(slides).not.toContain(`<a:srgbClr val="${text}"/>`);
  });

  it('hides nothing and adds no background of its own: slides inherit the layout\'s', async () => {
    const built = await buildBrief({ data: REFERENCE, templates });
    for (const { xml } of slidesOf(built.bytes)) {
      expect(xml).not.toContain('<p:bg>');
      expect(xml).not.toContain('showMasterSp');
    }
  });
});

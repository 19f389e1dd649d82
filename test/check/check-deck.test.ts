import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkDeck } from '../../src/check/check-deck.js';
import { CHECK_RULES } from '../../src/check/check-rules.js';
import type { Finding } from '../../src/check/finding.js';
import { cleanDeck, edited, pandocDeck, pptxgenjsDeck } from './decks.js';

let clean: Uint8Array;

beforeAll(() => {
  clean = cleanDeck();
});

function findings(deck: Uint8Array): Finding[] {
  const audit = checkDeck(deck);
  if ('unreadable' in audit) throw new Error(audit.unreadable);
  return audit.findings;
}

/** `rule@slide` of each finding, for compact assertions. */
function summary(deck: Uint8Array): string[] {
  return findings(deck).map((f) => `${f.rule}@${f.slide ?? '-'}`);
}

const DECORATIVE = '<a:extLst><a:ext uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}"><adec:decorative xmlns:adec="http://schemas.microsoft.com/office/drawing/2017/decorative" val="1"/></a:ext></a:extLst>';
const TITLE_SHAPE = /<p:sp><p:nvSpPr><p:cNvPr id="2" name="Title 1" \/>.*?<\/p:sp>/;
const SLIDE2 = 'ppt/slides/slide2.xml';
const SLIDE3 = 'ppt/slides/slide3.xml';

describe('checkDeck on a clean deck', () => {
  it('finds nothing', () => {
    expect(findings(clean)).toEqual([]);
  });

  it('lists every rule with a reason, a reference and a fix', () => {
    for (const rule of CHECK_RULES) {
      expect(rule.id).toMatch(/^[a-z-]+$/);
      expect(rule.reason.length).toBeGreaterThan(20);
      expect(rule.reference).toMatch(/WCAG|PowerPoint|ECMA|HHS/);
      expect(rule.fix.length).toBeGreaterThan(10);
    }
    expect(new Set(CHECK_RULES.map((r) => r.id)).size).toBe(CHECK_RULES.length);
  });

  it('has every rule in the README\'s Accessibility table', () => {
    const section = /## Accessibility\n([\s\S]*?)\n## /.exec(readFileSync('README.md', 'utf8'))?.[1] ?? '';
    const listed = [...section.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]);
    expect(listed).toEqual(CHECK_RULES.map((r) => r.id));
  });
});

describe('checkDeck fires on one planted fault per rule', () => {
  it('slide-title: title placeholder removed, or left empty', () => {
    expect(summary(edited(clean, { [SLIDE2]: (t) => t.replace(TITLE_SHAPE, '') }))).toEqual(['slide-title@2']);
    const emptied = edited(clean, { [SLIDE2]: (t) => t.replace('<a:t>Bullets</a:t>', '<a:t> </a:t>') });
    expect(findings(emptied)).toMatchObject([{ rule: 'slide-title', slide: 2, shapeName: 'Title 1', message: "the slide's title placeholder is empty" }]);
  });

  it('duplicate-title: a second slide with the same title (case and spacing aside)', () => {
    const deck = edited(clean, { [SLIDE3]: (t) => t.replace('<a:t>Table</a:t>', '<a:t>bullets </a:t>') });
    expect(findings(deck)).toMatchObject([{ rule: 'duplicate-title', slide: 3, message: 'the title "bullets" is also the title of slide 2' }]);
  });

  it('alt-text: removed from the table, a file name, but not when marked decorative', () => {
    const removed = edited(clean, { [SLIDE3]: (t) => t.replace(/ descr="[^"]*"/, '') });
    expect(findings(removed)).toMatchObject([{ rule: 'alt-text', slide: 3, shapeId: '6', message: 'the table has no alt text' }]);
    const fileName = edited(clean, { 'ppt/slides/slide4.xml': (t) => t.replace(/descr="[^"]*"/, 'descr="IMG_0042.JPG"') });
    expect(summary(fileName)).toEqual(['alt-text@4']);
    const decorative = edited(clean, {
      [SLIDE3]: (t) => t.replace(/<p:cNvPr descr="[^"]*" id="6" name="Content Placeholder 5" \/>|<p:cNvPr id="6" name="Content Placeholder 5" descr="[^"]*" \/>/, `<p:cNvPr id="6" name="Content Placeholder 5">${DECORATIVE}</p:cNvPr>`),
    });
    expect(decorative).not.toEqual(clean);
    expect(findings(decorative)).toEqual([]);
  });

  it('table-header: firstRow removed', () => {
    expect(summary(edited(clean, { [SLIDE3]: (t) => t.replace('firstRow="1"', '') }))).toEqual(['table-header@3']);
  });

  it('empty-cell: a cell emptied', () => {
    const deck = edited(clean, { [SLIDE3]: (t) => t.replace('<a:t>Member</a:t>', '<a:t></a:t>') });
    expect(findings(deck)).toMatchObject([{ rule: 'empty-cell', slide: 3, message: 'the table has 1 empty cell: row 3 column 2' }]);
  });

  it('reading-order: title moved after the content, a slide number before it', () => {
    const titleLast = edited(clean, {
      [SLIDE2]: (t) => {
        const title = TITLE_SHAPE.exec(t)?.[0] ?? '';
        return t.replace(title, '').replace('</p:spTree>', `${title}</p:spTree>`);
      },
    });
    expect(findings(titleLast)).toMatchObject([{ rule: 'reading-order', slide: 2, shapeName: 'Title 1' }]);
    const number = '<p:sp><p:nvSpPr><p:cNvPr id="9" name="Slide Number 8" /><p:cNvSpPr /><p:nvPr><p:ph type="sldNum" /></p:nvPr></p:nvSpPr><p:spPr /></p:sp>';
    const numberFirst = edited(clean, { [SLIDE2]: (t) => t.replace(TITLE_SHAPE, (title) => `${title}${number}`) });
    expect(findings(numberFirst)).toMatchObject([{ rule: 'reading-order', slide: 2, shapeId: '9', message: expect.stringMatching(/sldNum placeholder is read before content/) }]);
  });

  it('text-outside-placeholders: a free text box, but not a decorative one', () => {
    const box = (extra: string) =>
      `<p:sp><p:nvSpPr><p:cNvPr id="9" name="TextBox 8">${extra}</p:cNvPr><p:cNvSpPr txBox="1" /><p:nvPr /></p:nvSpPr><p:spPr /><p:txBody><a:bodyPr /><a:p><a:r><a:rPr lang="en-GB" /><a:t>Loose words</a:t></a:r></a:p></p:txBody></p:sp></p:spTree>`;
    const deck = edited(clean, { [SLIDE2]: (t) => t.replace('</p:spTree>', box('')) });
    expect(findings(deck)).toMatchObject([{ rule: 'text-outside-placeholders', slide: 2, shapeId: '9', message: 'the text "Loose words" is in a free text box, not in a placeholder' }]);
    expect(findings(edited(clean, { [SLIDE2]: (t) => t.replace('</p:spTree>', box(DECORATIVE)) }))).toEqual([]);
  });

  it('run-language: Latin text tagged Ukrainian, Cyrillic text tagged English, no language at all', () => {
    const swapped = edited(clean, { [SLIDE2]: (t) => t.replace('<a:rPr /><a:t>one point', '<a:rPr lang="uk-UA" /><a:t>one point') });
    expect(findings(swapped)).toMatchObject([{ rule: 'run-language', slide: 2, message: expect.stringMatching(/"one point" tagged uk-UA/) }]);
    const cyrillic = edited(clean, { [SLIDE2]: (t) => t.replace('<a:t>one point', '<a:t>перший пункт') });
    expect(findings(cyrillic)).toMatchObject([{ rule: 'run-language', slide: 2, message: expect.stringMatching(/tagged en-US/) }]);
    expect(findings(edited(cyrillic, { [SLIDE2]: (t) => t.replace('<a:rPr /><a:t>перший', '<a:rPr lang="uk-UA" /><a:t>перший') }))).toEqual([]);
    // pandoc's runs inherit en-US from the presentation's default text style; without it they have none.
    const none = edited(clean, { 'ppt/presentation.xml': (t) => t.replace('<a:defRPr lang="en-US" />', '<a:defRPr />') });
    expect(new Set(summary(none))).toEqual(new Set(['run-language@1', 'run-language@2', 'run-language@3', 'run-language@4']));
  });

  it('document-title and document-language: core properties removed', () => {
    const deck = edited(clean, { 'docProps/core.xml': (t) => t.replace(/<dc:title>.*<\/dc:title>/, '').replace(/<dc:language>.*<\/dc:language>/, '') });
    expect(summary(deck)).toEqual(['document-title@-', 'document-language@-']);
  });

  it('contrast: pale small text on white, dark text on a dark scheme background, not large text at 3:1', () => {
    const pale = edited(clean, { [SLIDE2]: (t) => t.replace('<a:rPr /><a:t>one point', '<a:rPr sz="1200"><a:solidFill><a:srgbClr val="777777" /></a:solidFill></a:rPr><a:t>one point') });
    expect(findings(pale)).toMatchObject([{ rule: 'contrast', slide: 2, message: 'the text "one point" is #777777 on #FFFFFF: 4.47:1, below the 4.5:1 needs' }]);
    const large = edited(clean, { [SLIDE2]: (t) => t.replace('<a:rPr /><a:t>one point', '<a:rPr sz="1800"><a:solidFill><a:srgbClr val="888888" /></a:solidFill></a:rPr><a:t>one point') });
    expect(findings(large)).toEqual([]);
    // tx1 text on a tx1 background: resolved through the master's colour map and the theme.
    const dark = edited(clean, { [SLIDE2]: (t) => t.replace('<p:cSld>', '<p:cSld><p:bg><p:bgPr><a:solidFill><a:schemeClr val="tx1" /></a:solidFill><a:effectLst /></p:bgPr></p:bg>') });
    expect(findings(dark).map((f) => f.rule)).toEqual(['contrast', 'contrast']);
    expect(findings(dark)[0]?.message).toMatch(/#000000 on #000000: 1\.00:1/);
  });

  it('contrast: text on a (decorative) filled shape below it is judged against that shape', () => {
    const band = `<p:sp><p:nvSpPr><p:cNvPr id="9" name="Band">${DECORATIVE}</p:cNvPr><p:cNvSpPr /><p:nvPr /></p:nvSpPr><p:spPr><a:xfrm><a:off x="0" y="0" /><a:ext cx="9144000" cy="5143500" /></a:xfrm><a:prstGeom prst="rect"><a:avLst /></a:prstGeom><a:solidFill><a:srgbClr val="1F2A44" /></a:solidFill></p:spPr></p:sp>`;
    const deck = edited(clean, { [SLIDE2]: (t) => t.replace('</p:grpSpPr>', `</p:grpSpPr>${band}`) });
    expect(findings(deck).map((f) => `${f.rule}:${f.shapeName}`)).toEqual(['contrast:Title 1', 'contrast:Content Placeholder 2']);
  });

  it('contrast: sees the slide master\'s and layout\'s own graphics under the text, by their outline (issue #11)', () => {
    // Which layout slide 2 uses, so the band can go on it and on its master.
    const unzipped = edited(clean, {});
    const rels = new TextDecoder().decode(unzipSync(unzipped)['ppt/slides/_rels/slide2.xml.rels']!);
    const layout = `ppt/slideLayouts/${/slideLayouts\/(slideLayout\d+\.xml)/.exec(rels)![1]}`;
    const shape = (fill: string, geometry = '<a:prstGeom prst="rect"><a:avLst /></a:prstGeom>') => `<p:sp><p:nvSpPr><p:cNvPr id="90" name="Band" /><p:cNvSpPr /><p:nvPr /></p:nvSpPr><p:spPr><a:xfrm><a:off x="0" y="0" /><a:ext cx="9144000" cy="5143500" /></a:xfrm>${geometry}${fill}</p:spPr></p:sp>`;
    const dark = '<a:solidFill><a:srgbClr val="1F2A44" /></a:solidFill>';
    const onMaster = (fill: string, geometry?: string) => edited(clean, { 'ppt/slideMasters/slideMaster1.xml': (t) => t.replace('</p:grpSpPr>', `</p:grpSpPr>${shape(fill, geometry)}`) });
    // Every slide's dark text now sits on the master's dark rectangle.
    expect(findings(onMaster(dark)).filter((f) => f.slide === 2).map((f) => `${f.rule}:${f.shapeName}`)).toEqual(['contrast:Title 1', 'contrast:Content Placeholder 2']);
    // A picture or pattern underneath cannot be judged: nothing is reported.
    expect(findings(onMaster('<a:pattFill prst="pct50"><a:fgClr><a:srgbClr val="1F2A44" /></a:fgClr><a:bgClr><a:srgbClr val="FFFFFF" /></a:bgClr></a:pattFill>'))).toEqual([]);
    // A triangle in the top-left corner lies under no text's centre, though its box holds them all.
    const corner = '<a:custGeom><a:avLst /><a:gdLst /><a:ahLst /><a:rect l="0" t="0" r="r" b="b" /><a:pathLst><a:path w="100" h="100"><a:moveTo><a:pt x="0" y="0" /></a:moveTo><a:lnTo><a:pt x="20" y="0" /></a:lnTo><a:lnTo><a:pt x="0" y="20" /></a:lnTo><a:close /></a:path></a:pathLst></a:custGeom>';
    expect(findings(onMaster(dark, corner))).toEqual([]);
    // The layout can hide the master's graphics (showMasterSp="0"), and the slide the layout's.
    const hidden = edited(onMaster(dark), { [layout]: (t) => t.replace('<p:sldLayout ', '<p:sldLayout showMasterSp="0" ') });
    expect(findings(hidden).filter((f) => f.slide === 2)).toEqual([]);
    const onLayout = edited(clean, { [layout]: (t) => t.replace('</p:grpSpPr>', `</p:grpSpPr>${shape(dark)}`) });
    expect(findings(onLayout).filter((f) => f.slide === 2).length).toBe(2);
    expect(findings(edited(onLayout, { [SLIDE2]: (t) => t.replace('<p:sld ', '<p:sld showMasterSp="0" ') })).filter((f) => f.slide === 2)).toEqual([]);
  });

  it('package: a relationship to a missing part', () => {
    const deck = edited(clean, { 'ppt/slides/slide4.xml': () => null });
    expect(summary(deck)).toContain('package@-');
  });
});

describe('checkDeck on other programs\' decks', () => {
  it('pandoc: empty cell, table without alt text, picture alt = file name, caption text box, no language', () => {
    const deck = pandocDeck(`---\ntitle: Pandoc\n---\n\n# One\n\n| A | B |\n|---|---|\n| x |   |\n\n# Two\n\n![A caption](pic.png)\n\n# Три\n\nТекст українською мовою.\n`);
    expect(summary(deck)).toEqual([
      'document-language@-',
      'alt-text@2', 'empty-cell@2',
      'text-outside-placeholders@3',
      'run-language@4', 'run-language@4',
    ]);
  });

  it('raw pptxgenjs: no titles, free text, alt text, header row, empty cell, contrast, language', async () => {
    const rules = new Set(findings(await pptxgenjsDeck()).map((f) => f.rule));
    expect([...rules].sort()).toEqual(['alt-text', 'contrast', 'document-language', 'empty-cell', 'package', 'run-language', 'slide-title', 'table-header', 'text-outside-placeholders'].sort());
  });

  it('says why bytes that are not a deck cannot be audited', () => {
    expect(checkDeck(new Uint8Array([1, 2, 3]))).toMatchObject({ unreadable: expect.stringMatching(/not a zip/) });
    expect(checkDeck(edited(clean, { 'ppt/presentation.xml': () => null }))).toMatchObject({ unreadable: expect.stringMatching(/presentation\.xml/) });
  });
});

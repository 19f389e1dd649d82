import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LaidOutDeck } from '../../src/deck/laid-out.js';
import { writePptx } from '../../src/pptx/write-pptx.js';
import { FIXTURE_IMAGE_PATH, fixtureDeck, loadFixtureImage } from '../fixtures/laid-out-deck.js';
import { tinyPng } from '../fixtures/tiny-png.js';
import { testFolder } from '../support/test-folder.js';
import { part, validate, writeOut, xmlParts } from './helpers.js';

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const write = (deck: LaidOutDeck): Promise<Uint8Array> => writePptx(deck, { loadImage: loadFixtureImage });

let bytes: Uint8Array;
let parts: Map<string, string>;

beforeAll(async () => {
  bytes = await write(fixtureDeck());
  parts = xmlParts(bytes);
});

describe('writePptx', () => {
  it('writes a package the OOXML validator accepts', () => {
    const result = validate(writeOut('test-fixture.pptx', bytes));
    if (result === undefined) return;
    expect(result.output).toContain('1 passed, 0 failed');
    expect(result.status).toBe(0);
  });

  it('escapes font names and strips control characters everywhere', async () => {
    const deck = fixtureDeck();
    deck.meta.title = 'Title\u0001 & <co>';
    deck.theme.fonts.mono = 'Mono & "Sons"';
    for (const slide of deck.slides) {
      for (const shape of slide.shapes) if ('fontFace' in shape) shape.fontFace = 'Gill <Sans> & Co\u0002';
    }
    const odd = await write(deck);
    const oddParts = xmlParts(odd);
    expect(part(oddParts, 'ppt/slides/slide2.xml')).toContain('typeface="Gill &lt;Sans&gt; &amp; Co"');
    expect(part(oddParts, 'ppt/slides/slide2.xml')).toContain('typeface="Mono &amp; &quot;Sons&quot;"');
    expect(part(oddParts, 'ppt/charts/chart1.xml')).toContain('typeface="Gill &lt;Sans&gt; &amp; Co"');
    expect(part(oddParts, 'docProps/core.xml')).toContain('<dc:title>Title &amp; &lt;co&gt;</dc:title>');
    const result = validate(writeOut('test-odd-names.pptx', odd));
    if (result !== undefined) expect(result.output).toContain('1 passed, 0 failed');
  });

  it('removes control characters from text and notes', () => {
    for (const [name, text] of parts) expect(text, name).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(part(parts, 'ppt/slides/slide2.xml')).toContain('<a:t>and a bell and form feed removed; </a:t>');
    expect(part(parts, 'ppt/notesSlides/notesSlide2.xml')).toContain('Keep to five minutes. Control character');
  });

  it('gives identical bytes in one process, in a fresh process and in another time zone', async () => {
    const again = await write(fixtureDeck());
    expect(sha256(again)).toBe(sha256(bytes));

    const zone = process.env.TZ;
    process.env.TZ = 'Pacific/Chatham';
    try {
      expect(sha256(await write(fixtureDeck()))).toBe(sha256(bytes));
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }

    for (const tz of ['UTC', 'America/Los_Angeles']) expect(buildInChild(tz), tz).toBe(sha256(bytes));
  });

  it('numbers slide links by position and drops links to unknown slides', () => {
    const rels = (n: number): string => part(parts, `ppt/slides/_rels/slide${n}.xml.rels`);
    // 'figures' is the 4th slide; 'objectives' the 2nd; 'cover' the 1st.
    expect(rels(2)).toMatch(/relationships\/slide" Target="slide4\.xml"/);
    expect(rels(3)).toMatch(/relationships\/slide" Target="slide2\.xml"/);
    expect(rels(5)).toMatch(/relationships\/slide" Target="slide1\.xml"/);
    expect(rels(2)).toContain('Target="https://example.org/brief?id=7&amp;lang=en" TargetMode="External"');
    const slide2 = part(parts, 'ppt/slides/slide2.xml');
    expect(slide2).toMatch(/<a:hlinkClick r:id="rId\d+" action="ppaction:\/\/hlinksldjump"/);
    const deadRun = /<a:r><a:rPr[^>]*>(?:(?!<\/a:rPr>).)*<\/a:rPr><a:t>dead link<\/a:t><\/a:r>/s.exec(slide2)?.[0];
    expect(deadRun).toBeDefined();
    expect(deadRun).not.toContain('hlinkClick');
  });

  it('writes the text geometry the fit stage measured', () => {
    const slide2 = part(parts, 'ppt/slides/slide2.xml');
    // Body box: inset 0.1 in = 91440 EMU on all four sides, top anchored, wrapped, no autofit.
    expect(slide2).toContain('<a:bodyPr wrap="square" lIns="91440" tIns="91440" rIns="91440" bIns="91440" rtlCol="0" anchor="t">');
    // Marking box: inset 0 must be written as 0, not left to PowerPoint's 0.1/0.05 in default.
    expect(slide2).toContain('lIns="0" tIns="0" rIns="0" bIns="0" rtlCol="0" anchor="ctr"');
    // Title box: insets 0.05, 0.02, 0.1, 0.03 in (left, top, right, bottom), each on its own side.
    expect(slide2).toContain('lIns="45720" tIns="18288" rIns="91440" bIns="27432"');
    expect(slide2).not.toMatch(/normAutofit|spAutoFit/);

    const body = paragraphsOf(slide2, 'Secure a ');
    expect(body).toHaveLength(8);
    for (const p of body) expect(p).toContain('<a:lnSpc><a:spcPct val="110000"/></a:lnSpc>');
    expect(body[0]).toContain('<a:spcBef><a:spcPts val="600"/></a:spcBef>');
    expect(body[7]).toContain('<a:spcBef><a:spcPts val="1200"/></a:spcBef>');
    // Bullets: 27 pt per level, hanging by 27 pt.
    expect(body[0]).toMatch(/<a:pPr marL="342900" indent="-342900">/);
    expect(body[1]).toMatch(/<a:pPr lvl="1" marL="685800" indent="-342900">/);
    expect(body[0]).toContain('<a:buChar char="&#x2022;"/>');
    expect(body[4]).toContain('<a:buAutoNum type="arabicPeriod" startAt="1"/>');
    expect(body[7]).toContain('<a:buNone/>');
    // Sizes: run and end-of-paragraph marks carry the paragraph's size.
    expect(body[1]).toContain('sz="1600"');
    expect(body[1]).toContain('<a:endParaRPr lang="en-GB" sz="1600"');
    expect(body[1]).not.toContain('sz="1800"');
    // A hard break inside a paragraph is a:br with the run's size.
    expect(body[7]).toContain('<a:br><a:rPr lang="en-GB" sz="1800" dirty="0"/></a:br>');
  });

  it('continues numbering from the first value of a numbered run (continuation slides)', async () => {
    const deck = fixtureDeck();
    const body = deck.slides[1]?.shapes.find((shape) => shape.kind === 'text' && shape.paragraphs.length > 4);
    if (body?.kind !== 'text') throw new Error('fixture has no body text on slide 2');
    body.paragraphs.forEach((paragraph, index) => {
      if (paragraph.bullet.kind === 'number') paragraph.bullet = { kind: 'number', value: index };
    });
    const numbered = paragraphsOf(part(xmlParts(await write(deck)), 'ppt/slides/slide2.xml'), 'Secure a ').slice(4, 7);
    for (const paragraph of numbered) expect(paragraph).toContain('<a:buAutoNum type="arabicPeriod" startAt="4"/>');
  });

  it('leaves the deck it was given unchanged', async () => {
    const deck = fixtureDeck();
    await write(deck);
    expect(deck).toEqual(fixtureDeck());
  });

  it('writes exactly one a:pPr per paragraph', () => {
    for (const [name, text] of parts) {
      if (!name.startsWith('ppt/slides/slide')) continue;
      for (const p of text.match(/<a:p>[\s\S]*?<\/a:p>/g) ?? []) expect((p.match(/<a:pPr\b/g) ?? []).length, name).toBeLessThanOrEqual(1);
    }
  });

  it('maps run marks, code font and language', () => {
    const slide2 = part(parts, 'ppt/slides/slide2.xml');
    const run = (text: string): string => new RegExp(`<a:r><a:rPr([^>]*)>(?:(?!</a:r>).)*<a:t>${text}</a:t>`, 's').exec(slide2)?.[0] ?? '';
    expect(run('joint statement')).toContain(' b="1"');
    expect(run('Київ')).toContain(' i="1"');
    expect(run('working level')).toContain(' strike="sngStrike"');
    expect(run('MFA-2025/044')).toContain('<a:latin typeface="Liberation Mono"');
    // The theme's minor font by reference, per script, so Design → Fonts changes it.
    expect(run('Secure a ')).toContain('<a:latin typeface="+mn-lt"');
    expect(run('Secure a ')).toContain('<a:ea typeface="+mn-ea"');
    expect(run('Secure a ')).toContain('<a:cs typeface="+mn-cs"');
    expect(part(parts, 'ppt/theme/theme1.xml')).toContain('<a:minorFont><a:latin typeface="Liberation Sans"/>');
    expect(run('Secure a ')).toContain('lang="en-GB"');
    expect(part(parts, 'ppt/slides/slide1.xml')).toContain('<a:t>Visit to İstanbul: Çırağan talks</a:t>');
  });

  it('writes tables with header, stripes, borders, margins and measured sizes', () => {
    const slide3 = part(parts, 'ppt/slides/slide3.xml');
    expect(slide3.match(/<a:gridCol w="\d+"/g)).toEqual(['<a:gridCol w="3749040"', '<a:gridCol w="3657600"', '<a:gridCol w="3657600"']);
    expect(slide3.match(/<a:tr h="\d+"/g)).toEqual(['<a:tr h="457200"', ...Array(4).fill('<a:tr h="411480"')]);
    const rows = slide3.match(/<a:tr [\s\S]*?<\/a:tr>/g) ?? [];
    // Header fill and stripes are the theme's primary (tx2) and light fill (bg2), by reference.
    expect(rows[0]).toContain('<a:schemeClr val="tx2"/>');
    expect(rows[0]).toContain(' b="1"');
    expect(rows[1]).not.toContain('val="bg2"');
    expect(rows[2]).toContain('<a:schemeClr val="bg2"/>');
    expect(rows[4]).toContain('<a:schemeClr val="bg2"/>');
    expect(slide3).toContain('marL="73152" marR="73152" marT="73152" marB="73152"');
    expect(slide3).toContain('<a:lnL w="9525"');
  });

  it('writes native charts with the given colours, titles and legends', async () => {
    const bar = part(parts, 'ppt/charts/chart1.xml');
    const line = part(parts, 'ppt/charts/chart2.xml');
    expect(bar).toContain('<c:barChart>');
    expect(line).toContain('<c:lineChart><c:grouping val="standard"/>');
    for (const chart of [bar, line]) {
      expect(chart.match(/<c:axId val/g)?.length).toBe(4); // two in the group, one in each axis
      expect(chart).toContain('1F3864');
      expect(chart).toContain('C55A11');
      expect(chart).toContain('<c:legend>');
    }
    expect(bar).toContain('<c:showVal val="1"/>');
    expect(bar).toContain('<a:t>bn €</a:t>');
    expect(line).toContain('<a:t>million</a:t>');

    const single = fixtureDeck();
    const chartShape = single.slides[3]?.shapes.find((shape) => shape.kind === 'chart');
    if (chartShape?.kind !== 'chart') throw new Error('fixture has no chart on slide 4');
    chartShape.chart.series = chartShape.chart.series.slice(0, 1);
    chartShape.colors = [];
    chartShape.chart.title = '  key FIGURES ';
    const singleChart = part(xmlParts(await write(single)), 'ppt/charts/chart1.xml');
    expect(singleChart).not.toContain('<c:legend>');
    // Same as the slide title 'Key figures': no chart title, and PowerPoint must not invent one.
    expect(singleChart).not.toMatch(/<c:chart>\s*<c:title>/);
    expect(singleChart).toContain('<c:autoTitleDeleted val="1"/>');
    expect(bar).toMatch(/<c:chart>\s*<c:title>/);
    expect(bar).toContain('<a:t>Exports by year</a:t>');
    expect(singleChart).toContain('1F3864'); // falls back to the theme's palette, never random

    // Whole numbers are shown with digit grouping; data with fractions keeps General (14.1, not 14).
    const hasFraction = chartShape.chart.series.some((s) => s.values.some((v) => !Number.isInteger(v)));
    expect(singleChart).toContain(hasFraction ? 'formatCode="General"' : 'formatCode="#,##0"');
    chartShape.chart.series = [{ name: 'whole', values: chartShape.chart.categories.map((_, i) => 1000 * (i + 1)) }];
    const wholeChart = part(xmlParts(await write(single)), 'ppt/charts/chart1.xml');
    expect(wholeChart).toContain('<c:numFmt formatCode="#,##0"');
  });

  it('leaves data labels off a chart the fit stage could not label and puts its values in the notes', async () => {
    const deck = fixtureDeck();
    const slide = deck.slides[3];
    const chartShape = slide?.shapes.find((shape) => shape.kind === 'chart');
    if (!slide || chartShape?.kind !== 'chart') throw new Error('fixture has no chart on slide 4');
    chartShape.dataLabels = false;
    chartShape.notes = 'Exports by year — values (bn €):\nGoods: 2021 14.1';
    const written = xmlParts(await write(deck));
    expect(part(written, 'ppt/charts/chart1.xml')).toContain('<c:showVal val="0"/>');
    const notes = part(written, 'ppt/notesSlides/notesSlide4.xml');
    expect(notes).toContain('Both charts are native');
    expect(notes).toContain('Goods: 2021 14.1');
  });

  it('adds images contained in their box, slide numbers, notes and backgrounds', () => {
    const slide5 = part(parts, 'ppt/slides/slide5.xml');
    // 64 × 32 px in a 6 × 4 in box: 6 × 3 in, centred vertically (y = 1.6 + 0.5 in).
    expect(slide5).toMatch(/<p:pic>[\s\S]*<a:off x="548640" y="1920240"\/>\s*<a:ext cx="5486400" cy="2743200"\/>/);
    expect(slide5).toContain('descr="Gradient &quot;sample&quot; &amp; &lt;image&gt;"');
    expect(Object.keys(unzipSync(bytes)).some((name) => /^ppt\/media\/.+\.png$/.test(name))).toBe(true);
    expect(slide5).toContain('type="slidenum"');
    // The number keeps the insets, anchoring and alignment it was measured with, each on its own side.
    expect(slide5).toMatch(/<p:ph type="sldNum"[\s\S]*<a:bodyPr lIns="9144" tIns="18288" rIns="27432" bIns="36576" anchor="ctr"[\/>][\s\S]*<a:pPr algn="r"[ />]/);
    expect(part(parts, 'ppt/slides/slide1.xml')).not.toContain('type="slidenum"');
    // Slides have no background of their own: the cover shows its layout's fill, in a scheme colour.
    expect(part(parts, 'ppt/slides/slide1.xml')).not.toContain('<p:bg>');
    expect(part(parts, 'ppt/slideLayouts/slideLayout1.xml')).toContain('<p:bg><p:bgPr><a:solidFill><a:schemeClr val="tx2"/>');
    const notes = part(parts, 'ppt/notesSlides/notesSlide4.xml');
    expect(notes).toContain('<a:p><a:r><a:rPr lang="en-GB" dirty="0"/><a:t>Both charts are native &amp; editable.</a:t></a:r></a:p>');
    expect(notes).toContain('<a:p><a:endParaRPr lang="en-GB" dirty="0"/></a:p>');
    expect(notes).toContain('<a:t>Values in &lt;bn €&gt;.</a:t>');
  });

  it('fixes dates in the document and in every chart workbook', () => {
    expect(part(parts, 'docProps/core.xml')).toMatch(/<dcterms:created xsi:type="dcterms:W3CDTF">2025-06-02T09:00:00Z<\/dcterms:created>/);
    expect(part(parts, 'docProps/core.xml')).toMatch(/<dcterms:modified xsi:type="dcterms:W3CDTF">2025-06-02T09:00:00Z<\/dcterms:modified>/);
    const zipped = xmlPartsOfEmbedded(bytes, 'ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx');
    expect(part(zipped, 'docProps/core.xml')).toContain('>2025-06-02T09:00:00Z</dcterms:created>');
  });

  it('fails clearly without an image loader', async () => {
    await expect(writePptx(fixtureDeck())).rejects.toThrow(`options.loadImage to place the image ${FIXTURE_IMAGE_PATH}`);
  });

  // How fast is printed, not asserted: a test's duration depends on the machine's load (issue #14).
  it('writes the same fixture again and again, and says how fast', async () => {
    await write(fixtureDeck()); // warm: pptxgenjs import and JIT
    const times: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const start = performance.now();
      await write(fixtureDeck());
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    console.log(`writePptx on the 5-slide fixture: median ${times[2]?.toFixed(1)} ms`);
  });
});

/** The `<a:p>` elements of the text box whose first run starts with `firstText`. */
function paragraphsOf(slide: string, firstText: string): string[] {
  const body = (slide.match(/<p:txBody>[\s\S]*?<\/p:txBody>/g) ?? []).find((txBody) => txBody.includes(`<a:t>${firstText}</a:t>`));
  return body?.match(/<a:p>[\s\S]*?<\/a:p>/g) ?? [];
}

function xmlPartsOfEmbedded(pptx: Uint8Array, name: string): Map<string, string> {
  const inner = unzipSync(pptx)[name];
  if (inner === undefined) throw new Error(`no ${name}`);
  return xmlParts(inner);
}

let buildDir: string | undefined;

/**
 * Builds the fixture in a fresh Node process with time zone `tz` and returns the sha256 of the
 * bytes. The sources are compiled with the project's tsc into a temporary folder that links to the
 * project's node_modules (so packages resolve), and the fixture travels as JSON with its image.
 */
function buildInChild(tz: string): string {
  if (buildDir === undefined) {
    buildDir = join(testFolder(), 'build');
    mkdirSync(buildDir);
    symlinkSync(resolve('node_modules'), join(buildDir, 'node_modules'), 'dir');
    execFileSync(process.execPath, [resolve('node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json', '--outDir', buildDir], {
      stdio: 'ignore',
    });
  }
  const input = join(buildDir, 'deck.json');
  writeFileSync(input, JSON.stringify({ deck: fixtureDeck(), png: Buffer.from(tinyPng(64, 32)).toString('base64') }));
  const script = `
    import { readFileSync } from 'node:fs';
    import { createHash } from 'node:crypto';
    const { writePptx } = await import(${JSON.stringify(join(buildDir, 'pptx/write-pptx.js'))});
    const { bundledDeckTemplate } = await import(${JSON.stringify(join(buildDir, 'template/deck-template.js'))});
    const { createMeasurer } = await import(${JSON.stringify(join(buildDir, 'fit/measurer.js'))});
    const { deck, png } = JSON.parse(readFileSync(${JSON.stringify(input)}, 'utf8'));
    // The template's parts are not JSON; the child generates them again, as a build would.
    deck.template = bundledDeckTemplate(deck.theme, createMeasurer(), deck.meta, 'test theme').model;
    const data = Buffer.from(png, 'base64');
    const bytes = await writePptx(deck, { loadImage: () => ({ data, width: 64, height: 32 }) });
    process.stdout.write(createHash('sha256').update(bytes).digest('hex'));
  `;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, TZ: tz } });
  if (run.status !== 0) throw new Error(`child build failed: ${run.stderr}`);
  return run.stdout.trim();
}


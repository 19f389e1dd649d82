import type { Box, LaidOutSlide, TableShape } from '../../src/deck/laid-out.js';
import type { PdfBox, PdfLine, PdfPage, PdfWord } from './pdf-words.js';

/** Points per inch: the laid-out deck is in inches, pdftotext reports points. */
const PT = 72;

/** Slack for rounding in LibreOffice's layout and pdftotext's boxes, points. */
export const EDGE_TOLERANCE_PT = 1.5;

/**
 * Share of the shorter line's height two lines may share vertically. pdftotext's line boxes span
 * the font's whole ascent and descent (≈ 1.3 em) while lines are set ≈ 1.12–1.2 em apart, so
 * neighbouring lines of one paragraph always share ≈ 15%; text drawn over other text shares far more.
 */
export const LINE_OVERLAP_SHARE = 0.35;

/** A problem found on a rendered page, described for the failure message. */
export interface RenderProblem {
  page: number;
  message: string;
}

const fmt = (b: PdfBox): string => `[${b.xMin.toFixed(1)}, ${b.yMin.toFixed(1)}]–[${b.xMax.toFixed(1)}, ${b.yMax.toFixed(1)}]`;

/** Words that lie, even partly, outside the page. */
export function wordsOutsidePage(page: PdfPage, index: number): RenderProblem[] {
  const t = EDGE_TOLERANCE_PT;
  return page.lines.flatMap((line) =>
    line.words
      .filter((w) => w.xMin < -t || w.yMin < -t || w.xMax > page.width + t || w.yMax > page.height + t)
      .map((w) => ({ page: index, message: `word "${w.text}" at ${fmt(w)} leaves the ${page.width.toFixed(0)} × ${page.height.toFixed(0)} pt page` })),
  );
}

function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.min(a1, b1) - Math.max(a0, b0);
}

/** Pairs of lines from different text blocks that are drawn over each other. */
export function overlappingLines(page: PdfPage, index: number): RenderProblem[] {
  const problems: RenderProblem[] = [];
  const lines = page.lines;
  for (let i = 0; i < lines.length; i++) {
    const a = lines[i] as PdfLine;
    for (let j = i + 1; j < lines.length; j++) {
      const b = lines[j] as PdfLine;
      if (a.block === b.block) continue;
      const dx = overlap(a.xMin, a.xMax, b.xMin, b.xMax);
      const dy = overlap(a.yMin, a.yMax, b.yMin, b.yMax);
      const shorter = Math.min(a.yMax - a.yMin, b.yMax - b.yMin);
      if (dx > EDGE_TOLERANCE_PT && dy > LINE_OVERLAP_SHARE * shorter) {
        const text = (l: PdfLine): string => l.words.map((w) => w.text).join(' ');
        problems.push({ page: index, message: `lines overlap: "${text(a)}" ${fmt(a)} and "${text(b)}" ${fmt(b)}` });
      }
    }
  }
  return problems;
}

/** Boxes text may be drawn in on a laid-out slide, in points: text boxes, table cells, charts, slide numbers. */
function textBoxesPt(slide: LaidOutSlide, masterText: readonly Box[]): Array<{ box: PdfBox; what: string }> {
  const toPt = (b: Box): PdfBox => ({ xMin: b.x * PT, yMin: b.y * PT, xMax: (b.x + b.w) * PT, yMax: (b.y + b.h) * PT });
  const out: Array<{ box: PdfBox; what: string }> = slide.hideMasterShapes ? [] : masterText.map((b) => ({ box: toPt(b), what: 'master text box' }));
  for (const shape of slide.shapes) {
    if (shape.kind === 'table') out.push(...tableCellsPt(shape));
    else if (shape.kind === 'text' || shape.kind === 'chart' || shape.kind === 'slide-number') out.push({ box: toPt(shape.box), what: `${shape.kind} box` });
  }
  return out;
}

/** Every cell of a table as measured: column widths by row heights, from the table's top-left corner. */
function tableCellsPt(table: TableShape): Array<{ box: PdfBox; what: string }> {
  const out: Array<{ box: PdfBox; what: string }> = [];
  let y = table.box.y;
  table.rowHeights.forEach((h, r) => {
    let x = table.box.x;
    table.colWidths.forEach((w, c) => {
      out.push({ box: { xMin: x * PT, yMin: y * PT, xMax: (x + w) * PT, yMax: (y + h) * PT }, what: `table cell ${r},${c}` });
      x += w;
    });
    y += h;
  });
  return out;
}

/**
 * Poppler's word boxes on LibreOffice's PDFs are a fixed 0.95 em above and 0.35 em below the
 * baseline: LibreOffice writes `/Ascent 0 /Descent 0` in every FontDescriptor and poppler then uses
 * its defaults, whatever the font. The glyphs are shorter. Read with fontkit from every font that
 * draws briefdeck's decks here (Liberation Sans, Serif and Mono, Carlito, Caladea, DejaVu Sans,
 * OpenSymbol, WenQuanYi Micro Hei; regular, bold, italic): no glyph of `gjpqyçÇ,;_()[]{}|/Qµ` goes
 * deeper than 0.24 em (WenQuanYi's g; Liberation Sans 0.21, Carlito 0.17, DejaVu Sans 0.24), none
 * of `ÅÉÊİÖŞbdfhkl…` higher than 0.931 em, and the bullet `•` lies between 0.07 and 0.55 em above
 * its baseline. A box measured with no insets (a house template's, issue #11) fills its height with
 * lines exactly, so poppler's extra 0.11 em of descent would report words outside a box they are in.
 */
const POPPLER_ASCENT = 0.95;
const POPPLER_DESCENT = 0.35;
/** Deepest descender of those fonts, em (rounded up). */
const DEEPEST_DESCENDER = 0.24;
/** Top of the highest bullet of those fonts above its baseline, em (rounded up). */
const BULLET_TOP = 0.55;

/** Bullet characters LibreOffice draws for list paragraphs. */
const BULLETS = new Set(['•', '◦', '▪', '‣']);

/**
 * Where a word's glyphs can be, from its pdftotext box: poppler's top (above every capital and
 * accent of those fonts), and the deepest descender below the baseline; a bullet's dot mid-line.
 */
export function glyphBox(word: PdfWord): PdfBox {
  const em = (word.yMax - word.yMin) / (POPPLER_ASCENT + POPPLER_DESCENT);
  const baseline = word.yMin + POPPLER_ASCENT * em;
  const box = { xMin: word.xMin, xMax: word.xMax };
  return BULLETS.has(word.text) ? { ...box, yMin: baseline - BULLET_TOP * em, yMax: baseline } : { ...box, yMin: word.yMin, yMax: baseline + DEEPEST_DESCENDER * em };
}

function contains(box: PdfBox, x: number, y: number): boolean {
  return x >= box.xMin && x <= box.xMax && y >= box.yMin && y <= box.yMax;
}

/**
 * Words whose glyphs ({@link glyphBox}) do not lie inside the box the laid-out deck put text in:
 * each word belongs to the box that holds its centre (a table cell counts as a box of its own, so a row that LibreOffice had to
 * grow pushes the rows under it across cell borders), and must lie wholly inside it.
 */
export function wordsOutsideShapes(page: PdfPage, slide: LaidOutSlide, index: number, masterText: readonly Box[] = []): RenderProblem[] {
  const boxes = textBoxesPt(slide, masterText);
  const t = EDGE_TOLERANCE_PT;
  const problems: RenderProblem[] = [];
  const check = (word: PdfWord): void => {
    const w = { ...glyphBox(word), text: word.text };
    const cx = (w.xMin + w.xMax) / 2;
    const cy = (w.yMin + w.yMax) / 2;
    const home = boxes.filter((b) => contains(b.box, cx, cy));
    if (home.length === 0) {
      problems.push({ page: index, message: `word "${w.text}" at ${fmt(w)} lies in no text box, table cell or chart of slide ${slide.id}` });
      return;
    }
    const inside = home.some(({ box }) => w.xMin >= box.xMin - t && w.yMin >= box.yMin - t && w.xMax <= box.xMax + t && w.yMax <= box.yMax + t);
    if (!inside) problems.push({ page: index, message: `word "${w.text}" at ${fmt(w)} crosses the edge of ${home.map((h) => `${h.what} ${fmt(h.box)}`).join(' / ')} on slide ${slide.id}` });
  };
  for (const line of page.lines) line.words.forEach(check);
  return problems;
}

/** Counts of each character (NFKC, so a ligature counts as its letters), white space left out. */
function characterCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ch of text.normalize('NFKC').replace(/\s+/g, '')) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return counts;
}

/**
 * Text of the laid-out slide that LibreOffice did not draw (clipped, pushed off or hidden): every
 * character of the slide's text boxes and table cells must appear on the page at least as often.
 * Charts draw text of their own (axis and data labels), so the page may hold more, never less.
 */
export function hiddenText(page: PdfPage, slide: LaidOutSlide, index: number): RenderProblem[] {
  const runsText = (runs: Array<{ text: string }>): string => runs.map((r) => r.text).join('');
  const deckText = slide.shapes
    .flatMap((s) => (s.kind === 'text' ? s.paragraphs.map((p) => runsText(p.runs)) : s.kind === 'table' ? [...s.header, ...s.rows.flat()].map((c) => runsText(c.runs)) : []))
    .join('');
  const drawn = characterCounts(page.lines.flatMap((l) => l.words.map((w) => w.text)).join(''));
  const missing = [...characterCounts(deckText)].filter(([ch, n]) => (drawn.get(ch) ?? 0) < n).map(([ch, n]) => `"${ch}" ${drawn.get(ch) ?? 0}/${n}`);
  return missing.length === 0 ? [] : [{ page: index, message: `slide ${slide.id}: text not drawn: ${missing.slice(0, 10).join(', ')}` }];
}

/**
 * The text LibreOffice drew inside each cell of `table`, by row (header first) and column, without
 * whitespace: the words whose centre lies in the cell, in reading order. Comparing it with the
 * cell's own text proves the row was drawn, in full, where the fit stage measured it.
 */
export function renderedCellTexts(page: PdfPage, table: TableShape): string[][] {
  const words = page.lines.flatMap((l) => l.words);
  const cells = tableCellsPt(table);
  const cols = table.colWidths.length;
  return table.rowHeights.map((_, r) =>
    table.colWidths.map((__, c) => {
      const box = (cells[r * cols + c] as { box: PdfBox }).box;
      const inside = words.filter((w) => contains(box, (w.xMin + w.xMax) / 2, (w.yMin + w.yMax) / 2));
      // Reading order: by line (tops within a third of a line count as one line), then left to right.
      inside.sort((a, b) => (Math.abs(a.yMin - b.yMin) < (a.yMax - a.yMin) / 3 ? a.xMin - b.xMin : a.yMin - b.yMin));
      return inside.map((w) => w.text).join('').replace(/\s+/g, '');
    }),
  );
}

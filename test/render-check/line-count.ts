import type { PdfPage } from './pdf-words.js';

/**
 * Visual lines on a page that holds one paragraph: pdftotext's lines grouped by vertical position,
 * since a bullet glyph or a bold run can come out as a line of its own beside the text it belongs to.
 * Two lines are the same visual line when their tops are less than half a line height apart.
 */
export function renderedLineCount(page: PdfPage): number {
  const tops = page.lines
    .filter((l) => l.words.some((w) => w.text.trim() !== ''))
    .map((l) => ({ top: l.yMin, height: l.yMax - l.yMin }))
    .sort((a, b) => a.top - b.top);
  let count = 0;
  let last = Number.NEGATIVE_INFINITY;
  for (const { top, height } of tops) {
    if (top - last >= height / 2) {
      count++;
      last = top;
    }
  }
  return count;
}

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

/** An axis-aligned box in PDF points, origin at the page's top-left (as pdftotext reports it). */
export interface PdfBox {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** A word as rendered, with its box. */
export interface PdfWord extends PdfBox {
  text: string;
}

/** A line of words as pdftotext groups them; `block` numbers the text block on its page. */
export interface PdfLine extends PdfBox {
  block: number;
  words: PdfWord[];
}

/** One rendered page: its size and text lines in reading order. */
export interface PdfPage {
  width: number;
  height: number;
  lines: PdfLine[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescape(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? '';
    return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
  });
}

function boxOf(attrs: string): PdfBox {
  const num = (name: string): number => Number(new RegExp(`${name}="([-0-9.]+)"`).exec(attrs)?.[1] ?? NaN);
  return { xMin: num('xMin'), yMin: num('yMin'), xMax: num('xMax'), yMax: num('yMax') };
}

/**
 * Parses the XHTML of `pdftotext -bbox-layout` into pages of lines of words. The format is flat and
 * machine-written (page > flow > block > line > word, one element per line of output), so a
 * line-by-line scan is enough and keeps the test free of an XML dependency.
 */
export function parseBboxLayout(xhtml: string): PdfPage[] {
  const pages: PdfPage[] = [];
  let page: PdfPage | undefined;
  let line: PdfLine | undefined;
  let block = -1;
  for (const raw of xhtml.split('\n')) {
    const text = raw.trim();
    if (text.startsWith('<page ')) {
      const width = Number(/width="([0-9.]+)"/.exec(text)?.[1]);
      const height = Number(/height="([0-9.]+)"/.exec(text)?.[1]);
      page = { width, height, lines: [] };
      pages.push(page);
      block = -1;
    } else if (text.startsWith('<block ')) {
      block++;
    } else if (text.startsWith('<line ') && page) {
      line = { ...boxOf(text), block, words: [] };
      page.lines.push(line);
    } else if (text.startsWith('<word ') && line) {
      const content = /^<word [^>]*>(.*)<\/word>$/.exec(text)?.[1] ?? '';
      line.words.push({ ...boxOf(text), text: unescape(content) });
    }
  }
  return pages;
}

/** Reads the word boxes of every page of `pdf` with poppler's pdftotext. */
export async function readPdfWords(pdf: string): Promise<PdfPage[]> {
  const { stdout } = await promisify(execFile)('pdftotext', ['-bbox-layout', pdf, '-'], { maxBuffer: 256 * 1024 * 1024 });
  return parseBboxLayout(stdout);
}

/** All words of a page joined without any whitespace: wrapping and hyphen breaks cannot hide text. */
export function pageTextCompact(page: PdfPage): string {
  return page.lines.map((l) => l.words.map((w) => w.text).join('')).join('').replace(/\s+/g, '');
}

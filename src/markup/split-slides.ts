import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { LINE_BREAKS } from '../render/escape-markdown.js';
import { stripLabelMarkers } from './label-markers.js';

/** One front-matter entry with the markup line it was written on. */
export interface FrontMatterEntry {
  value: string;
  line: number;
}

/** A slide as cut out of the markup text, before its body is parsed. */
export interface RawSlide {
  /** 1-based markup line of the opening `---`. */
  line: number;
  frontMatter: Map<string, FrontMatterEntry>;
  /** Body text (everything after the closing `---` up to the next slide). */
  body: string;
  /** 1-based markup line where the body starts. */
  bodyLine: number;
  /** Template the slide was rendered from (from origin markers), or the markup file. */
  origin: string;
}

/**
 * Marks where a template's output begins in the rendered markup: `ORIGIN_START + path + ORIGIN_END`.
 * The render stage writes these around each partial; data cannot contain them because control
 * characters are removed from data during normalisation.
 */
export const ORIGIN_START = '\u001e';
/** Ends an origin marker. */
export const ORIGIN_END = '\u001f';
const MARKER = /\u001e([^\u001e\u001f\n]*)\u001f/g;

/** Removes origin markers, returning the clean lines and the template in effect at each line. */
export function stripOrigins(markup: string, file: string): { lines: string[]; origins: string[] } {
  let current = file;
  const lines: string[] = [];
  const origins: string[] = [];
  for (const raw of markup.split('\n')) {
    let clean = '';
    let lineOrigin: string | undefined;
    let position = 0;
    for (const match of raw.matchAll(MARKER)) {
      clean += raw.slice(position, match.index);
      // Visible text written before the marker belongs to the template that was in effect then.
      if (lineOrigin === undefined && clean.trim() !== '') lineOrigin = current;
      current = match[1] ?? current;
      position = (match.index ?? 0) + match[0].length;
    }
    clean += raw.slice(position);
    lines.push(clean);
    origins.push(lineOrigin ?? current);
  }
  return { lines, origins };
}

const FENCE = /^---\s*$/;
// `[^\n]*`, not `.*`: `.` stops at U+2028/U+2029, which a value may hold (issue #14).
const ENTRY = /^([A-Za-z][\w-]*)\s*:\s?([^\n]*)$/;

/**
 * Cuts slide markup into slides. Every slide starts with a `---` line, `key: value` front matter
 * and a closing `---`; its body runs to the next slide's `---`. Values are single-line text taken
 * literally (no YAML), so a title with a colon needs no quoting. Text before the first slide may
 * only be blank.
 */
export function splitSlides(markup: string, file: string): { slides: RawSlide[]; diagnostics: Diagnostic[] } {
  const { lines, origins } = stripOrigins(markup, file);
  const slides: RawSlide[] = [];
  const diagnostics: Diagnostic[] = [];
  let index = 0;
  while (index < lines.length && (lines[index] ?? '').trim() === '') index++;
  if (index < lines.length && !FENCE.test(lines[index] ?? '')) {
    diagnostics.push({
      severity: 'error',
      rule: 'markup-no-slide',
      message: 'slide markup must start with a `---` front-matter block',
      file: origins[index] ?? file,
      line: index + 1,
      column: 1,
      expected: '`---`',
      found: JSON.stringify((lines[index] ?? '').slice(0, 40)),
    });
    return { slides, diagnostics };
  }
  while (index < lines.length) {
    const start = index;
    index++;
    const frontMatter = new Map<string, FrontMatterEntry>();
    let closed = false;
    while (index < lines.length) {
      const line = lines[index] ?? '';
      if (FENCE.test(line)) {
        closed = true;
        index++;
        break;
      }
      const match = ENTRY.exec(line);
      if (match) {
        // A value is one line: any other line break in it (VT, FF, NEL, U+2028, U+2029) reads as a
        // space, and label markers go: front matter is plain strings (label-markers.ts).
        frontMatter.set(match[1]!, { value: stripLabelMarkers(match[2] ?? '').replace(LINE_BREAKS, ' ').trim(), line: index + 1 });
      } else if (line.trim() !== '') {
        diagnostics.push({
          severity: 'error',
          rule: 'markup-front-matter',
          message: 'front-matter lines must read `key: value`',
          file: origins[index] ?? file,
          line: index + 1,
          column: 1,
          found: JSON.stringify(line.slice(0, 60)),
        });
      }
      index++;
    }
    if (!closed) {
      diagnostics.push({
        severity: 'error',
        rule: 'markup-front-matter',
        message: 'front matter is not closed by a `---` line',
        file: origins[start] ?? file,
        line: start + 1,
        column: 1,
      });
      break;
    }
    const bodyLine = index + 1;
    const body: string[] = [];
    while (index < lines.length && !FENCE.test(lines[index] ?? '')) {
      body.push(lines[index] ?? '');
      index++;
    }
    slides.push({ line: start + 1, frontMatter, body: body.join('\n'), bodyLine, origin: origins[start] ?? file });
  }
  return { slides, diagnostics };
}

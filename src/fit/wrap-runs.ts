import type { Run } from '../deck/types.js';
import type { WrappedLine } from './text-measurer.js';

/**
 * Width in points of one code point in the given run, including its pair kerning with `next`, the
 * code point that follows it in the same run (-1 at the end of the run or before a newline): the
 * kerning of a pair belongs to its first glyph, as shaping puts it into that glyph's advance.
 * `at` is the code point's UTF-16 index in `run.text`, for widths that depend on more context
 * (Arabic joining forms).
 */
export type CharWidth = (codePoint: number, run: Run, next: number, at: number) => number;

const SPACE = 0x20;
const TAB = 0x09;
const NEWLINE = 0x0a;
const HYPHEN = 0x2d;
const EN_DASH = 0x2013;
const EM_DASH = 0x2014;

function isSpace(cp: number): boolean {
  // U+00A0 (no-break space) is deliberately absent: it must not offer a break.
  return cp === SPACE || cp === TAB || (cp >= 0x2000 && cp <= 0x200a && cp !== 0x2007) || cp === 0x205f || cp === 0x3000;
}

/** Lowest code point of the ideographic line-breaking class; below it, only Latin-style rules apply. */
const CJK_FIRST = 0x2e80;

/**
 * Whether `cp` is in UAX #14's ideographic class (ID): CJK ideographs, kana, CJK symbols and
 * full-width forms, and the supplementary ideographs. Hangul is not: Korean is written with spaces
 * and LibreOffice breaks it only there (a render of 60 Korean paragraphs: breaking between
 * syllables under-counted lines on 24 of them).
 */
function isIdeographic(cp: number): boolean {
  return (
    (cp >= 0x2e80 && cp <= 0x2fff) ||
    (cp >= 0x3000 && cp <= 0x312f) ||
    (cp >= 0x3190 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xffef) ||
    (cp >= 0x20000 && cp <= 0x3ffff)
  );
}

/**
 * No line may start with these (UAX #14 classes CL, CP, EX, IS, NS and closing quotes, with the
 * small kana and prolonged sound mark as Japanese "kinsoku" rules forbid, as LibreOffice applies
 * them by default): closing brackets, stops, commas, colons, marks of iteration.
 */
const NO_BREAK_BEFORE = new Set(
  [...'!),.:;?]}%’”›»', ...'、。，．：；？！）〕］｝〉》」』】〙〗〟｠｡｣､・ー々〻ゝゞヽヾ゛゜ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ・'].map((c) => c.codePointAt(0) as number),
);

/** No line may end with these (UAX #14 classes OP and opening quotes): opening brackets and quotes. */
const NO_BREAK_AFTER = new Set([...'([{‘“‹«（〔［｛〈《「『【〘〖〝｟｢'].map((c) => c.codePointAt(0) as number));

/** Whether a line may break between `before` and `after` where one of them is ideographic (the basics of UAX #14: LB13, LB14 and the ideographic class). */
function breaksBetween(before: number, after: number): boolean {
  if (!isIdeographic(before) && !isIdeographic(after)) return false;
  return !NO_BREAK_BEFORE.has(after) && !NO_BREAK_AFTER.has(before) && !isSpace(before);
}

function isDash(cp: number | undefined): boolean {
  return cp === HYPHEN || cp === EN_DASH || cp === EM_DASH;
}

/**
 * Greedy line breaking as PowerPoint and LibreOffice do it for a word-wrapped box: lines break
 * between two CJK characters (and between CJK and other text) unless punctuation forbids it, after spaces (which hang past the margin and do not count towards the width) and after any hyphen
 * or dash that follows a non-space, also before a digit ("2025-|06-02", "no_-|123" in a URL), as a
 * LibreOffice render shows. A word longer than the whole line breaks after its last hyphen that
 * fits, else between characters; a run's `breakAfter` or a newline in the text forces a break.
 *
 * A linked run is one unbreakable unit: LibreOffice imports a hyperlink run as a URL field, which
 * line breaking sees as a single character, so a link never breaks at its spaces or hyphens; one
 * that does not fit on the rest of a line moves to the next, and one wider than a whole line is cut
 * between characters. PowerPoint breaks links like any text, so this only ever costs lines there.
 */
export function wrapRuns(runs: readonly Run[], maxWidthPt: number, charWidth: CharWidth): WrappedLine[] {
  // Flatten to code points so that breaks can fall anywhere, remembering each one's run.
  const cps: number[] = [];
  const runOf: number[] = [];
  const widths: number[] = [];
  const linked: boolean[] = []; // whether the code point belongs to a linked run
  const forced = new Map<number, number>(); // index after which a line must end → how many breaks
  const force = (at: number): void => {
    forced.set(at, (forced.get(at) ?? 0) + 1);
  };
  runs.forEach((run, r) => {
    const linkStart = cps.length;
    // A code point's width waits for the next one of the run, which its kerning depends on.
    let pending = -1;
    let pendingAt = 0;
    const settle = (next: number): void => {
      if (pending >= 0) widths[pending] = charWidth(cps[pending] ?? SPACE, run, next, pendingAt);
      pending = -1;
    };
    // By index rather than `for…of`, which makes a string of every character (the fit stage's
    // largest source of garbage).
    const text = run.text;
    for (let i = 0; i < text.length; i += 1) {
      const cp = text.codePointAt(i) ?? SPACE;
      if (cp > 0xffff) i += 1;
      if (cp === NEWLINE) {
        settle(-1);
        force(cps.length - 1);
        continue;
      }
      settle(cp);
      pending = cps.length;
      pendingAt = cp > 0xffff ? i - 1 : i;
      cps.push(cp);
      runOf.push(r);
      linked.push(run.link !== undefined);
      widths.push(0);
    }
    settle(-1);
    // A link wider than a whole line is cut into lines of its own, and LibreOffice ends the line
    // with its last piece: what follows starts a new line (with its leading space, which then shows).
    if (run.link !== undefined && cps.length > linkStart && !forced.has(cps.length - 1)) {
      let w = 0;
      for (let k = linkStart; k < cps.length; k++) w += widths[k] ?? 0;
      if (w > maxWidthPt) force(cps.length - 1);
    }
    if (run.breakAfter && !forced.has(cps.length - 1)) force(cps.length - 1);
  });

  // No break between code points `i - 1` and `i` when both belong to the same link.
  const withinLink = (i: number): boolean => i > 0 && linked[i] === true && runOf[i - 1] === runOf[i];
  const lines: WrappedLine[] = [];
  const emit = (start: number, end: number): void => {
    let visibleEnd = end;
    while (visibleEnd > start && isSpace(cps[visibleEnd - 1] ?? 0)) visibleEnd--;
    let w = 0;
    for (let k = start; k < visibleEnd; k++) w += widths[k] ?? 0;
    lines.push({ runs: sliceRuns(runs, cps, runOf, start, end), widthPt: w });
  };

  let lineStart = 0;
  let x = 0; // width of [lineStart, i) including inner spaces
  let breakAt = -1; // index the next line would start at if we broke at the last opportunity
  // A forced break before the first character (a leading breakAfter on an empty run) still makes a line.
  for (let n = forced.get(-1) ?? 0; n > 0; n--) lines.push({ runs: [], widthPt: 0 });
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i] ?? SPACE;
    const w = widths[i] ?? 0;
    if (isSpace(cp) && !(withinLink(i) && withinLink(i + 1))) {
      // Spaces never overflow: they hang at the end of the line.
      x += w;
      breakAt = i + 1;
    } else {
      // CJK text breaks between characters, with no space (UAX #14's ideographic class).
      if (i > lineStart && (cp >= CJK_FIRST || (cps[i - 1] ?? 0) >= CJK_FIRST) && !withinLink(i) && breaksBetween(cps[i - 1] ?? SPACE, cp)) breakAt = i;
      if (x + w > maxWidthPt && i > lineStart) {
        if (breakAt > lineStart) {
          emit(lineStart, breakAt);
          lineStart = breakAt;
          x = 0;
          for (let k = lineStart; k < i; k++) x += widths[k] ?? 0;
        }
        breakAt = -1;
        // The rest of the word alone may still be wider than the line: break between characters.
        while (x + w > maxWidthPt && i > lineStart) {
          let end = lineStart;
          let used = 0;
          while (end < i && used + (widths[end] ?? 0) <= maxWidthPt) used += widths[end++] ?? 0;
          // Prefer the last hyphen that fits, as LibreOffice does for an over-long URL. (Also trying
          // slashes matched LibreOffice less often over 1,100 rendered paragraphs, so they are not.)
          let hyphen = end;
          while (hyphen > lineStart + 1 && (!isDash(cps[hyphen - 1]) || withinLink(hyphen))) hyphen--;
          if (hyphen > lineStart + 1) end = hyphen;
          if (end === lineStart) end++; // one glyph wider than the line still takes a line
          emit(lineStart, end);
          lineStart = end;
          x = 0;
          for (let k = lineStart; k < i; k++) x += widths[k] ?? 0;
        }
      }
      x += w;
      if (isDash(cp) && i > lineStart && !isSpace(cps[i - 1] ?? SPACE) && !withinLink(i + 1)) {
        breakAt = i + 1;
      }
    }
    const breaks = forced.get(i) ?? 0;
    if (breaks > 0) {
      emit(lineStart, i + 1);
      // Two breaks in a row leave an empty line between them.
      for (let n = breaks; n > 1; n--) lines.push({ runs: [], widthPt: 0 });
      lineStart = i + 1;
      x = 0;
      breakAt = -1;
    }
  }
  // The last line; a paragraph ending in a forced break shows one more, empty line.
  if (lineStart < cps.length || lines.length === 0 || forced.has(cps.length - 1)) emit(lineStart, cps.length);
  return lines;
}

/** The runs covering code points [start, end), keeping each run's formatting and link. */
function sliceRuns(runs: readonly Run[], cps: readonly number[], runOf: readonly number[], start: number, end: number): Run[] {
  const out: Run[] = [];
  let k = start;
  while (k < end) {
    const r = runOf[k] ?? 0;
    let text = '';
    while (k < end && runOf[k] === r) text += String.fromCodePoint(cps[k] ?? SPACE), k++;
    const { breakAfter: _drop, ...format } = runs[r] ?? { text: '' };
    out.push({ ...format, text });
  }
  return out;
}

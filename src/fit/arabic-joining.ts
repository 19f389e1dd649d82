import { ARABIC_END, ARABIC_FIRST, JOIN_CAUSING, JOIN_DUAL, JOIN_RIGHT, NO_GLYPH, type JoiningTable } from './font-metrics.js';

/**
 * Non-spacing marks of the Arabic blocks (Unicode general category Mn), which are transparent to
 * joining: a letter joins across its vowel signs. Also the generic combining diacritics.
 */
function isTransparent(c: number): boolean {
  return (
    (c >= 0x0610 && c <= 0x061a) ||
    (c >= 0x064b && c <= 0x065f) ||
    c === 0x0670 ||
    (c >= 0x06d6 && c <= 0x06dc) ||
    (c >= 0x06df && c <= 0x06e4) ||
    (c >= 0x06e7 && c <= 0x06e8) ||
    (c >= 0x06ea && c <= 0x06ed) ||
    (c >= 0x0898 && c <= 0x089f) ||
    (c >= 0x08ca && c <= 0x08e1) ||
    (c >= 0x08e3 && c <= 0x08ff) ||
    (c >= 0x0300 && c <= 0x036f)
  );
}

const LAM = 0x0644;
const ZWJ = 0x200d;

/** Joining class of `c` (`JOIN_*`); ZWJ causes joining as tatweel does, anything else outside the table joins nothing. */
function typeOf(table: JoiningTable, c: number): number {
  if (c === ZWJ) return JOIN_CAUSING;
  return c >= ARABIC_FIRST && c < ARABIC_END ? (table.types[c - ARABIC_FIRST] as number) : 0;
}

/** The neighbour of `text[i]` in direction `step` (±1), skipping transparent marks; -1 at the end of the text. */
function neighbour(text: string, i: number, step: 1 | -1): number {
  for (let k = i + step; k >= 0 && k < text.length; k += step) {
    const c = text.charCodeAt(k);
    if (!isTransparent(c)) return c;
  }
  return -1;
}

/**
 * Advance in font units of the Arabic letter at `text[i]` in the contextual form shaping gives it
 * (Unicode chapter 9.2 and ArabicShaping.txt): it joins the letter before it when that one joins
 * to the left and it can join to the right, and likewise after; transparent marks in between are
 * skipped. A lam followed by an alef takes the width of their ligature and the alef none, as the
 * mandatory `rlig` feature of OpenType Arabic fonts draws them. Undefined when the letter is not
 * in the table (the caller measures it as any other character). The text is one run: joining
 * across runs is not modelled, which can only measure isolated forms, the widest (see the tests).
 */
export function joinedAdvance(table: JoiningTable, text: string, i: number): number | undefined {
  const c = text.charCodeAt(i);
  const index = c - ARABIC_FIRST;
  if (index < 0 || c >= ARABIC_END || table.forms[4 * index] === NO_GLYPH) return undefined;
  const prev = neighbour(text, i, -1);
  if (prev === LAM && table.lamAlef.has(c)) return 0;
  const type = table.types[index] as number;
  const prevType = prev < 0 ? 0 : typeOf(table, prev);
  const right = (prevType === JOIN_DUAL || prevType === JOIN_CAUSING) && type !== 0;
  const next = neighbour(text, i, 1);
  const ligature = c === LAM ? table.lamAlef.get(next) : undefined;
  if (ligature !== undefined) return ligature[right ? 1 : 0];
  const nextType = next < 0 ? 0 : typeOf(table, next);
  const left = (type === JOIN_DUAL || type === JOIN_CAUSING) && (nextType === JOIN_DUAL || nextType === JOIN_RIGHT || nextType === JOIN_CAUSING);
  const form = right ? (left ? 3 : 1) : left ? 2 : 0;
  return table.forms[4 * index + form] as number;
}

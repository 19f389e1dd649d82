import type { Block, Deck, Run } from '../deck/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Theme } from '../theme/types.js';
import type { FontSpec, TextMeasurer } from './text-measurer.js';

function blockRuns(block: Block, out: Run[]): void {
  switch (block.kind) {
    case 'paragraph':
    case 'heading':
      out.push(...block.runs);
      break;
    case 'list':
      for (const item of block.items) {
        out.push(...item.runs);
        if (item.children) blockRuns(item.children, out);
      }
      break;
    case 'table':
      for (const row of [block.header, ...block.rows]) for (const cell of row) out.push(...cell.runs);
      break;
    case 'quote':
      for (const b of block.blocks) blockRuns(b, out);
      break;
    case 'chart':
      out.push({ text: block.title }, ...block.categories.map((text) => ({ text })), ...block.series.map((s) => ({ text: s.name })));
      break;
    case 'image':
      break;
  }
}

/** Every run of visible slide text (titles included), with the faces they are drawn in. */
function visibleRuns(deck: Deck): Run[] {
  const out: Run[] = [];
  for (const slide of deck.slides) {
    const l = slide.layout;
    out.push({ text: l.title, bold: true });
    const blocks: Block[] = [];
    switch (l.kind) {
      case 'title':
        out.push(...l.subtitle);
        blocks.push(...l.body);
        break;
      case 'two-column':
        blocks.push(...l.intro);
        for (const c of l.columns) {
          out.push(...(c.heading ?? []));
          blocks.push(...c.blocks);
        }
        break;
      case 'table':
        blocks.push(...l.intro, l.table, ...l.caption);
        break;
      case 'key-figures':
        for (const f of l.figures) out.push({ text: f.value, bold: true }, ...f.label);
        blocks.push(...l.body);
        break;
      case 'timeline':
        for (const e of l.entries) out.push({ text: e.when, bold: true }, ...e.text);
        blocks.push(...l.body);
        break;
      case 'chart':
        blocks.push(l.chart, ...l.body);
        break;
      case 'quote':
        blocks.push(...l.quote);
        out.push(...l.attribution);
        break;
      case 'image':
      case 'section':
      case 'bullets':
      case 'sources':
        blocks.push(...l.body);
        break;
    }
    for (const b of blocks) blockRuns(b, out);
  }
  out.push({ text: deck.meta.marking, bold: true }, { text: deck.meta.footer }, { text: deck.meta.dateLabel });
  return out;
}

/** Text of printable ASCII, tabs and newlines only. */
const PRINTABLE_ASCII = /^[\x20-\x7e\t\n]*$/;

/**
 * Warnings about text the shipped metrics cannot measure exactly: a theme font without metrics
 * (`unknown-font`, measured as Arial) and characters the font has no glyph for (`missing-glyph`,
 * measured 0.6 em wide; the renderer will substitute another font), once per character.
 */
export function checkFonts(deck: Deck, theme: Theme, measurer: TextMeasurer): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const faces = [...new Set([theme.fonts.heading, theme.fonts.body, theme.fonts.mono])];
  for (const face of faces) {
    if (!measurer.knowsFace(face)) {
      diagnostics.push({
        severity: 'warning',
        rule: 'unknown-font',
        message: `no metrics ship for font "${face}"; text is measured with Arial's metrics and may not fit exactly`,
        expected: 'Arial, Helvetica, Liberation Sans or Courier New',
        found: face,
      });
    }
  }
  const seen = new Set<string>();
  for (const run of visibleRuns(deck)) {
    // Every shipped face has a glyph for each printable ASCII character: only other text needs a look.
    if (PRINTABLE_ASCII.test(run.text)) continue;
    const font: FontSpec = { face: run.code ? theme.fonts.mono : theme.fonts.body, sizePt: 12, bold: run.bold, italic: run.italic };
    for (const ch of run.text) {
      if (seen.has(ch) || ch === '\n' || ch === '\t') continue;
      if (!measurer.hasGlyph(ch, font)) {
        seen.add(ch);
        const cp = `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
        diagnostics.push({
          severity: 'warning',
          rule: 'missing-glyph',
          message: `"${ch}" (${cp}) is not in the measured font; it is measured as 0.6 em wide and the renderer will substitute another font`,
          found: cp,
        });
      }
    }
  }
  return diagnostics;
}

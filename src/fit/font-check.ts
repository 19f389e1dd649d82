import type { Block, Deck, Run, Slide } from '../deck/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Theme } from '../theme/types.js';
import type { FontSpec, TextMeasurer } from './text-measurer.js';

/** One field of slide text as the data gave it: its runs and the slide it is on. */
interface Field {
  runs: Run[];
  slide: Slide | undefined;
}

/** The fields of a block: each paragraph, heading, list item, table cell, chart label on its own. */
function blockFields(block: Block, slide: Slide, out: Field[]): void {
  switch (block.kind) {
    case 'paragraph':
    case 'heading':
      out.push({ runs: block.runs, slide });
      break;
    case 'list':
      for (const item of block.items) {
        out.push({ runs: item.runs, slide });
        if (item.children) blockFields(item.children, slide, out);
      }
      break;
    case 'table':
      for (const row of [block.header, ...block.rows]) for (const cell of row) out.push({ runs: cell.runs, slide });
      break;
    case 'quote':
      for (const b of block.blocks) blockFields(b, slide, out);
      break;
    case 'chart':
      for (const text of [block.title, ...block.categories, ...block.series.map((s) => s.name)]) out.push({ runs: [{ text }], slide });
      break;
    case 'image':
      break;
  }
}

/** Every field of visible slide text (titles included), in deck order. */
function visibleFields(deck: Deck): Field[] {
  const out: Field[] = [];
  for (const slide of deck.slides) {
    const l = slide.layout;
    const field = (runs: Run[]): void => void out.push({ runs, slide });
    field([{ text: l.title, bold: true }]);
    const blocks: Block[] = [];
    switch (l.kind) {
      case 'title':
        field(l.subtitle);
        blocks.push(...l.body);
        break;
      case 'two-column':
        blocks.push(...l.intro);
        for (const c of l.columns) {
          if (c.heading) field(c.heading);
          blocks.push(...c.blocks);
        }
        break;
      case 'table':
        blocks.push(...l.intro, l.table, ...l.caption);
        break;
      case 'key-figures':
        for (const f of l.figures) field([{ text: f.value, bold: true }]), field(f.label);
        blocks.push(...l.body);
        break;
      case 'timeline':
        for (const e of l.entries) field([{ text: e.when, bold: true }]), field(e.text);
        blocks.push(...l.body);
        break;
      case 'chart':
        blocks.push(l.chart, ...l.body);
        break;
      case 'quote':
        blocks.push(...l.quote);
        field(l.attribution);
        break;
      case 'image':
      case 'section':
      case 'bullets':
      case 'sources':
        blocks.push(...l.body);
        break;
    }
    for (const b of blocks) blockFields(b, slide, out);
  }
  for (const text of [deck.meta.marking, deck.meta.footer, deck.meta.dateLabel]) out.push({ runs: [{ text, bold: text === deck.meta.marking }], slide: undefined });
  return out;
}

/** Text of printable ASCII, tabs and newlines only. */
const PRINTABLE_ASCII = /^[\x20-\x7e\t\n]*$/;

/** `U+0E01` for a character. */
export function codePointLabel(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** At most `max` characters of `text`, an ellipsis marking the cut. */
function excerpt(text: string, max = 40): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

/** Prefix of a `missing-glyph` diagnostic's `found`: the field's text up to the list of characters. */
export const FIELD_TEXT_LABEL = 'in the text ';

/**
 * Warnings about text the shipped metrics cannot measure exactly: a theme font with neither
 * metrics nor a font file (`unknown-font`, once per font, measured as the widest shipped family
 * plus 10% so it never comes out wider than planned), and characters that neither the font nor a
 * script fallback has (`missing-glyph`, measured 0.6 em wide; the renderer will substitute some
 * other font): ONE warning per field (a title, paragraph, list item, table cell, label) listing
 * its characters. Each is located at the slide's markup (template file and line); `found` carries
 * the field's text so that `locateTextWarnings` (src/data/locate-text.ts) can point at the data
 * field, line and column it came from.
 */
export function checkFonts(deck: Deck, theme: Theme, measurer: TextMeasurer): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const roles = [['heading', theme.fonts.heading], ['body', theme.fonts.body], ['mono', theme.fonts.mono]] as const;
  const reported = new Set<string>();
  for (const [role, face] of roles) {
    if (measurer.knowsFace(face) || reported.has(face)) continue;
    reported.add(face);
    diagnostics.push({
      severity: 'warning',
      rule: 'unknown-font',
      message: `no metrics ship and no font file is given for font "${face}"; its text is measured as the widest shipped family plus 10%, so it may fit loosely (list its font files in theme.json's \`fonts.files\` to measure it exactly)`,
      dataPath: `fonts.${role}`,
      expected: 'Arial, Helvetica, Calibri, Cambria, Times New Roman, Courier New, their Liberation/Carlito/Caladea equivalents, or a font file',
      found: face,
    });
  }
  for (const { runs, slide } of visibleFields(deck)) {
    // Every shipped face has a glyph for each printable ASCII character: only other text needs a look.
    if (runs.every((run) => PRINTABLE_ASCII.test(run.text))) continue;
    const missing: string[] = [];
    for (const run of runs) {
      if (PRINTABLE_ASCII.test(run.text)) continue;
      const font: FontSpec = { face: run.code ? theme.fonts.mono : theme.fonts.body, sizePt: 12, bold: run.bold, italic: run.italic };
      for (const ch of run.text) {
        if (ch === '\n' || ch === '\t' || missing.includes(ch)) continue;
        if (!measurer.hasGlyph(ch, font)) missing.push(ch);
      }
    }
    if (missing.length === 0) continue;
    const text = runs.map((r) => r.text).join('');
    const list = missing.map((ch) => `"${ch}" (${codePointLabel(ch)})`).join(', ');
    diagnostics.push({
      severity: 'warning',
      rule: 'missing-glyph',
      message: `${missing.length === 1 ? 'a character is' : `${missing.length} characters are`} in no measured font: ${list}; measured as 0.6 em wide each, the renderer will substitute another font`,
      ...(slide ? { file: slide.origin.template, line: slide.origin.markupLine } : {}),
      found: `${FIELD_TEXT_LABEL}"${excerpt(text)}": ${missing.join(' ')}`,
    });
  }
  return diagnostics;
}

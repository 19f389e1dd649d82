import type { Token } from 'marked';
import { Lexer } from 'marked';
import type { Block, Deck, DeckMeta, LayoutKind, Run, Slide } from '../deck/types.js';
import type { Diagnostic, StageResult } from '../diagnostics/diagnostic.js';
import { closestName } from '../diagnostics/did-you-mean.js';
import { LAYOUT_BUILDERS, LAYOUT_KINDS } from './build-layout.js';
import { createBlockLexer, literalMarkdown } from './block-lexer.js';
import { takeFencedDivs } from './fenced-divs.js';
import { BLOCK_HANDLERS } from './handlers/index.js';
import type { BlockContext } from './handlers/context.js';
import { inlineTokensToRuns, runsToText } from './inline.js';
import { splitSlides, type RawSlide } from './split-slides.js';

/** Front-matter keys a slide may set. */
export const FRONT_MATTER_KEYS = ['layout', 'title', 'subtitle', 'id', 'footer', 'marking', 'number'] as const;

// One configured lexer: GFM tables, no HTML rendering (the lexer only tokenises).
const markdown = createBlockLexer();

/** The labels' and the brief's languages when they differ (`DeckMeta.contentLanguage` set), for run languages. */
type Languages = { language: string; contentLanguage: string } | undefined;

/** The inline context's label tracking for one parse, fresh state each time. */
function labelTracking(languages: Languages): Pick<BlockContext, 'labels'> {
  return languages ? { labels: { ...languages, state: { inLabel: false } } } : {};
}

function parseBlocks(text: string, file: string, line: number, diagnostics: Diagnostic[], languages: Languages): Block[] {
  const context: BlockContext = {
    file,
    line,
    diagnostics,
    ...labelTracking(languages),
    convert: (tokens: Token[]) => tokens.flatMap((token) => (BLOCK_HANDLERS[token.type] ?? BLOCK_HANDLERS.paragraph!)(token, context)),
  };
  const { tokens, plain } = markdown.lexOrPlain(text);
  if (plain) diagnostics.push(unreadable(file, line));
  return context.convert(tokens);
}

function parseInline(text: string, file: string, line: number, diagnostics: Diagnostic[], languages: Languages): Run[] {
  let tokens: Token[];
  try {
    tokens = Lexer.lexInline(text);
  } catch {
    // As for blocks (see `lexOrPlain`): what marked fails on is shown as written.
    tokens = Lexer.lexInline(literalMarkdown(text));
    diagnostics.push(unreadable(file, line));
  }
  return inlineTokensToRuns(tokens, {}, { file, line, diagnostics, ...labelTracking(languages) });
}

/** The warning for text marked failed on, shown as plain text instead. */
function unreadable(file: string, line: number): Diagnostic {
  return {
    severity: 'warning', rule: 'markup-unreadable', file, line,
    message: 'the markdown parser failed on this text, so it is shown as plain text, without lists, quotes or emphasis',
    hint: 'a block quote (`>`) inside a list item is the usual cause; put the quote after the list, or drop the `>`',
  };
}

function slugify(text: string): string {
  const slug = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug || 'slide';
}

function isOff(value: string | undefined): boolean {
  return value !== undefined && /^(off|false|no|hide|hidden)$/i.test(value);
}

function toSlide(raw: RawSlide, file: string, usedIds: Set<string>, diagnostics: Diagnostic[], languages: Languages): Slide | undefined {
  const at = (line: number) => ({ file: raw.origin, line });
  for (const [key, entry] of raw.frontMatter) {
    if (!(FRONT_MATTER_KEYS as readonly string[]).includes(key)) {
      const suggestion = closestName(key, FRONT_MATTER_KEYS);
      diagnostics.push({
        severity: 'error', rule: 'markup-front-matter', ...at(entry.line),
        message: `unknown front-matter key \`${key}\``,
        expected: FRONT_MATTER_KEYS.join(', '),
        ...(suggestion ? { hint: `did you mean \`${suggestion}\`?` } : {}),
      });
    }
  }
  const layoutEntry = raw.frontMatter.get('layout');
  const layoutName = layoutEntry?.value ?? '';
  if (!(LAYOUT_KINDS as string[]).includes(layoutName)) {
    const suggestion = closestName(layoutName, LAYOUT_KINDS);
    diagnostics.push({
      severity: 'error', rule: 'markup-layout', ...at(layoutEntry?.line ?? raw.line),
      message: layoutEntry ? `unknown layout \`${layoutName}\`` : 'slide has no `layout:`',
      expected: LAYOUT_KINDS.join(', '),
      found: layoutEntry ? layoutName : 'nothing',
      ...(suggestion ? { hint: `did you mean \`${suggestion}\`?` } : {}),
    });
    return undefined;
  }
  const titleEntry = raw.frontMatter.get('title');
  const title = titleEntry ? runsToText(parseInline(titleEntry.value, raw.origin, titleEntry.line, diagnostics, languages)).trim() : '';
  const subtitleEntry = raw.frontMatter.get('subtitle');
  const subtitle = subtitleEntry ? parseInline(subtitleEntry.value, raw.origin, subtitleEntry.line, diagnostics, languages) : [];

  const divided = takeFencedDivs(raw.body, raw.bodyLine);
  const main = parseBlocks(divided.main, raw.origin, divided.mainLine, diagnostics, languages);
  const columns: Block[][] = [];
  let notes: Block[] = [];
  for (const div of divided.divs) {
    const blocks = parseBlocks(div.text, raw.origin, div.line, diagnostics, languages);
    if (div.name === 'notes') notes = [...notes, ...blocks];
    else if (div.name === 'column') columns.push(blocks);
    else {
      diagnostics.push({
        severity: 'error', rule: 'markup-div', ...at(div.line - 1),
        message: `unknown section \`::: ${div.name}\``, expected: '`::: notes` or `::: column`',
        ...(closestName(div.name, ['notes', 'column']) ? { hint: `did you mean \`::: ${closestName(div.name, ['notes', 'column'])}\`?` } : {}),
      });
    }
  }
  const built = LAYOUT_BUILDERS[layoutName as LayoutKind]({ title, subtitle, main, columns });
  if ('problem' in built) {
    diagnostics.push({ severity: 'error', rule: 'markup-layout', ...at(raw.line), message: `layout \`${layoutName}\` ${built.problem}` });
    return undefined;
  }
  const wantedId = raw.frontMatter.get('id')?.value || slugify(title || layoutName);
  let id = wantedId;
  for (let n = 2; usedIds.has(id); n++) id = `${wantedId}-${n}`;
  usedIds.add(id);
  void file;
  return {
    id,
    layout: built.layout,
    notes,
    origin: { template: raw.origin, markupLine: raw.line },
    chrome: {
      footer: !isOff(raw.frontMatter.get('footer')?.value),
      marking: !isOff(raw.frontMatter.get('marking')?.value),
      number: !isOff(raw.frontMatter.get('number')?.value),
    },
  };
}

/**
 * Stage 5: slide markup → `Deck`. Reports every problem in the markup (unknown layout, a layout
 * whose body lacks its slot, unknown sections) at once; a deck is returned only without errors.
 */
export function parseMarkup(markup: string, meta: DeckMeta, file = 'markup'): StageResult<Deck> {
  const { slides: rawSlides, diagnostics } = splitSlides(markup, file);
  const usedIds = new Set<string>();
  const slides: Slide[] = [];
  const languages = meta.contentLanguage !== undefined && meta.contentLanguage !== meta.language ? { language: meta.language, contentLanguage: meta.contentLanguage } : undefined;
  for (const raw of rawSlides) {
    const slide = toSlide(raw, file, usedIds, diagnostics, languages);
    if (slide) slides.push(slide);
  }
  if (rawSlides.length === 0 && diagnostics.length === 0) {
    diagnostics.push({ severity: 'error', rule: 'markup-empty', file, message: 'the templates produced no slides' });
  }
  // Links to slides that do not exist are reported now, while slide ids are still symbolic.
  for (const slide of slides) {
    for (const run of collectRuns(slide)) {
      if (run.link?.kind === 'slide' && !usedIds.has(run.link.slideId)) {
        const suggestion = closestName(run.link.slideId, usedIds);
        diagnostics.push({
          severity: 'warning', rule: 'markup-slide-link', file: slide.origin.template, line: slide.origin.markupLine,
          message: `link to unknown slide \`#${run.link.slideId}\` is shown as plain text`,
          ...(suggestion ? { hint: `did you mean \`#${suggestion}\`?` } : {}),
        });
        delete run.link;
      }
    }
  }
  const failed = diagnostics.some((d) => d.severity === 'error');
  return { value: failed ? undefined : { meta, slides }, diagnostics };
}

function* runsOfBlocks(blocks: readonly Block[]): Generator<Run> {
  for (const block of blocks) {
    switch (block.kind) {
      case 'paragraph':
      case 'heading':
        yield* block.runs;
        break;
      case 'list':
        for (const item of block.items) {
          yield* item.runs;
          if (item.children) yield* runsOfBlocks([item.children]);
        }
        break;
      case 'table':
        for (const row of [block.header, ...block.rows]) for (const cell of row) yield* cell.runs;
        break;
      case 'quote':
        yield* runsOfBlocks(block.blocks);
        break;
      default:
        break;
    }
  }
}

/** Every run of a slide (layout slots and notes), for checks that look at all text. */
export function* collectRuns(slide: Slide): Generator<Run> {
  const layout = slide.layout;
  switch (layout.kind) {
    case 'title':
      yield* layout.subtitle;
      yield* runsOfBlocks(layout.body);
      break;
    case 'two-column':
      yield* runsOfBlocks(layout.intro);
      for (const column of layout.columns) {
        if (column.heading) yield* column.heading;
        yield* runsOfBlocks(column.blocks);
      }
      break;
    case 'table':
      yield* runsOfBlocks([...layout.intro, layout.table, ...layout.caption]);
      break;
    case 'key-figures':
      for (const figure of layout.figures) yield* figure.label;
      yield* runsOfBlocks(layout.body);
      break;
    case 'timeline':
      for (const entry of layout.entries) yield* entry.text;
      yield* runsOfBlocks(layout.body);
      break;
    case 'quote':
      yield* runsOfBlocks(layout.quote);
      yield* layout.attribution;
      break;
    default:
      yield* runsOfBlocks(layout.body);
  }
  yield* runsOfBlocks(slide.notes);
}

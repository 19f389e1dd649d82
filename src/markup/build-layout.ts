import type { Block, ChartBlock, Column, ImageBlock, Layout, LayoutKind, ListBlock, Run, TableBlock } from '../deck/types.js';

/** What a slide offers its layout builder: the title, subtitle and the parsed body parts. */
export interface LayoutInput {
  title: string;
  subtitle: Run[];
  /** Blocks of the body outside fenced divs. */
  main: Block[];
  /** Parsed blocks of every `::: column` div, in order. */
  columns: Block[][];
}

/** A built layout, or the reason the body does not fit the layout. */
export type LayoutResult = { layout: Layout } | { problem: string };

type LayoutBuilder = (input: LayoutInput) => LayoutResult;

function takeFirst<T extends Block>(blocks: Block[], kind: T['kind']): { found?: T; before: Block[]; after: Block[] } {
  const index = blocks.findIndex((b) => b.kind === kind);
  if (index < 0) return { before: blocks, after: [] };
  return { found: blocks[index] as T, before: blocks.slice(0, index), after: blocks.slice(index + 1) };
}

/** Splits list items of the form `**lead** rest` into the bold lead and the remaining runs. */
function splitLead(runs: Run[]): { lead: string; rest: Run[] } {
  const first = runs[0];
  if (!first || !first.bold) return { lead: '', rest: runs };
  const rest = runs.slice(1).map((r) => ({ ...r }));
  // Drop the separator the author put between lead and text (" — ", ": ", " - ").
  if (rest[0]) rest[0].text = rest[0].text.replace(/^\s*[—–:-]?\s*/, '');
  if (rest[0] && rest[0].text === '' && !rest[0].breakAfter) rest.shift();
  return { lead: first.text.trim(), rest };
}

/** The first list of a body as `**lead** rest` items, and the blocks around it. */
function leadList(input: LayoutInput, leadName: string): { items: Array<{ lead: string; rest: Run[] }>; body: Block[] } | { problem: string } {
  const { found, before, after } = takeFirst<ListBlock>(input.main, 'list');
  if (!found) return { problem: `needs a list whose items read \`**${leadName}** text\`` };
  return { items: found.items.map((item) => splitLead(item.runs)), body: [...before, ...after] };
}

function columnOf(blocks: Block[]): Column {
  const [first, ...rest] = blocks;
  if (first && first.kind === 'heading') return { heading: first.runs, blocks: rest };
  return { blocks };
}

/** One builder per layout kind: how a slide body fills the layout's typed slots. */
export const LAYOUT_BUILDERS: Record<LayoutKind, LayoutBuilder> = {
  title: ({ title, subtitle, main }) => ({ layout: { kind: 'title', title, subtitle, body: main } }),
  section: ({ title, main }) => ({ layout: { kind: 'section', title, body: main } }),
  bullets: ({ title, main }) => ({ layout: { kind: 'bullets', title, body: main } }),
  sources: ({ title, main }) => ({ layout: { kind: 'sources', title, body: main } }),
  'two-column': ({ title, main, columns }) => {
    if (columns.length < 1) return { problem: "needs at least one `::: column` section" };
    if (columns.length > 4) return { problem: `takes at most four \`::: column\` sections, found ${columns.length}` };
    return { layout: { kind: 'two-column', title, intro: main, columns: columns.map(columnOf) } };
  },
  table: ({ title, main }) => {
    const { found, before, after } = takeFirst<TableBlock>(main, 'table');
    if (!found) return { problem: 'needs a markdown table in its body' };
    return { layout: { kind: 'table', title, intro: before, table: found, caption: after } };
  },
  'key-figures': (input) => {
    const built = leadList(input, 'figure');
    if ('problem' in built) return built;
    const figures = built.items.map(({ lead, rest }) => ({ value: lead, label: rest }));
    return { layout: { kind: 'key-figures', title: input.title, figures, body: built.body } };
  },
  timeline: (input) => {
    const built = leadList(input, 'date');
    if ('problem' in built) return built;
    const entries = built.items.map(({ lead, rest }) => ({ when: lead, text: rest }));
    return { layout: { kind: 'timeline', title: input.title, entries, body: built.body } };
  },
  chart: ({ title, main }) => {
    const { found, before, after } = takeFirst<ChartBlock>(main, 'chart');
    if (!found) return { problem: 'needs a ```chart block' };
    return { layout: { kind: 'chart', title, chart: found, body: [...before, ...after] } };
  },
  quote: ({ title, main }) => {
    const index = main.findIndex((b) => b.kind === 'quote');
    const quoteBlock = main[index];
    if (!quoteBlock || quoteBlock.kind !== 'quote') return { problem: 'needs a `>` quotation' };
    const next = main[index + 1];
    const attribution = next && next.kind === 'paragraph' ? next.runs.map((r, i) => (i === 0 ? { ...r, text: r.text.replace(/^\s*[—–-]+\s*/, '') } : r)) : [];
    return { layout: { kind: 'quote', title, quote: quoteBlock.blocks, attribution } };
  },
  image: ({ title, main }) => {
    const { found, before, after } = takeFirst<ImageBlock>(main, 'image');
    if (!found) return { problem: 'needs an image `![description](path)`' };
    return { layout: { kind: 'image', title, image: found, body: [...before, ...after] } };
  },
};

/** The layout names a slide may use. */
export const LAYOUT_KINDS = Object.keys(LAYOUT_BUILDERS) as LayoutKind[];

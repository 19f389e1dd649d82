import type { LaidParagraph } from '../deck/laid-out.js';
import type { Block, ListBlock, Run } from '../deck/types.js';
import { paragraphSpacePt } from './text-box-style.js';

/** A paragraph produced from a block, with the pagination hint that goes with it. */
export interface FlowParagraph {
  para: LaidParagraph;
  /** Headings stay on the same slide as the paragraph after them. */
  keepWithNext: boolean;
}

/** Options for turning blocks into paragraphs. */
export interface ParagraphOptions {
  fontSize: number;
  /** Colour of headings inside the body. */
  headingColor: string;
  /** Colour of quotations inside the body. */
  quoteColor: string;
  /** Render every list as numbered (the sources layout). */
  numberLists?: boolean;
}

/**
 * Flattens text blocks (paragraphs, headings, lists with nesting, quotations) into paragraphs at one
 * size. Tables, charts and images are not text; callers route them elsewhere and this skips them.
 */
export function blocksToParagraphs(blocks: readonly Block[], opts: ParagraphOptions): FlowParagraph[] {
  const out: FlowParagraph[] = [];
  const plain = (runs: Run[], extra: Partial<LaidParagraph> = {}): LaidParagraph => ({
    runs,
    level: 0,
    bullet: { kind: 'none' },
    fontSize: opts.fontSize,
    spaceBefore: paragraphSpacePt(opts.fontSize, 0),
    ...extra,
  });
  const list = (block: ListBlock, level: number): void => {
    const ordered = block.ordered || opts.numberLists === true;
    block.items.forEach((item, i) => {
      out.push({
        para: {
          runs: item.runs,
          level,
          bullet: ordered ? { kind: 'number', value: block.start + i } : { kind: 'bullet' },
          fontSize: opts.fontSize,
          spaceBefore: paragraphSpacePt(opts.fontSize, level),
        },
        keepWithNext: false,
      });
      if (item.children) list(item.children, level + 1);
    });
  };
  for (const block of blocks) {
    switch (block.kind) {
      case 'paragraph':
        out.push({ para: plain(block.runs), keepWithNext: false });
        break;
      case 'heading':
        out.push({ para: plain(block.runs, { bold: true, color: opts.headingColor }), keepWithNext: true });
        break;
      case 'list':
        list(block, 0);
        break;
      case 'quote':
        for (const inner of blocksToParagraphs(block.blocks, opts)) {
          inner.para.runs = inner.para.runs.map((r) => ({ ...r, italic: true }));
          inner.para.color = opts.quoteColor;
          out.push(inner);
        }
        break;
      case 'table':
      case 'chart':
      case 'image':
        break;
    }
  }
  return out;
}

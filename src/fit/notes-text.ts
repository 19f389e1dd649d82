import type { Block, ListBlock, Run } from '../deck/types.js';

function runsText(runs: readonly Run[]): string {
  return runs.map((r) => r.text + (r.breakAfter ? '\n' : '')).join('');
}

/**
 * Speaker notes as plain text, one paragraph per line: `• ` before bullet items, `1. ` before
 * numbered ones, two spaces of indent per nesting level, table rows as cells joined by ` | `.
 * Plain text because the notes pane is read by the speaker, not styled.
 */
export function notesText(blocks: readonly Block[]): string {
  const lines: string[] = [];
  const list = (block: ListBlock, depth: number): void => {
    block.items.forEach((item, i) => {
      const marker = block.ordered ? `${block.start + i}. ` : '• ';
      lines.push(`${'  '.repeat(depth)}${marker}${runsText(item.runs)}`);
      if (item.children) list(item.children, depth + 1);
    });
  };
  const walk = (bs: readonly Block[]): void => {
    for (const block of bs) {
      switch (block.kind) {
        case 'paragraph':
        case 'heading':
          lines.push(runsText(block.runs));
          break;
        case 'list':
          list(block, 0);
          break;
        case 'quote':
          walk(block.blocks);
          break;
        case 'table':
          for (const row of [block.header, ...block.rows]) lines.push(row.map((c) => runsText(c.runs)).join(' | '));
          break;
        case 'chart':
          lines.push(block.title);
          break;
        case 'image':
          lines.push(block.alt);
          break;
      }
    }
  };
  walk(blocks);
  return lines.join('\n');
}

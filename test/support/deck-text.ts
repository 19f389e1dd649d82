import type { LaidOutDeck, LaidOutSlide, Shape } from '../../src/deck/laid-out.js';
import type { Run } from '../../src/deck/types.js';

const runsText = (runs: readonly Run[]) => runs.map((r) => r.text + (r.breakAfter ? '\n' : '')).join('');

/** The visible text of one shape, one line per paragraph or table row. */
export function shapeText(shape: Shape): string[] {
  switch (shape.kind) {
    case 'text':
      return shape.paragraphs.map((p) => {
        const bullet = p.bullet.kind === 'bullet' ? '• ' : p.bullet.kind === 'number' ? `${p.bullet.value}. ` : p.bullet.kind === 'continued' ? '  ' : '';
        return `${'  '.repeat(p.level)}${bullet}${runsText(p.runs)}`;
      });
    case 'table':
      return [shape.header, ...shape.rows].map((row) => `| ${row.map((c) => runsText(c.runs)).join(' | ')} |`);
    case 'chart':
      return [`[chart ${shape.chart.chartType}: ${shape.chart.title}; ${shape.chart.categories.join(', ')}; ${shape.chart.series.map((s) => `${s.name}=${s.values.join('/')}`).join('; ')}]`];
    case 'image':
      return [`[image ${shape.alt}]`];
    case 'slide-number':
      return ['[slide number]'];
    default:
      return [];
  }
}

/** All visible text of a slide (not notes). */
export function slideText(slide: LaidOutSlide): string {
  return slide.shapes.flatMap(shapeText).join('\n');
}

/** A readable dump of a deck's content (titles, layouts, text, notes) for golden files. */
export function deckText(deck: LaidOutDeck): string {
  return deck.slides.map((slide, index) => [
    `## ${index + 1}. ${slide.title} [${slide.layout}${slide.continuationOf ? `, continues ${slide.continuationOf}` : ''}]`,
    ...slide.shapes.flatMap(shapeText),
    '',
    'Notes:',
    slide.notes,
    '',
  ].join('\n')).join('\n');
}

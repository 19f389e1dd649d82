import type { LayoutKind } from '../../deck/types.js';
import { bulletsLayout } from './bullets.js';
import { chartLayout } from './chart.js';
import { imageLayout } from './image.js';
import { keyFiguresLayout } from './key-figures.js';
import type { LayoutFitter } from './layout-fitter.js';
import { quoteLayout } from './quote.js';
import { sectionLayout } from './section.js';
import { sourcesLayout } from './sources.js';
import { tableLayout } from './table.js';
import { timelineLayout } from './timeline.js';
import { titleLayout } from './title.js';
import { twoColumnLayout } from './two-column.js';

/** Every layout kind's fitter, keyed by kind; a new layout kind fails to compile until it is added here. */
export const LAYOUT_FITTERS: { readonly [K in LayoutKind]: LayoutFitter<K> } = {
  title: titleLayout,
  section: sectionLayout,
  bullets: bulletsLayout,
  'two-column': twoColumnLayout,
  table: tableLayout,
  'key-figures': keyFiguresLayout,
  timeline: timelineLayout,
  chart: chartLayout,
  quote: quoteLayout,
  image: imageLayout,
  sources: sourcesLayout,
};

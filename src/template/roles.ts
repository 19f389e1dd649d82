/**
 * Which slide layout role each briefdeck layout is placed on (issue #11 §2): text layouts on a
 * title-and-content layout so their text sits in the body placeholder, multi-column slides on a
 * two-content layout, and layouts drawn as tables, charts, cards or pictures on a title-only layout.
 */
import type { LayoutKind } from '../deck/types.js';
import type { LayoutRole } from './types.js';

const ROLE_OF: Record<LayoutKind, LayoutRole> = {
  title: 'cover',
  section: 'section',
  bullets: 'content',
  quote: 'content',
  sources: 'content',
  'two-column': 'two-content',
  table: 'title-only',
  chart: 'title-only',
  'key-figures': 'title-only',
  timeline: 'title-only',
  image: 'title-only',
};

/** The layout role a slide of briefdeck layout `kind` is placed on. */
export function roleOfLayout(kind: LayoutKind): LayoutRole {
  return ROLE_OF[kind];
}

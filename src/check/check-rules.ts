import type { CheckRule } from './finding.js';
import { altText } from './rules/alt-text.js';
import { contrast } from './rules/contrast.js';
import { documentLanguage, documentTitle } from './rules/document-properties.js';
import { duplicateTitle } from './rules/duplicate-title.js';
import { emptyCell } from './rules/empty-cell.js';
import { packageStructure } from './rules/package.js';
import { readingOrder } from './rules/reading-order.js';
import { runLanguage } from './rules/run-language.js';
import { slideTitle } from './rules/slide-title.js';
import { tableHeader } from './rules/table-header.js';
import { textOutsidePlaceholders } from './rules/text-outside-placeholders.js';

/** Every rule of `briefdeck check`, in the order findings are listed (README, "Accessibility"). */
export const CHECK_RULES: readonly CheckRule[] = [
  packageStructure,
  documentTitle,
  documentLanguage,
  slideTitle,
  duplicateTitle,
  readingOrder,
  textOutsidePlaceholders,
  altText,
  tableHeader,
  emptyCell,
  runLanguage,
  contrast,
];

import type { CheckRule } from '../finding.js';

/**
 * The package is sound: the writer's own self-check (src/pptx/self-check.ts: zip, well-formed XML,
 * content types, relationship targets, the slide list and slide layouts) plus parts the audit could
 * not parse.
 */
export const packageStructure: CheckRule = {
  id: 'package',
  severity: 'error',
  reason: 'a broken package makes PowerPoint offer to repair the file, and other readers drop slides or fail',
  reference: 'ECMA-376 Part 2 (Open Packaging Conventions): content types, relationships; PowerPoint\'s repair prompt',
  fix: 'open and save the deck in PowerPoint (accepting the repair), or fix the program that wrote it',
  check(deck, problems) {
    return [...problems, ...deck.unreadable.map((part) => `${part} (could not be parsed)`)].map((problem) => ({ message: problem }));
  },
};

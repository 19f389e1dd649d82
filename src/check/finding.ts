/**
 * What `briefdeck check` reports: one finding per problem, located by deck, slide and shape, with
 * the rule it breaks and how to fix it in PowerPoint.
 */
import type { DeckModel } from './deck-model.js';

/** One problem in a deck. */
export interface Finding {
  /** Rule id, e.g. `slide-title` (README, "Accessibility"). */
  rule: string;
  /** `error` for what PowerPoint's Accessibility Checker calls an error (or a broken package); `warning` otherwise. */
  severity: 'error' | 'warning';
  /** 1-based slide number; absent for findings about the whole deck. */
  slide?: number;
  /** The shape's `p:cNvPr/@id` and `@name`, when the finding is about one shape. */
  shapeId?: string;
  shapeName?: string;
  /** What is wrong, in a sentence. */
  message: string;
  /** How to fix it in PowerPoint. */
  fix: string;
}

/** A finding before the rule fills in its id, severity and default fix. */
export type FindingDraft = Omit<Finding, 'rule' | 'severity' | 'fix'> & { fix?: string };

/** One audit rule. */
export interface CheckRule {
  id: string;
  severity: Finding['severity'];
  /** One line: why the rule matters. */
  reason: string;
  /** The WCAG 2.1 success criterion or PowerPoint Accessibility Checker rule it matches. */
  reference: string;
  /** The usual fix in PowerPoint, used when a finding does not say a more precise one. */
  fix: string;
  /** The rule's findings on a deck. `packageProblems` are the self-check's, for the package rule. */
  check(deck: DeckModel, packageProblems: readonly string[]): FindingDraft[];
}

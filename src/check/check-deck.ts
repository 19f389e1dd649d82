/**
 * `briefdeck check`'s core: audits any .pptx — briefdeck's, pandoc's, python-pptx's, PowerPoint's —
 * for accessibility (DESIGN §10, issue #12) and package soundness. Pure: bytes in, findings out.
 */
import { PackageParts } from '../pptx/package-parts.js';
import { checkPackage } from '../pptx/self-check.js';
import { CHECK_RULES } from './check-rules.js';
import { readDeckModel } from './deck-model.js';
import type { Finding } from './finding.js';

/** The audit of one deck: findings, or why the file could not be audited at all. */
export type DeckAudit = { findings: Finding[] } | { unreadable: string };

/**
 * Audits a .pptx. Findings about the whole deck come first, then slide by slide in rule order. A file that is not a zip or has no
 * presentation part is `unreadable` (with the reason), not a list of findings.
 */
export function checkDeck(bytes: Uint8Array): DeckAudit {
  let parts: PackageParts;
  try {
    parts = PackageParts.fromZip(bytes);
  } catch (error) {
    return { unreadable: `it is not a zip package (${(error as Error).message})` };
  }
  let model;
  try {
    model = readDeckModel(parts);
  } catch (error) {
    return { unreadable: (error as Error).message };
  }
  const problems = checkPackage(bytes);
  const findings: Finding[] = [];
  for (const rule of CHECK_RULES) {
    for (const draft of rule.check(model, problems)) {
      findings.push({ rule: rule.id, severity: rule.severity, fix: rule.fix, ...draft });
    }
  }
  // Deck-wide findings first, then slide by slide; rule order within a slide (sort is stable).
  findings.sort((a, b) => (a.slide ?? 0) - (b.slide ?? 0));
  return { findings };
}

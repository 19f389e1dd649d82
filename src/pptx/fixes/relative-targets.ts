import { relsSource, relativeTarget } from '../part-names.js';
import type { PackageFix } from './context.js';

/**
 * Writes every internal relationship target relative to its source part, as PowerPoint does.
 * pptxgenjs writes chart targets absolute (`/ppt/charts/chart1.xml`): legal OPC, but Calligra
 * Stage resolves them against the slide's folder and refuses the whole deck (issue #14). The
 * package's own `_rels/.rels` has no source folder and keeps its targets.
 */
export const relativeTargets: PackageFix = (parts) => {
  for (const rels of parts.names()) {
    if (!rels.endsWith('.rels') || rels === '_rels/.rels') continue;
    const source = relsSource(rels);
    parts.editText(rels, (text) =>
      text.replace(/<Relationship\b[^>]*>/g, (relationship) => {
        if (/\bTargetMode="External"/.test(relationship)) return relationship;
        return relationship.replace(/\bTarget="\/([^"]*)"/, (_, part: string) => `Target="${relativeTarget(source, part)}"`);
      }),
    );
  }
};

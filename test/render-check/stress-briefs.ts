import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** A stress brief under test/fixtures/stress, and the reference brief, by short name. */
export const BRIEFS = {
  reference: 'data/istanbul-2025-06-02.yaml',
  delegations: 'test/fixtures/stress/stress-delegations.yaml',
  text: 'test/fixtures/stress/stress-text.yaml',
  scripts: 'test/fixtures/stress/stress-scripts.yaml',
} as const;

/** The short name of a brief under test. */
export type BriefName = keyof typeof BRIEFS;

/** A data file's members per party id, read straight from the YAML: the rows a delegation table must show. */
export function membersByParty(path: string): Map<string, string[]> {
  const data = parse(readFileSync(path, 'utf8')) as { parties?: Array<{ id: string; delegation?: { members?: Array<{ name: string }> } }> };
  return new Map((data.parties ?? []).map((p) => [p.id, (p.delegation?.members ?? []).map((m) => m.name)]));
}

import { parse, stringify } from 'yaml';

/** The reference brief as a plain object, for making variations of it. */
type BriefObject = Record<string, unknown> & { title: string; bottomLine: unknown[]; priorRounds: Array<Record<string, unknown>> };

/** Sections of the reference brief that may be left out (each adds slides of its own). */
const OPTIONAL_SECTIONS = ['clashes', 'context', 'watch'];

/**
 * Slides of the reference brief without its optional sections, prior rounds and non-party
 * participants (cover, bottom line, participants, two delegations, positions, sources).
 */
export const BASE_SLIDES = 7;

/**
 * Variation `index` of the reference brief: a different title and a rotated bottom line, so each
 * deck of a batch is distinct, yet valid and the same size as the reference.
 */
export function variantBrief(referenceText: string, index: number): string {
  const brief = parse(referenceText) as BriefObject;
  brief.title = `${brief.title} (variant ${index + 1})`;
  const shift = index % brief.bottomLine.length;
  brief.bottomLine = [...brief.bottomLine.slice(shift), ...brief.bottomLine.slice(0, shift)];
  return stringify(brief, { aliasDuplicateObjects: false });
}

/**
 * A brief whose deck has `slides` slides: the reference without its optional sections, plus one
 * prior round (one two-column slide each) for every slide above {@link BASE_SLIDES}.
 */
export function scaledBrief(referenceText: string, slides: number): string {
  const brief = parse(referenceText) as BriefObject;
  for (const section of OPTIONAL_SECTIONS) delete brief[section];
  brief['participants'] = (brief['participants'] as Array<{ roles: string[] }>).filter((p) => p.roles.includes('party'));
  const rounds = brief.priorRounds;
  brief.priorRounds = Array.from({ length: Math.max(0, slides - BASE_SLIDES) }, (_, i) => ({ ...rounds[i % rounds.length], title: `Round ${i + 1}` }));
  // Without this the copies' shared lists become YAML aliases, which the reader limits (alias bombs).
  return stringify(brief, { aliasDuplicateObjects: false });
}

/** The brief as markdown for pandoc: the same facts and slide order, for a fair whole-process comparison. */
export function briefAsMarkdown(referenceText: string): string {
  const brief = parse(referenceText) as Record<string, unknown>;
  const lines: string[] = [`% ${String(brief['title'])}`, `% ${String((brief['prepared'] as { by?: string } | undefined)?.by ?? '')}`, ''];
  const text = (point: unknown): string =>
    (typeof point === 'string' ? point : typeof point === 'object' && point !== null ? String((point as { text?: unknown }).text ?? '') : '').replace(/\s+/g, ' ');
  const slide = (title: string, bullets: string[]) => lines.push(`# ${title}`, '', ...bullets.map((b) => `- ${b}`), '');
  slide('Bottom line', (brief['bottomLine'] as unknown[]).map(text));
  const participants = brief['participants'] as Array<{ name: string; roles: string[]; description?: string; delegation?: { members: Array<{ name: string; role: string }> } }>;
  slide('Participants and roles', participants.map((p) => `**${p.name}** — ${p.roles.join(', ')}`));
  for (const participant of participants) {
    const people = (participant.delegation?.members ?? []).map((m) => `**${m.name}** — ${m.role}`);
    slide(`${participant.name}: delegation`, participant.description ? [text(participant.description), ...people] : people);
  }
  for (const round of (brief['priorRounds'] as Array<{ title: string; outcomes?: unknown[]; unresolved?: unknown[] }> | undefined) ?? []) {
    slide(round.title, [...(round.outcomes ?? []).map(text), ...(round.unresolved ?? []).map(text)]);
  }
  for (const position of (brief['positions'] as Array<{ by: string; summary: string; points?: unknown[] }> | undefined) ?? []) {
    slide(`Position: ${position.by}`, [text(position.summary), ...(position.points ?? []).map(text)]);
  }
  for (const clash of (brief['clashes'] as Array<{ topic: string; views: Record<string, string> }> | undefined) ?? []) {
    slide(clash.topic, Object.entries(clash.views).map(([party, view]) => `${party}: ${text(view)}`));
  }
  for (const section of (brief['context'] as Array<{ keyFigures?: Array<{ value: string; label: string }>; events?: unknown[] }> | undefined) ?? []) {
    if (section.keyFigures) slide('Key figures', section.keyFigures.map((f) => `**${f.value}** ${f.label}`));
    if (section.events) slide('Timeline', section.events.map(text));
  }
  slide('What to watch', ((brief['watch'] as unknown[] | undefined) ?? []).map(text));
  slide('Sources', (brief['sources'] as Array<{ title: string; publisher?: string; url?: string }>).map((s) => `${s.title}${s.publisher ? `, ${s.publisher}` : ''}${s.url ? ` <${s.url}>` : ''}`));
  return `${lines.join('\n')}\n`;
}

/**
 * Vertical text in a house template's placeholders (`a:bodyPr/@vert` other than `horz`, ECMA-376
 * Part 1, §21.1.2.1.1). briefdeck measures and writes horizontal text. Layouts with vertical text
 * ("Title and Vertical Text") are passed over when the template has horizontal ones; but when a
 * template's slide master sets vertical text on every title or every body placeholder, no layout
 * would be left, and the deck failed with a `content-cannot-fit` error that blamed the data (issue
 * #11: bad templates give a clear message). Such placeholders are used with their text turned
 * horizontal instead (the writer writes `vert="horz"` on the slide's placeholder, as PowerPoint's
 * Text Direction → Horizontal does), and a warning names the template and what it changed. Date,
 * footer and slide number, which every layout shares, are always turned.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { templateDiagnostic } from './template-diagnostics.js';
import type { PlaceholderType, TemplateLayout } from './types.js';

/** Kinds of placeholder briefdeck writes text into, and whether a vertical one is turned only when no horizontal one is left. */
const KINDS: ReadonlyArray<{ what: string; types: readonly PlaceholderType[]; always: boolean }> = [
  { what: 'title', types: ['title', 'ctrTitle'], always: false },
  { what: 'body, content and subtitle', types: ['body', 'obj', 'subTitle'], always: false },
  { what: 'date, footer and slide number', types: ['dt', 'ftr', 'sldNum'], always: true },
];

/**
 * `layouts` with the vertical placeholders briefdeck must use turned horizontal
 * (`body.vertical` false, `body.turned` true), and one warning per kind turned.
 */
export function turnVerticalText(layouts: readonly TemplateLayout[], source: string): { layouts: TemplateLayout[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const turn = new Set<PlaceholderType>();
  for (const kind of KINDS) {
    const placeholders = layouts.flatMap((l) => l.placeholders.filter((p) => kind.types.includes(p.type)));
    const vertical = placeholders.filter((p) => p.body.vertical);
    if (vertical.length === 0 || (!kind.always && vertical.length < placeholders.length)) continue;
    kind.types.forEach((t) => turn.add(t));
    const names = [...new Set(vertical.map((p) => p.name))].slice(0, 3).map((n) => `"${n}"`).join(', ');
    diagnostics.push(templateDiagnostic('warning', 'template-vertical-text', source, `${source}: ${kind.always ? 'its' : 'every one of its'} ${kind.what} placeholders (${names}) ${kind.always && vertical.length < placeholders.length ? 'include ones that set' : 'set'} vertical text; briefdeck writes its text horizontally in them`, {
      hint: 'to keep vertical text out of the deck\'s slides, set Text Direction to Horizontal on those placeholders in the slide master view',
    }));
  }
  if (turn.size === 0) return { layouts: [...layouts], diagnostics };
  return {
    layouts: layouts.map((l) => ({
      ...l,
      placeholders: l.placeholders.map((p) => (p.body.vertical && turn.has(p.type) ? { ...p, body: { ...p.body, vertical: false, turned: true } } : p)),
    })),
    diagnostics,
  };
}

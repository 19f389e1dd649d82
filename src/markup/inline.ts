import type { Token, Tokens } from 'marked';
import type { Run } from '../deck/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { decodeEntities } from './entities.js';
import { splitAtLabelMarkers, type LabelState } from './label-markers.js';
import { toLinkTarget } from './link-policy.js';

/** Formatting inherited from enclosing inline tokens. */
type Marks = Pick<Run, 'bold' | 'italic' | 'code' | 'strike' | 'link'>;

/** Where inline conversion reports problems. */
export interface InlineContext {
  file: string;
  line: number;
  diagnostics: Diagnostic[];
  /**
   * Present when the labels' language differs from the brief's: runs inside label markers get
   * `language`, all others `contentLanguage` (see label-markers.ts). `state` carries across tokens.
   */
  labels?: { language: string; contentLanguage: string; state: LabelState };
}

type InlineHandler = (token: Token, marks: Marks, context: InlineContext) => Run[];

function textRun(text: string, marks: Marks): Run[] {
  // Soft line breaks inside a paragraph are spaces on a slide, as in rendered markdown.
  const clean = text.replace(/\n/g, ' ');
  return clean === '' ? [] : [{ text: clean, ...marks }];
}

function children(token: Token, marks: Marks, context: InlineContext): Run[] {
  const nested = (token as { tokens?: Token[] }).tokens;
  return nested ? inlineTokensToRuns(nested, marks, context) : textRun(decodeEntities((token as { text?: string }).text ?? ''), marks);
}

/** One handler per inline token type, as in mdast-util-to-hast's handler record. */
const INLINE_HANDLERS: Record<string, InlineHandler> = {
  text: (token, marks, context) => {
    const t = token as Tokens.Text;
    return t.tokens ? inlineTokensToRuns(t.tokens, marks, context) : textRun(decodeEntities(t.text), marks);
  },
  escape: (token, marks) => textRun((token as Tokens.Escape).text, marks),
  strong: (token, marks, context) => children(token, { ...marks, bold: true }, context),
  em: (token, marks, context) => children(token, { ...marks, italic: true }, context),
  del: (token, marks, context) => children(token, { ...marks, strike: true }, context),
  // CommonMark keeps entity and numeric references literal inside code spans (spec 6.1): `&amp;` shows as typed.
  codespan: (token, marks) => textRun((token as Tokens.Codespan).text, { ...marks, code: true }),
  br: (_token, marks) => [{ text: '', ...marks, breakAfter: true }],
  // Raw HTML is shown as the literal text the author wrote, never interpreted.
  html: (token, marks) => textRun((token as Tokens.HTML).raw, marks),
  link: (token, marks, context) => {
    const link = token as Tokens.Link;
    const target = toLinkTarget(link.href);
    if (!target) {
      context.diagnostics.push({
        severity: 'warning',
        rule: 'link-scheme',
        message: `link to ${JSON.stringify(link.href.slice(0, 80))} was dropped; only http, https, mailto and #slide links are allowed`,
        file: context.file,
        line: context.line,
      });
      return children(token, marks, context);
    }
    return children(token, { ...marks, link: target }, context);
  },
  // An inline image has no place in a run of text: keep its description.
  image: (token, marks) => textRun((token as Tokens.Image).text, marks),
};

/** Converts marked inline tokens to runs, merging neighbours with the same formatting. */
export function inlineTokensToRuns(tokens: Token[], marks: Marks, context: InlineContext): Run[] {
  const runs: Run[] = [];
  for (const token of tokens) {
    const handler = INLINE_HANDLERS[token.type];
    const produced = handler ? handler(token, marks, context) : textRun(decodeEntities((token as { raw?: string }).raw ?? ''), marks);
    for (const run of context.labels ? tagLanguages(produced, context.labels) : produced) appendRun(runs, run);
  }
  return runs;
}

/**
 * Cuts runs at label markers and gives each piece its language. Runs a nested call already tagged
 * keep theirs; runs are seen in document order, so the marker state is right across tokens.
 */
function tagLanguages(produced: Run[], labels: NonNullable<InlineContext['labels']>): Run[] {
  return produced.flatMap((run) => {
    if (run.lang !== undefined) return [run];
    const pieces = splitAtLabelMarkers(run.text, labels.state);
    if (pieces.length === 0) return [{ ...run, text: '', lang: labels.state.inLabel ? labels.language : labels.contentLanguage }];
    return pieces.map((piece, index) => {
      const tagged: Run = { ...run, text: piece.text, lang: piece.label ? labels.language : labels.contentLanguage };
      if (index < pieces.length - 1) delete tagged.breakAfter;
      return tagged;
    });
  });
}

function sameMarks(a: Run, b: Run): boolean {
  return !!a.bold === !!b.bold && !!a.italic === !!b.italic && !!a.code === !!b.code && !!a.strike === !!b.strike &&
    a.lang === b.lang && JSON.stringify(a.link ?? null) === JSON.stringify(b.link ?? null);
}

function appendRun(runs: Run[], run: Run): void {
  const last = runs[runs.length - 1];
  if (last && !last.breakAfter && sameMarks(last, run)) {
    last.text += run.text;
    if (run.breakAfter) last.breakAfter = true;
    return;
  }
  runs.push({ ...run });
}

/** The plain text of runs, for titles and notes. */
export function runsToText(runs: readonly Run[]): string {
  return runs.map((run) => run.text + (run.breakAfter ? '\n' : '')).join('');
}

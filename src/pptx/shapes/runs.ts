import type { HyperlinkProps, TextPropsOptions } from '../pptxgen-types.js';
import type { Run } from '../../deck/types.js';
import { cleanRunText, fontFaceAttr } from '../clean-text.js';
import type { WriteContext } from './context.js';

/** Formatting every run of one paragraph or table cell shares. */
export interface RunBase {
  fontFace: string;
  fontSize: number;
  color: string;
  bold?: boolean;
}

/**
 * Maps one IR run to pptxgenjs run options. Returns a fresh object on every call because pptxgenjs
 * mutates the options it is given (it copies shape-level keys into each run).
 */
export function runOptions(run: Run, base: RunBase, ctx: WriteContext): TextPropsOptions {
  const options: TextPropsOptions = {
    fontFace: fontFaceAttr(ctx.refs.font(run.code === true ? ctx.theme.fonts.mono : base.fontFace)),
    fontSize: base.fontSize,
    // A run says its language when the brief and its fixed words differ (issue #12).
    lang: run.lang ?? ctx.lang,
  };
  if (run.bold === true || base.bold === true) options.bold = true;
  if (run.italic === true) options.italic = true;
  if (run.strike === true) options.strike = 'sngStrike';
  const link = linkOf(run, ctx);
  // Links keep the text colour (pptxgenjs then marks them `hlinkClr="tx"`) and are underlined.
  options.color = ctx.refs.colour(base.color);
  if (link !== undefined) options.hyperlink = link;
  return options;
}

/** Text of a run, cleaned for XML and for pptxgenjs' paragraph splitting. */
export function runText(run: Run): string {
  return cleanRunText(run.text);
}

/**
 * The pptxgenjs hyperlink of a run. Slide ids are numbered here because continuation slides shift
 * numbers after the markup was written; a link to an unknown id is dropped and the run stays text.
 */
function linkOf(run: Run, ctx: WriteContext): HyperlinkProps | undefined {
  const link = run.link;
  if (link === undefined) return undefined;
  if (link.kind === 'url') return link.url === '' ? undefined : { url: cleanRunText(link.url) };
  const number = ctx.slideNumberOf(link.slideId);
  return number === undefined ? undefined : { slide: number };
}

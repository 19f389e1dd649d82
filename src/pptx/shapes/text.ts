import type { Slide, TextProps, TextPropsOptions } from '../pptxgen-types.js';
import { fontFaceAttr } from '../clean-text.js';
import type { Insets, LaidParagraph, TextShape } from '../../deck/laid-out.js';
import { BULLET_INDENT_PT, POINTS_PER_INCH } from '../../deck/text-geometry.js';
import type { WriteContext } from './context.js';
import { runOptions, runText } from './runs.js';
import { placeholderMarker } from '../template/shape-markers.js';

/**
 * `margin` for pptxgenjs' `addText`, points. It reads the four numbers as left, right, bottom, top
 * (pptxgenjs 4 `genXmlTextBody`; not CSS order) and skips a plain 0 (falsy), so always pass four.
 */
export function textMargin(insets: Insets): [number, number, number, number] {
  return [insets.left, insets.right, insets.bottom, insets.top].map((inches) => inches * POINTS_PER_INCH) as [number, number, number, number];
}

/**
 * Adds a measured text box. Geometry follows the fit stage exactly: the same insets, the same
 * line-spacing multiple and space before, word wrap on, and no autofit (PowerPoint would otherwise
 * rescale text the fit stage already made fit).
 */
export function addTextShape(slide: Slide, shape: TextShape, ctx: WriteContext): void {
  const options: TextPropsOptions = {
    x: shape.box.x,
    y: shape.box.y,
    w: shape.box.w,
    h: shape.box.h,
    margin: textMargin(shape.insets),
    valign: shape.valign,
    fit: 'none',
    wrap: true,
    fontFace: fontFaceAttr(ctx.refs.font(shape.fontFace)),
    color: ctx.refs.colour(shape.color),
    lang: ctx.lang,
  };
  if (shape.placeholder !== undefined) options.objectName = placeholderMarker(shape.placeholder);
  if (shape.fill !== undefined) options.fill = { color: ctx.refs.colour(shape.fill) };
  slide.addText(paragraphRuns(shape, ctx), options);
}

/**
 * Flattens paragraphs into the run array pptxgenjs expects. Paragraph-level options go on the
 * first run of each paragraph (pptxgenjs writes them from there), `breakLine` on the last run ends
 * the paragraph, and `softBreakBefore` after a run with `breakAfter` gives an in-paragraph `<a:br/>`.
 */
function paragraphRuns(shape: TextShape, ctx: WriteContext): TextProps[] {
  const out: TextProps[] = [];
  const starts = numberStarts(shape.paragraphs);
  shape.paragraphs.forEach((paragraph, index) => {
    const base = {
      fontFace: shape.fontFace,
      fontSize: paragraph.fontSize,
      color: paragraph.color ?? shape.color,
      bold: paragraph.bold,
    };
    // An empty paragraph still needs a run: pptxgenjs takes the size of an empty line from the
    // first paragraph of the box, and a space carries this paragraph's own size.
    const runs = paragraph.runs.some((run) => runText(run) !== '') ? paragraph.runs : [{ text: ' ' }];
    const last = runs.length - 1;
    runs.forEach((run, j) => {
      const options = runOptions(run, base, ctx);
      if (paragraph.align !== undefined) options.align = paragraph.align;
      if (j === 0) Object.assign(options, paragraphOptions(paragraph, shape.lineSpacing, starts[index]));
      // A break after a paragraph's last run has nothing to break before; the paragraph ends anyway.
      if (j > 0 && runs[j - 1]?.breakAfter === true) options.softBreakBefore = true;
      if (j === last && index < shape.paragraphs.length - 1) options.breakLine = true;
      out.push({ text: runText(run), options });
    });
  });
  return out;
}

/** Options pptxgenjs turns into the paragraph's `a:pPr`. */
function paragraphOptions(
  paragraph: LaidParagraph,
  lineSpacing: number,
  startAt: number | undefined,
): TextPropsOptions {
  const options: TextPropsOptions = { lineSpacingMultiple: lineSpacing, ...(paragraph.rtl === true ? { rtlMode: true } : {}) };
  if (paragraph.spaceBefore > 0) options.paraSpaceBefore = paragraph.spaceBefore;
  if (paragraph.level > 0) options.indentLevel = paragraph.level;
  const bullet = paragraph.bullet;
  // `bullet: {type: 'bullet'}` gives no bullet in pptxgenjs 4 (DESIGN §3); `indent` alone gives one.
  if (bullet.kind === 'bullet') options.bullet = { indent: BULLET_INDENT_PT };
  // A no-break space as the bullet keeps the item's hanging indent with nothing visible.
  else if (bullet.kind === 'continued') options.bullet = { code: '00A0', indent: BULLET_INDENT_PT };
  else if (bullet.kind === 'number') {
    options.bullet = { type: 'number', numberStartAt: startAt ?? bullet.value, indent: BULLET_INDENT_PT };
  }
  return options;
}

/**
 * The `startAt` of each numbered paragraph: the value of the first item of its run of consecutive
 * numbers at that level. PowerPoint counts on from `startAt` through a run of auto-numbered
 * paragraphs (deeper levels in between do not interrupt it), so each item shows its own value.
 */
function numberStarts(paragraphs: LaidParagraph[]): Array<number | undefined> {
  const open = new Map<number, { start: number; next: number }>();
  return paragraphs.map((paragraph) => {
    for (const level of [...open.keys()]) if (level > paragraph.level) open.delete(level);
    const bullet = paragraph.bullet;
    if (bullet.kind !== 'number') {
      open.delete(paragraph.level);
      return undefined;
    }
    const run = open.get(paragraph.level);
    if (run !== undefined && run.next === bullet.value) {
      run.next += 1;
      return run.start;
    }
    open.set(paragraph.level, { start: bullet.value, next: bullet.value + 1 });
    return bullet.value;
  });
}

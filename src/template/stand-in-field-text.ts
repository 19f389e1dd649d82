/**
 * Master and layout text boxes that stand in for a slide's date, footer or number (issue #11).
 *
 * LibreOffice's Impress templates may put a date or page-number *field* in a plain text box of the
 * master instead of in its date and number placeholders (Lights does, on two of its three masters).
 * Converting the template to .pptx keeps the page number as an `a:fld type="slidenum"` but writes
 * LibreOffice's date and footer fields as their literal prompt text, `<date/time>` and `<footer>`
 * (localised in other languages, always in angle brackets). Such a box is no placeholder (no
 * `p:ph`), so PowerPoint and LibreOffice both draw it on every slide of the master (ECMA-376 Part 1,
 * §19.3.1.38 `p:sld/@showMasterSp`, default on): the literal `<date/time>` on every slide, drawn
 * over the date briefdeck writes into the date placeholder at the same spot, and a slide number on
 * the cover, which briefdeck leaves unnumbered. Measured with the reference brief on Lights: the
 * cover showed "<date/time>" and "1", every other slide its date over "<date/time>".
 *
 * The text of such a box is removed (the box stays, empty, so the master keeps every shape) when all
 * of its text is either a literal field prompt, which no renderer can resolve, or a slide-number or
 * date field over the master's (or layout's) own placeholder of that kind, which briefdeck fills
 * on the slides it numbers and dates. A number field with no placeholder under it (Midnightblue's
 * circle) is the template's own numbering and stays; so does any box with other text in it.
 */
import { boxesOverlap } from '../fit/placeholder-room.js';
import { EMU_PER_INCH } from './ooxml-text.js';
import type { TemplateBox, TemplateModel } from './types.js';

/** A run whose whole text is a field prompt LibreOffice wrote literally, e.g. `&lt;date/time&gt;`. */
const PROMPT_RUN = /^<a:r>(?:(?!<\/a:r>)[\s\S])*?<a:t>\s*&lt;(?:(?!&[lg]t;)[^<])+&gt;\s*<\/a:t><\/a:r>$/;

/** Field types that show what a placeholder type shows on a slide. */
const FIELD_PLACEHOLDER: ReadonlyArray<[RegExp, string]> = [
  [/^slidenum$/, 'sldNum'],
  [/^datetime\d*$/, 'dt'],
];

/** Runs and fields of a text body, in order. */
function textPieces(sp: string): string[] {
  return sp.match(/<a:r>[\s\S]*?<\/a:r>|<a:fld\b[\s\S]*?<\/a:fld>/g) ?? [];
}

/** The shape's box from its `a:xfrm`, inches; undefined when it has none. */
function shapeBox(sp: string): TemplateBox | undefined {
  const off = /<a:off x="(-?\d+)" y="(-?\d+)"\/>/.exec(sp);
  const ext = /<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(sp);
  if (!off || !ext) return undefined;
  const [x, y, w, h] = [off[1], off[2], ext[1], ext[2]].map((v) => Number(v) / EMU_PER_INCH) as [number, number, number, number];
  return { x, y, w, h };
}

/** True when `piece` draws nothing a slide needs: a literal prompt, or a field its placeholder shows. */
function standsIn(piece: string, box: TemplateBox | undefined, placeholders: ReadonlyArray<{ type: string; box: TemplateBox }>): boolean {
  if (PROMPT_RUN.test(piece)) return true;
  const type = /^<a:fld\b[^>]*\btype="([^"]*)"/.exec(piece)?.[1];
  const phType = type === undefined ? undefined : FIELD_PLACEHOLDER.find(([re]) => re.test(type))?.[1];
  return phType !== undefined && box !== undefined && placeholders.some((p) => p.type === phType && boxesOverlap(p.box, box));
}

/** `xml` with the stand-in text of its top-level, non-placeholder shapes removed. */
export function removeStandInText(xml: string, placeholders: ReadonlyArray<{ type: string; box: TemplateBox }>): string {
  let depth = 0;
  // Shapes inside a group are in the group's coordinates: only top-level shapes are judged.
  return xml.replace(/<p:grpSp>|<\/p:grpSp>|<p:sp>[\s\S]*?<\/p:sp>/g, (m) => {
    if (m === '<p:grpSp>') depth++;
    else if (m === '</p:grpSp>') depth--;
    if (depth > 0 || !m.startsWith('<p:sp>') || m.includes('<p:ph')) return m;
    const pieces = textPieces(m);
    const box = shapeBox(m);
    if (pieces.length === 0 || !pieces.every((p) => standsIn(p, box, placeholders))) return m;
    return m.replace(/<a:r>[\s\S]*?<\/a:r>|<a:fld\b[\s\S]*?<\/a:fld>/g, '');
  });
}

/**
 * The template with the stand-in text removed from its masters and layouts; the same object when
 * there is none (most templates), so nothing is copied for them.
 */
export function withoutStandInFieldText(model: TemplateModel): TemplateModel {
  const edits = new Map<string, string>();
  const judge = (part: string, placeholders: ReadonlyArray<{ type: string; box: TemplateBox }>): void => {
    const xml = model.parts.text(part);
    const edited = removeStandInText(xml, placeholders);
    if (edited !== xml) edits.set(part, edited);
  };
  // A layout's placeholders are resolved through its master, so a master's are its layouts' own.
  for (const master of model.masters) judge(master.part, model.layouts.filter((l) => l.master === master.part).flatMap((l) => l.placeholders));
  for (const layout of model.layouts) judge(layout.part, layout.placeholders);
  if (edits.size === 0) return model;
  const parts = model.parts.clone();
  for (const [part, xml] of edits) parts.editText(part, () => xml);
  return { ...model, parts };
}

/**
 * `briefdeck layouts <file.pptx|.potx>` (issue #11 item 4): lists a house template's slide masters
 * and layouts with their placeholders (type, idx, position and size in cm and in, level-1 font and
 * size) and the layout briefdeck will use for each kind of slide, with a warning line for every
 * role it cannot map well. Exit 1 with the diagnostics for a bad template.
 */
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { readTemplateFile } from '../io/read-template-file.js';
import { LAYOUT_ROLES, mapLayouts } from '../template/map-layouts.js';
import type { LayoutMapping, LayoutRole, ResolvedPlaceholder, TemplateBox, TemplateModel } from '../template/types.js';
import { EXIT } from './exit-codes.js';
import { printDiagnostics } from './report.js';

/** Options of `briefdeck layouts`. */
export interface LayoutsCommandOptions {
  file: string;
  format: 'text' | 'json';
}

/** Runs `briefdeck layouts`; returns the exit code. */
export function runLayoutsCommand(options: LayoutsCommandOptions): number {
  const read = readTemplateFile(options.file);
  const diagnostics: Diagnostic[] = [...read.diagnostics];
  const mapped = read.value === undefined ? undefined : mapLayouts(read.value, {}, { file: options.file });
  if (mapped !== undefined) diagnostics.push(...mapped.diagnostics);
  const failed = read.value === undefined || mapped?.value === undefined || hasErrors(diagnostics);
  if (options.format === 'json') {
    const report = failed ? { file: options.file, valid: false, diagnostics } : { ...describeTemplate(read.value!, mapped!.value!), valid: true, diagnostics };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else if (failed) {
    printDiagnostics(diagnostics);
  } else {
    process.stdout.write(`${formatLayouts(read.value!, mapped!.value!, diagnostics)}\n`);
  }
  return failed ? EXIT.invalidInput : EXIT.ok;
}

const CM_PER_INCH = 2.54;

/** A placeholder as `--format json` shows it: box in inches and centimetres, level-1 type. */
interface PlaceholderReport {
  type: string;
  idx: number;
  name: string;
  box: TemplateBox;
  boxCm: TemplateBox;
  font: string;
  sizePt: number;
}

/** The template and mapping as plain data (`--format json`). */
export function describeTemplate(model: TemplateModel, mapping: Record<LayoutRole, LayoutMapping>) {
  return {
    file: model.source,
    slideSize: { width: round(model.slideSize.width), height: round(model.slideSize.height), widthCm: round(model.slideSize.width * CM_PER_INCH), heightCm: round(model.slideSize.height * CM_PER_INCH) },
    masters: model.masters.map((master) => ({
      part: master.part,
      name: master.name,
      inheritsTextStyles: master.inheritsTextStyles !== false,
      theme: model.themes.find((t) => t.part === master.theme),
      layouts: model.layouts.filter((l) => l.master === master.part).map((layout) => ({
        part: layout.part,
        name: layout.name,
        ...(layout.type !== undefined ? { type: layout.type } : {}),
        ...(layout.background !== undefined ? { background: layout.background } : {}),
        placeholders: layout.placeholders.map(placeholderReport),
      })),
    })),
    mapping: Object.fromEntries(LAYOUT_ROLES.map((role) => {
      const m = mapping[role];
      return [role, { layout: m.layout.name, part: m.layout.part, master: m.layout.master, match: m.match, ...(m.note !== undefined ? { note: m.note } : {}) }];
    })),
  };
}

function placeholderReport(p: ResolvedPlaceholder): PlaceholderReport {
  const run = p.levels[0]!.run;
  return {
    type: p.type,
    idx: p.idx,
    name: p.name,
    box: roundBox(p.box, 1),
    boxCm: roundBox(p.box, CM_PER_INCH),
    font: run.font.latin,
    sizePt: run.sizePt,
  };
}

/** The text listing: masters, their layouts and placeholders, then the mapping and its warnings. */
export function formatLayouts(model: TemplateModel, mapping: Record<LayoutRole, LayoutMapping>, diagnostics: readonly Diagnostic[]): string {
  const { width, height } = model.slideSize;
  const lines = [`${model.source}: slides ${fixed(width * CM_PER_INCH)} × ${fixed(height * CM_PER_INCH)} cm (${fixed(width)} × ${fixed(height)} in), ${plural(model.masters.length, 'slide master')}, ${plural(model.layouts.length, 'layout')}`];
  model.masters.forEach((master, m) => {
    const theme = model.themes.find((t) => t.part === master.theme);
    lines.push('', `Slide master ${m + 1}${master.name ? ` "${master.name}"` : ''} (${master.part}), theme "${theme?.name ?? ''}": headings ${theme?.majorFont.latin ?? '?'}, body ${theme?.minorFont.latin ?? '?'}`);
    if (master.inheritsTextStyles === false) lines.push('  (no master text styles, as LibreOffice writes them: fonts and sizes below come from the placeholders\' prompt text)');
    model.layouts.filter((l) => l.master === master.part).forEach((layout, i) => {
      const roles = LAYOUT_ROLES.filter((role) => mapping[role].layout === layout);
      lines.push(`  ${i + 1}. "${layout.name}" (${layout.part.replace(/^.*\//, '')})${layout.background !== undefined ? `, background #${layout.background}` : ''}${roles.length > 0 ? `  ← briefdeck ${roles.join(', ')}` : ''}`);
      for (const p of layout.placeholders) lines.push(`       ${placeholderLine(p)}`);
      if (layout.placeholders.length === 0) lines.push('       (no placeholders)');
    });
  });
  lines.push('', 'Layouts briefdeck uses:');
  for (const role of LAYOUT_ROLES) {
    const m = mapping[role];
    const where = model.masters.length > 1 ? ` of slide master ${model.masters.findIndex((x) => x.part === m.layout.master) + 1}` : '';
    lines.push(`  ${role.padEnd(12)} → "${m.layout.name}"${where} (${m.match === 'exact' ? 'has the placeholders it needs' : m.match === 'named' ? 'named in theme.json' : 'nearest match'})`);
  }
  const warnings = diagnostics.filter((d) => d.severity === 'warning');
  if (warnings.length > 0) lines.push('', ...warnings.map((d) => `warning: ${d.message}`));
  return lines.join('\n');
}

function placeholderLine(p: ResolvedPlaceholder): string {
  const b = p.box;
  const cm = `${fixed(b.x * CM_PER_INCH)}, ${fixed(b.y * CM_PER_INCH)} cm, ${fixed(b.w * CM_PER_INCH)} × ${fixed(b.h * CM_PER_INCH)} cm`;
  const inches = `${fixed(b.x)}, ${fixed(b.y)} in, ${fixed(b.w)} × ${fixed(b.h)} in`;
  const run = p.levels[0]!.run;
  const moved = p.templateBox === undefined ? '' : `, moved onto the slide from ${fixed(p.templateBox.x)}, ${fixed(p.templateBox.y)} in, ${fixed(p.templateBox.w)} × ${fixed(p.templateBox.h)} in`;
  return `${p.type.padEnd(8)} idx ${String(p.idx).padEnd(3)} at ${cm} (${inches})  ${run.font.latin} ${run.sizePt} pt${p.body.vertical ? ', vertical text' : ''}${p.body.turned === true ? ', vertical text written horizontally' : ''}${moved}`;
}

function roundBox(box: TemplateBox, factor: number): TemplateBox {
  return { x: round(box.x * factor), y: round(box.y * factor), w: round(box.w * factor), h: round(box.h * factor) };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

function fixed(n: number): string {
  return n.toFixed(2);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

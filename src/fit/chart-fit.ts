import type { Box, ChartShape } from '../deck/laid-out.js';
import type { ChartBlock } from '../deck/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { FitContext } from './fit-context.js';
import { PLOT_SHARE } from '../theme/drawn-text-caps.js';
import { WIDTH_SAFETY } from './safety-margins.js';

/**
 * Geometry PowerPoint and LibreOffice give a clustered column chart, inches and shares: the chart
 * area's inner padding, the gap between category clusters as a share of one bar's width (the
 * default `c:gapWidth` of 150 % that pptxgenjs writes), the width of a legend entry's colour key.
 */
const CHART_PAD = 0.15;
const GAP_WIDTH = 1.5;
const LEGEND_KEY = 0.3;

/** Space a data label needs on each side before it touches its neighbour's, points. */
const LABEL_PAD_PT = 2;

/** Category labels may wrap to at most this many lines under their category. */
const MAX_CATEGORY_LINES = 2;

/** The legend may take at most this share of the chart's height before the chart's text shrinks. */
const MAX_LEGEND_SHARE = 0.25;

/** Chart text size at the theme's table size: a little smaller than table text, not below the table floor. */
function chartSizes(ctx: FitContext): { start: number; floor: number } {
  const { sizes } = ctx.theme;
  return { start: Math.max(sizes.tableMin, sizes.table - 2), floor: sizes.tableMin };
}

/** True when every value of the chart is a whole number (the writer then groups digits: `#,##0`). */
export function wholeNumbers(chart: ChartBlock): boolean {
  return chart.series.every((s) => s.values.every(Number.isInteger));
}

/** A value as the chart's labels show it: digit-grouped whole numbers, otherwise Excel's General (up to 10 significant digits). */
export function chartValueText(value: number, whole: boolean): string {
  if (whole) return groupThousands(value);
  return String(Number(value.toPrecision(10)));
}

/**
 * A whole number with comma thousands separators, as `#,##0` shows it ("12,345"): written directly,
 * because the first `toLocaleString` of a process builds an `Intl.NumberFormat` (4–9 ms, README
 * Performance). Values are below 10^15 (src/deck/chart-values.ts), so `String` gives every digit.
 */
function groupThousands(value: number): string {
  const digits = String(Math.abs(value));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return value < 0 ? `-${grouped}` : grouped;
}

/** Width in inches the value axis labels take: the widest of the axis extremes, formatted. */
function valueAxisWidth(ctx: FitContext, chart: ChartBlock, sizePt: number, whole: boolean): number {
  const values = chart.series.flatMap((s) => s.values);
  const extremes = [Math.max(0, ...values), Math.min(0, ...values)].map((v) => chartValueText(Math.round(v * 1.2), true));
  const text = whole ? extremes : [...extremes, ...values.map((v) => chartValueText(v, false))];
  const widest = Math.max(...text.map((t) => ctx.measurer.width(t, { face: ctx.theme.fonts.body, sizePt })));
  return (widest * WIDTH_SAFETY) / 72 + 0.1;
}

/** Width in inches of the plot area between the value axis and the right edge of the chart. */
function plotWidth(ctx: FitContext, chart: ChartBlock, box: Box, sizePt: number, whole: boolean): number {
  const axisTitle = chart.unit ? (ctx.measurer.lineHeight({ face: ctx.theme.fonts.body, sizePt }) / 72) + 0.1 : 0;
  return Math.max(0.1, box.w - 2 * CHART_PAD - valueAxisWidth(ctx, chart, sizePt, whole) - axisTitle);
}

/**
 * Whether every data label of a clustered column chart fits over its own bar without touching its
 * neighbours': a label is centred on its bar, so it must be no wider than the bar (which is also
 * the distance between neighbouring bars' centres).
 */
function dataLabelsFit(ctx: FitContext, chart: ChartBlock, plotW: number, sizePt: number, whole: boolean): boolean {
  const categoryW = plotW / Math.max(1, chart.categories.length);
  const barPt = (categoryW / (chart.series.length + GAP_WIDTH)) * 72;
  const widest = Math.max(0, ...chart.series.flatMap((s) => s.values.map((v) => ctx.measurer.width(chartValueText(v, whole), { face: ctx.theme.fonts.body, sizePt }))));
  return widest * WIDTH_SAFETY + 2 * LABEL_PAD_PT <= barPt;
}

/** The most lines a category label wraps to under its category. */
function categoryLines(ctx: FitContext, chart: ChartBlock, plotW: number, sizePt: number): number {
  const widthPt = ((plotW / Math.max(1, chart.categories.length)) * 72) / WIDTH_SAFETY;
  const style = { face: ctx.theme.fonts.body, monoFace: ctx.theme.fonts.mono, sizePt };
  return Math.max(1, ...chart.categories.map((c) => ctx.measurer.wrap([{ text: c }], widthPt, style).length));
}

/** Height in inches of the legend under the chart: its entries packed into rows across the chart's width. */
function legendHeight(ctx: FitContext, chart: ChartBlock, box: Box, sizePt: number): number {
  if (chart.series.length < 2) return 0;
  const font = { face: ctx.theme.fonts.body, sizePt };
  const rowW = box.w - 2 * CHART_PAD;
  let rows = 1;
  let used = 0;
  for (const s of chart.series) {
    const w = LEGEND_KEY + (ctx.measurer.width(s.name, font) * WIDTH_SAFETY) / 72 + 0.1;
    if (used > 0 && used + w > rowW) (rows += 1), (used = 0);
    used += w;
  }
  return (rows * ctx.measurer.lineHeight(font)) / 72;
}

/**
 * Height in inches of the plot area: the frame less its padding and the text above and under the
 * plot: the chart's title (at 2 pt larger, counted whenever the chart has one, though the writer
 * leaves out a title that repeats the slide's), one line of data labels over the bars, the category
 * labels and the legend.
 */
function plotHeight(ctx: FitContext, chart: ChartBlock, box: Box, sizePt: number, plotW: number): number {
  const lineIn = (pt: number): number => ctx.measurer.lineHeight({ face: ctx.theme.fonts.body, sizePt: pt }) / 72;
  const title = chart.title.trim() === '' ? 0 : lineIn(sizePt + 2);
  const dataLabels = chart.chartType === 'bar' ? lineIn(sizePt) : 0;
  const categories = Math.min(MAX_CATEGORY_LINES, categoryLines(ctx, chart, plotW, sizePt)) * lineIn(sizePt);
  return box.h - 2 * CHART_PAD - title - dataLabels - categories - legendHeight(ctx, chart, box, sizePt);
}

/**
 * Whether the chart's text at `sizePt` leaves the chart readable: every category label in at most
 * `MAX_CATEGORY_LINES` lines, the legend within `MAX_LEGEND_SHARE` of the height, and the plot at
 * least `PLOT_SHARE` of the frame's width and height (src/theme/drawn-text-caps.ts).
 */
function textFits(ctx: FitContext, chart: ChartBlock, box: Box, sizePt: number, plotW: number): boolean {
  return (
    categoryLines(ctx, chart, plotW, sizePt) <= MAX_CATEGORY_LINES &&
    legendHeight(ctx, chart, box, sizePt) <= box.h * MAX_LEGEND_SHARE &&
    plotW >= box.w * PLOT_SHARE &&
    plotHeight(ctx, chart, box, sizePt, plotW) >= box.h * PLOT_SHARE
  );
}

/**
 * The values written out for the speaker notes when the chart cannot label them: one line per
 * series, "name: category value; …", in the chart's number format.
 */
export function chartValuesNote(chart: ChartBlock): string {
  const whole = wholeNumbers(chart);
  const unit = chart.unit ? ` (${chart.unit})` : '';
  const lines = chart.series.map((s) => `${s.name}: ${s.values.map((v, i) => `${chart.categories[i] ?? ''} ${chartValueText(v, whole)}`).join('; ')}`);
  return [`${chart.title || 'Chart'} — values${unit}:`, ...lines].join('\n');
}

/**
 * Fits a native chart into `box` (issue #13): text size from the theme's table size, down to the
 * table floor while category labels do not fit in two lines under their category, the legend
 * takes more than a quarter of the chart or the text leaves the plot less than `PLOT_SHARE` of the
 * frame either way (issue #11); data labels (column charts) only when every one fits
 * over its bar at that size, otherwise none, and the values go to the speaker notes instead.
 */
export function fitChart(ctx: FitContext, chart: ChartBlock, box: Box): ChartShape {
  const whole = wholeNumbers(chart);
  const { start, floor } = chartSizes(ctx);
  let size = start;
  const plotAt = (s: number): number => plotWidth(ctx, chart, box, s, whole);
  while (size > floor && !textFits(ctx, chart, box, size, plotAt(size))) size--;
  const labels = chart.chartType === 'bar' && dataLabelsFit(ctx, chart, plotAt(size), size, whole);
  return {
    kind: 'chart',
    box,
    chart,
    colors: ctx.theme.colors.chart,
    fontFace: ctx.theme.fonts.body,
    fontSize: size,
    dataLabels: labels,
    ...(chart.chartType === 'bar' && !labels ? { notes: chartValuesNote(chart) } : {}),
  };
}

/**
 * Problems with a chart that no fitting can solve: more series than the theme's chart palette has
 * colours, so some series share a colour and the legend cannot tell them apart.
 */
export function chartProblems(ctx: FitContext, chart: ChartBlock): Diagnostic[] {
  const palette = ctx.theme.colors.chart.length;
  if (chart.series.length <= palette) return [];
  return [
    {
      severity: 'warning',
      rule: 'chart-too-many-series',
      message: `the chart "${chart.title}" has ${chart.series.length} series but the theme's chart palette tells only ${palette} apart; series ${palette + 1}–${chart.series.length} repeat colours`,
      expected: `at most ${palette} series, or more colours in the theme's \`colors.chart\``,
      found: `${chart.series.length} series`,
    },
  ];
}

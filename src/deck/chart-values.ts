/**
 * Largest magnitude a chart value may have: 10^15. A chart's embedded workbook keeps 15
 * significant digits (Excel's precision), so larger numbers cannot be edited as written; and far
 * larger ones overflow where consumers compute the axis (1.7e308 drew an empty, collapsed chart;
 * issue #14). A brief's figures — casualties, prisoners, budgets in billions — stay far below it.
 */
export const MAX_CHART_VALUE = 1e15;

/** True for a number a chart can show: finite and within ±{@link MAX_CHART_VALUE}. */
export function isChartValue(value: number): boolean {
  return Number.isFinite(value) && Math.abs(value) <= MAX_CHART_VALUE;
}

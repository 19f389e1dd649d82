/**
 * The largest magnitude a chart value may have, exclusive: 10^15. Charts are drawn from the
 * embedded workbook's numbers, and Excel (whose number model PowerPoint's charts share) keeps only
 * 15 significant digits ("Excel specifications and limits": number precision 15 digits): a whole
 * number from 10^15 up is shown with its last digits turned to zeros, so the chart would no longer
 * show the data's value, and its digit-grouped label (19+ characters) is wider than any column. JSON
 * and YAML can write far larger numbers (up to 1.8 × 10^308), which collapse every other value of
 * the chart onto the axis; such a value is a mistake in the data, reported where it is written.
 */
export const CHART_VALUE_LIMIT = 1e15;

/** Why `value` cannot be shown on a chart, or undefined when it can. */
export function chartValueProblem(value: number): string | undefined {
  if (!Number.isFinite(value)) return 'is not a finite number';
  if (Math.abs(value) >= CHART_VALUE_LIMIT) return `is beyond what a chart can show (at most 15 significant digits: |value| < 10^15)`;
  return undefined;
}

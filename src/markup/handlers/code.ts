import type { Tokens } from 'marked';
import type { ChartBlock } from '../../deck/types.js';
import type { BlockHandler } from './context.js';
import { chartValueProblem } from '../../deck/chart-values.js';
import { stripLabelMarkers } from '../label-markers.js';

function isNumberArray(value: unknown): value is number[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'number');
}

/**
 * A ```chart fence holding JSON becomes a native chart:
 * `{"type": "bar"|"line", "title", "unit", "categories": [...], "series": [{"name", "values": [...]}]}`.
 * Any other fence is shown as monospaced text.
 */
export const code: BlockHandler = (token, context) => {
  const t = token as Tokens.Code;
  // Code is shown and parsed as written: label markers (label-markers.ts) have no place in it.
  const text = stripLabelMarkers(t.text);
  if ((t.lang ?? '').trim() !== 'chart') {
    return text.split('\n').map((line) => ({ kind: 'paragraph' as const, runs: [{ text: line || ' ', code: true }] }));
  }
  let spec: Record<string, unknown>;
  try {
    spec = JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    context.diagnostics.push({
      severity: 'error', rule: 'markup-chart', file: context.file, line: context.line,
      message: `chart block is not valid JSON: ${(error as Error).message}`,
    });
    return [];
  }
  const categories = Array.isArray(spec.categories) ? spec.categories.map(String) : [];
  const rawSeries = Array.isArray(spec.series) ? spec.series : [];
  const series = rawSeries.map((s: Record<string, unknown>) => ({ name: String(s?.name ?? ''), values: isNumberArray(s?.values) ? s.values : [] }));
  const problems: string[] = [];
  if (categories.length === 0) problems.push('`categories` must be a non-empty list');
  if (series.length === 0) problems.push('`series` must be a non-empty list');
  series.forEach((s, i) => {
    if (s.values.length !== categories.length) problems.push(`series ${i + 1} has ${s.values.length} numbers for ${categories.length} categories`);
    s.values.forEach((v, k) => {
      const problem = chartValueProblem(v);
      if (problem) problems.push(`value ${k + 1} of series ${i + 1} (${v}) ${problem}`);
    });
  });
  if (problems.length) {
    context.diagnostics.push({ severity: 'error', rule: 'markup-chart', file: context.file, line: context.line, message: `chart block: ${problems.join('; ')}` });
    return [];
  }
  const chart: ChartBlock = {
    kind: 'chart',
    chartType: spec.type === 'line' ? 'line' : 'bar',
    title: typeof spec.title === 'string' ? spec.title : '',
    categories,
    series,
  };
  if (typeof spec.unit === 'string' && spec.unit) chart.unit = spec.unit;
  return [chart];
};

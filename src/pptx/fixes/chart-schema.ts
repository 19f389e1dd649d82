import { partsIn, type PackageFix } from './context.js';

/**
 * Makes pptxgenjs' 2-D bar and line charts schema-valid (DESIGN §3; each found by the validator):
 * - bar and line groups carry a third `c:axId` (a series axis only 3-D charts have): keep two;
 * - `c:lineChart` lacks the required `c:grouping`: add `standard` (plain lines, not stacked);
 * - line series have `c:invertIfNegative` (bar-only) and `c:marker` after `c:dLbls`: drop the
 *   former, move the marker before the labels as CT_LineSer orders them.
 */
export const fixChartSchema: PackageFix = (parts) => {
  for (const chart of partsIn(parts, 'ppt/charts/')) {
    parts.editText(chart, (text) =>
      text
        .replace(/<c:(barChart|lineChart)>[\s\S]*?<\/c:\1>/g, keepTwoAxisIds)
        .replace(/<c:lineChart>(?!\s*<c:grouping)/g, '<c:lineChart><c:grouping val="standard"/>')
        .replace(/<c:lineChart>[\s\S]*?<\/c:lineChart>/g, (group) => group.replace(/<c:ser>[\s\S]*?<\/c:ser>/g, fixLineSeries)),
    );
  }
};

/** Removes every `c:axId` of a chart group after the second. */
function keepTwoAxisIds(group: string): string {
  let seen = 0;
  return group.replace(/<c:axId val="\d+"\/>/g, (axis) => (++seen <= 2 ? axis : ''));
}

/** Puts a line series' children in CT_LineSer order. */
function fixLineSeries(series: string): string {
  let out = series.replace(/<c:invertIfNegative val="\d"\/>/g, '');
  const marker = /<c:marker>[\s\S]*?<\/c:marker>|<c:marker\b[^>]*\/>/.exec(out)?.[0];
  const labels = out.indexOf('<c:dLbls>');
  if (marker !== undefined && labels >= 0 && out.indexOf(marker) > labels) {
    out = out.replace(marker, '');
    out = out.slice(0, labels) + marker + out.slice(labels);
  }
  return out;
}

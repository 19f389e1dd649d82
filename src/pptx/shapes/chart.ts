import type { ChartOptions, Slide } from '../pptxgen-types.js';
import type { ChartShape } from '../../deck/laid-out.js';
import { fontFaceAttr, stripXmlInvalid } from '../clean-text.js';
import { chartAltText } from './chart-alt-text.js';
import type { WriteContext } from './context.js';

/**
 * Adds a native, editable bar or line chart. Colours are always given, one per series (cycled when
 * the theme has fewer), because pptxgenjs picks random colours once it runs out (DESIGN §3).
 */
export function addChartShape(slide: Slide, shape: ChartShape, ctx: WriteContext): void {
  const chart = shape.chart;
  const categories = chart.categories.map(stripXmlInvalid);
  const data = chart.series.map((series) => ({
    name: stripXmlInvalid(series.name),
    labels: [...categories],
    values: [...series.values],
  }));
  const palette = shape.colors.length > 0 ? shape.colors : ctx.theme.colors.chart;
  const colors = chart.series.map((_, index) => palette[index % palette.length] ?? ctx.theme.colors.primary);
  const font = { face: fontFaceAttr(shape.fontFace), size: shape.fontSize, color: ctx.theme.colors.text };
  // Whole numbers get digit grouping (1,000, as the viewer's locale writes it); `#,##0` would
  // round 14.1 to 14, so data with any fraction keeps `General`.
  const numberFormat = chart.series.every((s) => s.values.every(Number.isInteger)) ? '#,##0' : 'General';
  // A chart titled like its slide would say the same thing twice, a few centimetres apart.
  const title = sameText(chart.title, ctx.slideTitle) ? '' : stripXmlInvalid(chart.title);
  const unit = chart.unit === undefined ? '' : stripXmlInvalid(chart.unit);
  const isBar = chart.chartType === 'bar';
  const options: ChartOptions = {
    x: shape.box.x,
    y: shape.box.y,
    w: shape.box.w,
    h: shape.box.h,
    chartColors: colors,
    lang: ctx.lang,
    // pptxgenjs writes `descr=""` without it: the chart would be silent to screen readers (issue #12).
    altText: stripXmlInvalid(chartAltText(chart, ctx.lang)),
    // pptxgenjs rounds the chart frame by default; briefs use square frames like tables.
    chartArea: { roundedCorners: false },
    showTitle: title !== '',
    title,
    titleFontFace: font.face,
    titleFontSize: font.size + 2,
    titleColor: font.color,
    showLegend: chart.series.length > 1,
    legendPos: 'b',
    legendFontFace: font.face,
    legendFontSize: font.size,
    legendColor: font.color,
    catAxisLabelFontFace: font.face,
    catAxisLabelFontSize: font.size,
    catAxisLabelColor: font.color,
    valAxisLabelFontFace: font.face,
    valAxisLabelFontSize: font.size,
    valAxisLabelColor: font.color,
    showValAxisTitle: unit !== '',
    valAxisTitle: unit,
    valAxisTitleFontFace: font.face,
    valAxisTitleFontSize: font.size,
    valAxisTitleColor: font.color,
    valGridLine: { color: 'D9D9D9', size: 0.5 },
    valAxisLabelFormatCode: numberFormat,
  };
  if (isBar) {
    Object.assign(options, {
      barDir: 'col',
      barGrouping: 'clustered',
      showValue: shape.dataLabels !== false,
      dataLabelPosition: 'outEnd',
      dataLabelFormatCode: numberFormat,
      dataLabelFontFace: font.face,
      dataLabelFontSize: font.size,
      dataLabelColor: font.color,
    } satisfies ChartOptions);
  } else {
    Object.assign(options, { lineSize: 2, lineDataSymbol: 'circle', lineDataSymbolSize: 6 } satisfies ChartOptions);
  }
  slide.addChart(isBar ? ctx.pptx.ChartType.bar : ctx.pptx.ChartType.line, data, options);
}

/** True when two titles read the same (case, outer and repeated white space ignored). */
function sameText(a: string, b: string): boolean {
  const norm = (text: string): string => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
  return norm(a) === norm(b);
}

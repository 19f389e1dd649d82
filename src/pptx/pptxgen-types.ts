/**
 * pptxgenjs types as this ESM project sees them. The package's declaration file is CommonJS-typed
 * (`export default` in a package without `"type": "module"`), so under NodeNext its default export
 * lands on `.default`; these aliases keep that quirk in one place.
 */
import type * as PptxModule from 'pptxgenjs';

type P = typeof PptxModule.default;

/** The pptxgenjs class as the runtime ESM build exports it (`(await import('pptxgenjs')).default`). */
export type PptxConstructor = P['default'];
/** A pptxgenjs presentation. */
export type Pptx = InstanceType<PptxConstructor>;
/** A pptxgenjs slide. */
export type Slide = PptxModule.default.Slide;
/** One run of text with its options. */
export type TextProps = PptxModule.default.TextProps;
/** Options of a text box or of one run. */
export type TextPropsOptions = PptxModule.default.TextPropsOptions;
/** A hyperlink to a URL or to a slide number. */
export type HyperlinkProps = PptxModule.default.HyperlinkProps;
/** One table cell. */
export type TableCell = PptxModule.default.TableCell;
/** Options of one table cell. */
export type TableCellProps = PptxModule.default.TableCellProps;
/** Options of a chart. */
export type ChartOptions = PptxModule.default.IChartOpts;

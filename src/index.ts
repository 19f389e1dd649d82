/**
 * briefdeck's library API: build a brief from a data file and templates into .pptx bytes.
 * @example
 *   import { buildBrief } from 'briefdeck';
 *   const { bytes } = await buildBrief({ data: 'data/istanbul-2025-06-02.yaml' });
 */
export { buildBrief, type BuildBriefOptions, type BuiltBrief } from './build-brief.js';
export { BriefInputError, PackageCheckError, UsageError } from './diagnostics/errors.js';
export type { Diagnostic, StageResult } from './diagnostics/diagnostic.js';
export { formatDiagnostics, formatDiagnostic } from './diagnostics/format.js';
export type { Brief } from './data/types.js';
export type { Deck, Slide, Layout, Block, Run } from './deck/types.js';
export type { LaidOutDeck, LaidOutSlide, Shape } from './deck/laid-out.js';
export type { Theme } from './theme/types.js';
export { layOutBrief, runPipeline, type PipelineInput, type PipelineResult } from './pipeline.js';

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
export {
  MANIFEST_FORMAT,
  type DeckManifest, type ManifestSlide, type ManifestSource, type ManifestOutput, type ManifestOutputKind, type ManifestDiagnostic,
} from './manifest/deck-manifest.js';
/** Writes files: PDF, slide PNGs and a contact sheet of written decks, through LibreOffice (one start for all). */
export { convertDecks, type ConvertDecksOptions, type ConvertDecksResult, type ConvertedDeck, type ConvertedFile } from './io/convert-decks.js';
export { manifestWithOutputs, writeManifest, type ManifestFiles, type WrittenOutput } from './io/write-manifest.js';
export { composeContactSheet, type ContactSheetOptions } from './preview/contact-sheet.js';
/** Audits any .pptx (briefdeck's or another program's) for accessibility and package problems (`briefdeck check`). */
export { checkDeck, type DeckAudit } from './check/check-deck.js';
export { CHECK_RULES } from './check/check-rules.js';
export type { Finding, CheckRule } from './check/finding.js';

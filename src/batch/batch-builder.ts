import { resolve } from 'node:path';
import { buildBrief } from '../build-brief.js';
import { BriefInputError } from '../diagnostics/errors.js';
import { loadTemplateSet } from '../io/load-template-set.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import type { TemplateSet } from '../render/template-set.js';
import type { BatchOutcome, BatchSettings, BatchTask } from './batch-outcome.js';

/** Builds one brief of a batch and writes its deck; never throws. */
export type BatchBuilder = (task: BatchTask) => Promise<BatchOutcome>;

/**
 * A builder for the briefs of one batch. The template set is read and checked once and reused for
 * every brief (the measurer's glyph cache, the compiled schema validator and compiled templates are
 * per process as well), so a worker pays start-up costs once, not per deck. Each deck is written
 * atomically; a failure of any kind becomes the outcome's diagnostics, so one bad brief never stops
 * the others.
 */
export function createBatchBuilder(settings: BatchSettings): BatchBuilder {
  let templates: Promise<TemplateSet | BatchOutcome['diagnostics']> | undefined;
  const loadTemplates = () => {
    templates ??= loadTemplateSet(settings.templates, settings.cwd).then((set) => set.value && !set.diagnostics.some((d) => d.severity === 'error') ? set.value : set.diagnostics);
    return templates;
  };
  return async (task) => {
    try {
      const set = await loadTemplates();
      if (Array.isArray(set)) return { file: task.file, ok: false, slides: 0, diagnostics: set };
      const built = await buildBrief({
        data: task.file,
        templates: set,
        cwd: settings.cwd,
        ...(settings.reference ? { reference: settings.reference } : {}),
        ...(settings.language ? { language: settings.language } : {}),
      });
      await writeFileAtomic(resolve(settings.cwd, task.out), built.bytes);
      return { file: task.file, out: task.out, ok: true, slides: built.deck.slides.length, diagnostics: built.diagnostics };
    } catch (error) {
      if (error instanceof BriefInputError) return { file: task.file, ok: false, slides: 0, diagnostics: error.diagnostics };
      const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      return {
        file: task.file, ok: false, slides: 0,
        diagnostics: [{ severity: 'error', rule: 'internal', file: task.file, message: `internal error (this is a bug in briefdeck, please report it): ${detail}` }],
      };
    }
  };
}

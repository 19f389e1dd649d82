/**
 * The read edge for house templates (issue #11): reads a .pptx/.potx with a size limit and hands
 * the bytes to the pure reader. Never throws for user mistakes: a missing, unreadable or oversized
 * file is a diagnostic (`file-not-found`, `file-unreadable`, `file-too-large`) naming it.
 */
import type { StageResult } from '../diagnostics/diagnostic.js';
import { readTemplate } from '../template/read-template.js';
import type { TemplateModel } from '../template/types.js';
import { readBoundedFile } from './read-bounded-file.js';

/**
 * Largest template accepted: 100 MB. Corporate templates with photographs and embedded fonts run to
 * tens of megabytes; anything far bigger is the wrong file (a deck full of video).
 */
export const MAX_TEMPLATE_BYTES = 100 * 1024 * 1024;

/** Reads and parses a house template file. `path` is reported as given. */
export function readTemplateFile(path: string, options: { maxBytes?: number } = {}): StageResult<TemplateModel> {
  const bytes = readBoundedFile(path, options.maxBytes ?? MAX_TEMPLATE_BYTES, 'a .pptx or .potx template');
  return bytes.value === undefined ? { value: undefined, diagnostics: bytes.diagnostics } : readTemplate(bytes.value, path);
}

import { dirname, resolve } from 'node:path';
import { loadImages } from './io/load-images.js';
import type { LaidOutDeck } from './deck/laid-out.js';
import { hasErrors, type Diagnostic } from './diagnostics/diagnostic.js';
import { BriefInputError } from './diagnostics/errors.js';
import { loadDefaultThemeValue, loadTemplateSet } from './io/load-template-set.js';
import { readSourceFile, type SourceFile } from './io/read-source.js';
import { createManifest, type DeckManifest } from './manifest/deck-manifest.js';
import { readPackageVersion } from './package-version.js';
import { runPipeline } from './pipeline.js';
import type { TemplateSet } from './render/template-set.js';
import type { Theme } from './theme/types.js';
import type { TemplateModel } from './template/types.js';

/** The bundled default theme is read once per process: it never changes while briefdeck runs. */
let defaultThemeValue: Promise<unknown> | undefined;

/** Options of `buildBrief`. */
export interface BuildBriefOptions {
  /** The data file: a path to read, or its text with the name to report it under. */
  data: string | SourceFile;
  /**
   * Template set: a bundled name (`default`), a folder, or a set already loaded with
   * `loadTemplateSet` (batch builds load it once and reuse it for every brief).
   */
  templates?: string | TemplateSet;
  /** Language of fixed words and dates; default: the brief's `language`. */
  language?: string;
  /** Folder relative paths are resolved against; default: the process's. */
  cwd?: string;
  /**
   * A house template to build on (issue #11): the path of a .pptx or .potx, or one already read
   * with `readTemplate`. Default: the template set's `reference` in its `theme.json`, else the
   * set's own generated master and layouts.
   */
  reference?: string | TemplateModel;
}

/** A built brief. */
export interface BuiltBrief {
  /** The .pptx package, already self-checked. */
  bytes: Uint8Array;
  /** The laid-out deck the bytes were written from (slide titles, continuations). */
  deck: LaidOutDeck;
  /** Warnings (errors throw). */
  diagnostics: Diagnostic[];
  /**
   * Slides, cited sources, warnings, tool version and the sha256 of `bytes`. Its only output is
   * the .pptx, without a path: whoever writes files adds them (the CLI's `--manifest` does).
   */
  manifest: DeckManifest;
}

/**
 * Builds a brief into .pptx bytes. Reads the data file (unless given as text) and the template
 * set; writes nothing. Throws `BriefInputError` with every diagnostic when the input is invalid.
 */
export async function buildBrief(options: BuildBriefOptions): Promise<BuiltBrief> {
  const cwd = options.cwd ?? process.cwd();
  const diagnostics: Diagnostic[] = [];
  let source: SourceFile | undefined;
  if (typeof options.data === 'string') {
    const read = await readSourceFile(options.data);
    diagnostics.push(...read.diagnostics);
    source = read.value;
  } else {
    source = options.data;
  }
  const templates = typeof options.templates === 'object' ? { value: options.templates, diagnostics: [] } : await loadTemplateSet(options.templates ?? 'default', cwd);
  diagnostics.push(...templates.diagnostics);
  if (!source || !templates.value || hasErrors(diagnostics)) throw new BriefInputError('the brief could not be built', diagnostics);
  const reference = await referenceOf(options.reference, templates.value, cwd);
  diagnostics.push(...reference.diagnostics);
  if (hasErrors(diagnostics)) throw new BriefInputError('the brief could not be built', diagnostics);
  defaultThemeValue ??= loadDefaultThemeValue();
  const defaultTheme = (await defaultThemeValue) as Theme;
  const roots = [dirname(resolve(cwd, source.path)), templates.value.dir];
  const result = await runPipeline(
    { source, templates: templates.value, defaultTheme, ...(options.language ? { language: options.language } : {}), ...(reference.value ? { reference: reference.value } : {}) },
    (deck, origins) => loadImages(deck, roots, origins),
  );
  diagnostics.push(...result.diagnostics);
  if (!result.bytes || !result.laidOut || !result.brief || hasErrors(diagnostics)) throw new BriefInputError('the brief could not be built', diagnostics);
  const manifest = createManifest({
    version: await readPackageVersion(),
    dataPath: source.path,
    dataText: source.text,
    templates: typeof options.templates === 'object' ? options.templates.name : options.templates ?? 'default',
    brief: result.brief,
    deck: result.laidOut,
    diagnostics,
    pptx: result.bytes,
  });
  return { bytes: result.bytes, deck: result.laidOut, diagnostics, manifest };
}

/**
 * The house template of a build: the option (a path against `cwd`, or a model), else the set's
 * `theme.json` `reference` (a path against the set's folder), else none.
 */
async function referenceOf(option: BuildBriefOptions['reference'], set: TemplateSet, cwd: string): Promise<{ value?: TemplateModel; diagnostics: Diagnostic[] }> {
  if (typeof option === 'object') return { value: option, diagnostics: [] };
  // The template reader (and its XML parser) loads only for builds that name a house template.
  const loadReference = async (path: string, base: string) => (await import('./io/load-reference.js')).loadReference(path, base);
  if (typeof option === 'string') {
    const read = await loadReference(option, cwd);
    return { ...(read.value ? { value: read.value } : {}), diagnostics: read.diagnostics };
  }
  const named = (set.theme.value as { reference?: unknown } | undefined)?.reference;
  if (typeof named !== 'string' || named.trim() === '') return { diagnostics: [] };
  const read = await loadReference(named, set.dir);
  return { ...(read.value ? { value: read.value } : {}), diagnostics: read.diagnostics };
}

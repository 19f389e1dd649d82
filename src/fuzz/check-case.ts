/**
 * The fuzz property: whatever the data file holds, a build ends in a deck that passes the package
 * self-check and carries no unsafe content, or in diagnostics that explain why not; it never
 * throws. Shared by the in-test fuzzing (`test/fuzz/`) and `npm run fuzz`.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { PNG } from 'pngjs';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { loadImages } from '../io/load-images.js';
import { loadDefaultThemeValue, loadTemplateSet } from '../io/load-template-set.js';
import { decodeSource } from '../io/read-source.js';
import { layOutBrief, runPipeline, type PipelineInput } from '../pipeline.js';
import { checkPackage } from '../pptx/self-check.js';
import type { TemplateSet } from '../render/template-set.js';
import type { Theme } from '../theme/types.js';
import type { FuzzInput } from './arbitraries.js';

/** What a fuzz case needs besides its input, loaded once per process. */
export interface FuzzEnvironment {
  templates: TemplateSet;
  defaultTheme: Theme;
  /** Folder the fuzzed data file pretends to live in; holds `map.png` so image paths can resolve. */
  dataDir: string;
}

/** How a case ended when it kept the property. */
export interface CaseOutcome {
  result: 'deck' | 'diagnostics';
  /** Slides of the deck (laid out), when there is one. */
  slides: number;
  /** True when the case ran the writer and the self-check, not only the pure stages. */
  wrote: boolean;
  /** Rules of the error diagnostics, for statistics. */
  rules: string[];
}

/** A broken property: the message says which, the input is the case that broke it. */
export class FuzzFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FuzzFailure';
  }
}

/** Loads the bundled templates and theme and makes a data folder holding one small PNG. */
export async function loadFuzzEnvironment(): Promise<FuzzEnvironment> {
  const templates = await loadTemplateSet('default');
  if (!templates.value) throw new Error(`the bundled templates do not load: ${templates.diagnostics.map((d) => d.message).join('; ')}`);
  const dataDir = mkdtempSync(join(tmpdir(), 'briefdeck-fuzz-'));
  const png = new PNG({ width: 4, height: 3 });
  png.data.fill(200);
  writeFileSync(join(dataDir, 'map.png'), PNG.sync.write(png));
  return { templates: templates.value, defaultTheme: (await loadDefaultThemeValue()) as Theme, dataDir };
}

const ALLOWED_EXTERNAL = /^(https?:|mailto:)/i;
/** A file of a bundled template set, as diagnostics name it. */
const BUNDLED_TEMPLATE = /^templates\/[\w-]+\/.*\.hbs$/;

/**
 * Runs one case through the pure stages (or, with `write`, through the writer and the package
 * self-check too) and checks the property. Throws `FuzzFailure` when a build ends without a deck
 * and without an error diagnostic, or writes a package that fails its self-check or links to a
 * scheme other than http, https and mailto; any other exception is a crash the fuzzer reports.
 */
export async function checkCase(input: FuzzInput, env: FuzzEnvironment, write: boolean): Promise<CaseOutcome> {
  const decoded = decodeSource(join(env.dataDir, input.path), input.bytes);
  if (!decoded.value) return expectErrors(decoded.diagnostics, 'the read stage');
  const pipelineInput: PipelineInput = { source: decoded.value, templates: env.templates, defaultTheme: env.defaultTheme };
  if (!write) {
    const result = layOutBrief(pipelineInput);
    if (!result.laidOut) return expectErrors(result.diagnostics, 'layout');
    if (hasErrors(result.diagnostics)) throw new FuzzFailure('a laid-out deck came with error diagnostics');
    return { result: 'deck', slides: result.laidOut.slides.length, wrote: false, rules: [] };
  }
  const result = await runPipeline(pipelineInput, (deck, origins) => loadImages(deck, [env.dataDir, env.templates.dir], origins));
  if (!result.bytes) return expectErrors(result.diagnostics, 'the build');
  const problems = checkPackage(result.bytes);
  if (problems.length > 0) throw new FuzzFailure(`the package fails its self-check: ${problems.join('; ')}`);
  checkLiveContent(result.bytes);
  return { result: 'deck', slides: result.laidOut?.slides.length ?? 0, wrote: true, rules: [] };
}

function expectErrors(diagnostics: Diagnostic[], stage: string): CaseOutcome {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length === 0) throw new FuzzFailure(`${stage} produced no deck and no error diagnostic`);
  for (const d of errors) if (!d.message) throw new FuzzFailure(`an error diagnostic without a message (rule ${d.rule})`);
  // The bundled templates are right for every brief: what the data does wrong is the data's (issue #14).
  const blamed = errors.find((d) => d.file !== undefined && BUNDLED_TEMPLATE.test(d.file));
  if (blamed) throw new FuzzFailure(`data caused an error that names the bundled template ${blamed.file} (rule ${blamed.rule}: ${blamed.message})`);
  return { result: 'diagnostics', slides: 0, wrote: false, rules: errors.map((d) => d.rule) };
}

/**
 * Unsafe content that could survive into a valid package: a relationship whose target is an
 * external link to another scheme (`javascript:`, `file:`, `data:`).
 */
function checkLiveContent(bytes: Uint8Array): void {
  const parts = unzipSync(bytes);
  for (const [name, data] of Object.entries(parts)) {
    if (name.endsWith('.rels')) {
      const xml = new TextDecoder().decode(data);
      for (const match of xml.matchAll(/<Relationship\b[^>]*>/g)) {
        const tag = match[0];
        const target = /Target="([^"]*)"/.exec(tag)?.[1] ?? '';
        if (/TargetMode="External"/.test(tag) && !ALLOWED_EXTERNAL.test(target)) throw new FuzzFailure(`${name} links to ${target}`);
        if (/javascript:|file:|data:/i.test(target)) throw new FuzzFailure(`${name} has the relationship target ${target}`);
      }
    }
  }
}

import { dirname, relative, resolve, sep } from 'node:path';
import type { DeckManifest, ManifestOutput, ManifestOutputKind } from '../manifest/deck-manifest.js';
import { writeFileAtomic } from './write-atomic.js';

/** A file written for a manifest, by absolute (or cwd-relative) path. */
export interface WrittenOutput {
  kind: ManifestOutputKind;
  path: string;
  slide?: number;
  bytes: number;
  sha256: string;
}

/** The files written for a manifest: the deck (whose hash the manifest already has) and any others. */
export interface ManifestFiles {
  /** Where the .pptx bytes of the manifest were written. */
  pptx: string;
  /** Further files: PDF, PNGs, contact sheet (as `convertDecks` reports them). */
  files?: readonly WrittenOutput[];
}

/**
 * Gives a library manifest the paths of the files actually written, relative to the manifest's
 * folder (`/`-separated on every system), and appends the other outputs after the deck.
 */
export function manifestWithOutputs(manifest: DeckManifest, manifestPath: string, written: ManifestFiles): DeckManifest {
  const folder = dirname(resolve(manifestPath));
  const at = (path: string) => relative(folder, resolve(path)).split(sep).join('/');
  const outputs: ManifestOutput[] = manifest.outputs.map((output) => (output.kind === 'pptx' ? { ...output, path: at(written.pptx) } : output));
  for (const file of written.files ?? []) {
    outputs.push({ kind: file.kind, path: at(file.path), ...(file.slide === undefined ? {} : { slide: file.slide }), bytes: file.bytes, sha256: file.sha256 });
  }
  return { ...manifest, outputs, diagnostics: [...manifest.diagnostics] };
}

/** Writes a manifest as indented JSON, atomically: a reader never sees half a manifest. */
export async function writeManifest(path: string, manifest: DeckManifest): Promise<void> {
  await writeFileAtomic(path, new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`));
}

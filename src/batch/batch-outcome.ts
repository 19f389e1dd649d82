import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** What building one brief of a batch came to; plain data, so it crosses the worker boundary. */
export interface BatchOutcome {
  /** The data file as the user named it (or as the glob found it). */
  file: string;
  /** The deck written, relative to the process's folder as given; absent when nothing was written. */
  out?: string;
  /** True when the deck was written. */
  ok: boolean;
  /** Slides in the deck (0 when it failed). */
  slides: number;
  /** Every warning and error of this brief; an internal failure is an error with rule `internal`. */
  diagnostics: Diagnostic[];
}

/** One brief to build: where the data is and where its deck goes. */
export interface BatchTask {
  file: string;
  out: string;
}

/** What every brief of a batch shares: the template set and the language. */
export interface BatchSettings {
  /** Template set name or folder (loaded once per worker). */
  templates: string;
  /** A house template (.pptx/.potx) to build on (issue #11); default: the template set's. */
  reference?: string;
  /** Language of fixed words and dates; default: each brief's. */
  language?: string;
  /** Folder relative paths are resolved against. */
  cwd: string;
}

/**
 * The manifest of a built brief: what is on each slide, which sources the deck cites and where,
 * the warnings of the build and a sha256 of every file written. A report pipeline reads it to
 * attach the deck (or its PDF and PNGs) and to prove which bytes it attached. Pure: no clock, no
 * file system, so the same build always gives the same manifest.
 */
import type { Brief } from '../data/types.js';
import type { LaidOutDeck, LaidOutSlide } from '../deck/laid-out.js';
import type { LayoutKind, Run } from '../deck/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { sha256Hex } from './sha256.js';

/** Version of the manifest's own format; raised when a field changes meaning or is removed. */
export const MANIFEST_FORMAT = 1;

/** One slide of the deck as written. */
export interface ManifestSlide {
  /** 1-based slide number in the written deck. */
  number: number;
  /** Symbolic id (continuation slides: `<id>~2`, ...). */
  id: string;
  title: string;
  layout: LayoutKind;
  /** Id of the first slide of the run when this slide continues an overflowing one. */
  continuationOf?: string;
  /** Numbers of the sources this slide cites, ascending. */
  sources: number[];
  /** Whether the slide has speaker notes. */
  notes: boolean;
}

/** A source listed in the brief. */
export interface ManifestSource {
  /** Citation number shown in the deck. */
  number: number;
  id: string;
  title: string;
  publisher: string | null;
  date: string | null;
  url: string | null;
  /** Numbers of the slides that cite it; empty when nothing does (a warning of the build). */
  citedOn: number[];
}

/** Which kind of file an output is. */
export type ManifestOutputKind = 'pptx' | 'pdf' | 'png' | 'contact-sheet';

/** A file the build produced. */
export interface ManifestOutput {
  kind: ManifestOutputKind;
  /**
   * Where the file is, relative to the manifest file's folder with `/` separators (so a manifest
   * moved with its files stays true). Absent in the library's manifest: nothing was written yet.
   */
  path?: string;
  /** For `png`: the slide the image shows. */
  slide?: number;
  /** Size in bytes. */
  bytes: number;
  /** Lower-case hex sha256 of the file's bytes. */
  sha256: string;
}

/** A warning of the build, without the formatted source frame (the manifest is data, not a report). */
export type ManifestDiagnostic = Omit<Diagnostic, 'frame'>;

/** The manifest of one built brief. */
export interface DeckManifest {
  format: typeof MANIFEST_FORMAT;
  tool: { name: 'briefdeck'; version: string };
  input: {
    /** The data file as the caller named it. */
    data: string;
    /** sha256 of the data file's decoded text (UTF-8, LF line ends), to tie the deck to its data. */
    dataSha256: string;
    /** Template set name or folder as the caller named it. */
    templates: string;
  };
  deck: {
    title: string;
    language: string;
    marking: string;
    /** The date written into the document properties (from the brief, never the clock). */
    created: string;
  };
  slides: ManifestSlide[];
  sources: ManifestSource[];
  diagnostics: ManifestDiagnostic[];
  outputs: ManifestOutput[];
}

/** What {@link createManifest} needs; every field comes from the pipeline, nothing from disk. */
export interface ManifestInput {
  version: string;
  dataPath: string;
  dataText: string;
  templates: string;
  brief: Brief;
  deck: LaidOutDeck;
  diagnostics: readonly Diagnostic[];
  pptx: Uint8Array;
}

function* slideRuns(slide: LaidOutSlide): Iterable<Run> {
  for (const shape of slide.shapes) {
    if (shape.kind === 'text') for (const paragraph of shape.paragraphs) yield* paragraph.runs;
    else if (shape.kind === 'table') for (const row of [shape.header, ...shape.rows]) for (const cell of row) yield* cell.runs;
  }
}

/**
 * Source numbers a slide cites. Templates write a citation as numbers linked to the sources slide
 * (`{{cite}}` gives `[1, 3]`); reading them from the laid-out deck, rather than from the data,
 * tells where the deck really shows each citation, continuation slides included.
 */
function citedNumbers(slide: LaidOutSlide, sourcesSlides: ReadonlySet<string>, known: ReadonlySet<number>): number[] {
  const numbers = new Set<number>();
  for (const run of slideRuns(slide)) {
    if (run.link?.kind !== 'slide' || !sourcesSlides.has(run.link.slideId)) continue;
    for (const match of run.text.matchAll(/\d+/g)) {
      const n = Number(match[0]);
      if (known.has(n)) numbers.add(n);
    }
  }
  return [...numbers].sort((a, b) => a - b);
}

/** Builds the manifest of a brief from the pipeline's results; the only output listed is the .pptx. */
export function createManifest(input: ManifestInput): DeckManifest {
  const { deck, brief } = input;
  const sourcesSlides = new Set(deck.slides.filter((s) => s.layout === 'sources').map((s) => s.id));
  const known = new Set(brief.sources.map((s) => s.number));
  const slides: ManifestSlide[] = deck.slides.map((slide, index) => ({
    number: index + 1,
    id: slide.id,
    title: slide.title,
    layout: slide.layout,
    ...(slide.continuationOf ? { continuationOf: slide.continuationOf } : {}),
    sources: sourcesSlides.has(slide.id) ? [] : citedNumbers(slide, sourcesSlides, known),
    notes: slide.notes.trim().length > 0,
  }));
  const sources: ManifestSource[] = brief.sources.map((source) => ({
    number: source.number,
    id: source.id,
    title: source.title,
    publisher: source.publisher,
    date: source.date,
    url: source.url,
    citedOn: slides.filter((s) => s.sources.includes(source.number)).map((s) => s.number),
  }));
  return {
    format: MANIFEST_FORMAT,
    tool: { name: 'briefdeck', version: input.version },
    input: { data: input.dataPath, dataSha256: sha256Hex(new TextEncoder().encode(input.dataText)), templates: input.templates },
    deck: { title: deck.meta.title, language: deck.meta.language, marking: deck.meta.marking, created: deck.meta.createdIso },
    slides,
    sources,
    diagnostics: input.diagnostics.map(({ frame: _frame, ...rest }) => rest),
    outputs: [{ kind: 'pptx', bytes: input.pptx.length, sha256: sha256Hex(input.pptx) }],
  };
}

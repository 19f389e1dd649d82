/**
 * Turns a data path into the location fields of a Diagnostic (file, line, column, frame), so
 * the schema and rule stages point at the same spots the same way.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { codeFrame } from '../diagnostics/code-frame.js';
import { formatDataPath, type DataPath } from './data-path.js';
import type { ParsedData } from './parse-data.js';
import { isPruned } from './pruned-data.js';

/** The location part of a Diagnostic. */
export type DiagnosticLocation = Pick<Diagnostic, 'file' | 'line' | 'column' | 'frame' | 'dataPath'>;

/** Options for {@link locationOf}. */
export interface LocationOptions {
  /** Mark the key of the last segment (unknown properties) rather than the value. */
  atKey?: boolean;
  /** Mark this path instead of the data path (e.g. the parent object of a missing property). */
  markPath?: DataPath;
}

/**
 * Location of `path` in the parsed file. When the path is not in the file (a default, a
 * missing property) the nearest ancestor that is gets marked, so a diagnostic always has a line.
 */
export function locationOf(parsed: ParsedData | undefined, given: DataPath, options: LocationOptions = {}): DiagnosticLocation {
  // A path into a pruned copy (see prune-invalid.ts) names the written path in diagnostics.
  const path = parsed !== undefined && isPruned(parsed) ? parsed.originalPath(given) : given;
  const location: DiagnosticLocation = { dataPath: formatDataPath(path) };
  if (parsed === undefined) return location;
  location.file = parsed.source.path;
  const markPath = options.markPath !== undefined && isPruned(parsed) ? parsed.originalPath(options.markPath) : options.markPath;
  let mark = [...(markPath ?? path)];
  let position = options.atKey ? parsed.locateKey(mark) : parsed.locate(mark);
  while (position === undefined && mark.length > 0) {
    mark = mark.slice(0, -1);
    position = parsed.locate(mark);
  }
  if (position === undefined) return location;
  location.line = position.line;
  location.column = position.column;
  const frame = codeFrame(parsed.source.text, position.line, position.column);
  if (frame !== undefined) location.frame = frame;
  return location;
}

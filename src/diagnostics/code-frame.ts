/**
 * A few lines of source around a position with a caret under the column, in the style of
 * Babel's code frames, so a diagnostic shows the spot without the user opening the file.
 */

/** How much context a frame shows. */
export interface CodeFrameOptions {
  /** Lines shown above the marked line (default 2). */
  before?: number;
  /** Lines shown below the marked line (default 2). */
  after?: number;
  /** Longest stretch of one line shown; longer lines are cut around the column (default 120). */
  maxWidth?: number;
}

/**
 * Renders lines around `line:column` (both 1-based) of `text` (LF line ends) with a `>` marker
 * and a caret. Returns `undefined` when the line does not exist, so callers can leave the frame out.
 */
export function codeFrame(
  text: string,
  line: number,
  column: number,
  options: CodeFrameOptions = {},
): string | undefined {
  const lines = text.split('\n');
  // A final line break starts no line worth showing, unless the problem is right there (end of file).
  if (lines.length > 1 && lines[lines.length - 1] === '' && line < lines.length) lines.pop();
  if (line < 1 || line > lines.length) return undefined;
  const before = options.before ?? 2;
  const after = options.after ?? 2;
  const maxWidth = options.maxWidth ?? 120;
  const first = Math.max(1, line - before);
  const last = Math.min(lines.length, line + after);
  const gutterWidth = String(last).length;
  // A minified JSON file is one huge line: show only a window around the column so a frame
  // never prints megabytes.
  const windowStart = Math.max(0, column - 1 - Math.floor(maxWidth / 2));
  const out: string[] = [];
  for (let n = first; n <= last; n += 1) {
    const full = lines[n - 1] ?? '';
    const { shown, offset } = clip(full, full.length > maxWidth ? windowStart : 0, maxWidth);
    const marker = n === line ? '>' : ' ';
    out.push(`${marker} ${String(n).padStart(gutterWidth)} | ${shown}`.trimEnd());
    if (n === line) {
      const caretAt = Math.max(0, Math.min(column - 1 - offset, shown.length));
      // Keep tabs in the padding so the caret lines up with tab-indented source.
      const padding = shown.slice(0, caretAt).replace(/[^\t]/g, ' ');
      out.push(`  ${' '.repeat(gutterWidth)} | ${padding}^`);
    }
  }
  return out.join('\n');
}

/** Cuts `maxWidth` characters of `line` from `start`, marking cut ends with `…`. */
function clip(line: string, start: number, maxWidth: number): { shown: string; offset: number } {
  if (line.length <= maxWidth) return { shown: line, offset: 0 };
  const from = Math.min(start, line.length - maxWidth);
  const head = from > 0 ? '…' : '';
  const tail = from + maxWidth < line.length ? '…' : '';
  // `offset` maps a source column to a position in `shown` (the leading `…` takes one place).
  return { shown: head + line.slice(from, from + maxWidth) + tail, offset: from - head.length };
}

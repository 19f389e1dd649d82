/**
 * Every sequence Unicode counts as a line break (UAX #14 mandatory breaks: CR LF, LF, CR, VT, FF,
 * NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR). JavaScript's `.` and `$` stop at U+2028/U+2029 too,
 * so any of them left in a one-line position cuts the slide markup's front matter (issue #14).
 */
export const LINE_BREAKS = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g;

/**
 * Escapes a plain-text value so the markup parser reads it back as exactly that text:
 * every ASCII punctuation character gets a backslash (CommonMark allows this for all of them),
 * and line breaks of every kind become spaces so a value cannot start a new slide, list or
 * section, and a one-line field stays one line.
 */
export function escapeMarkdown(value: string): string {
  return value.replace(LINE_BREAKS, ' ').replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

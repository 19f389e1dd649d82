/**
 * Escapes a plain-text value so the markup parser reads it back as exactly that text:
 * every ASCII punctuation character gets a backslash (CommonMark allows this for all of them),
 * and line breaks become spaces so a value cannot start a new slide, list or section.
 */
export function escapeMarkdown(value: string): string {
  return value.replace(/\r?\n|\r/g, ' ').replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

/**
 * A string from a data field that the schema marks as markdown. Templates print it as markdown
 * (formatting kept); every other string is escaped so it cannot inject markdown structure.
 * `toHTML` is the hook Handlebars' escaping honours for "already safe" values.
 */
export class MarkdownText {
  /** The markdown source as written in the data file (control characters already removed). */
  readonly source: string;
  constructor(source: string) {
    this.source = source;
  }
  /** Handlebars calls this instead of escaping; the markup stage makes raw HTML literal. */
  toHTML(): string {
    // A line of `---` or `:::` would start a new slide or section in the slide markup: escape it.
    return this.source.replace(/^([ \t]*)(-{3,}|:{3,})/gm, '$1\\$2');
  }
  /** Plain use (`{{#if}}`, string helpers) sees the source text. */
  toString(): string {
    return this.source;
  }
  /** JSON output (manifests, `--format json`) shows the source text. */
  toJSON(): string {
    return this.source;
  }
}

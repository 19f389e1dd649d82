/**
 * The schema's custom annotation keywords, in a module of their own: the validator's diagnostics
 * read them at run time, and importing them from `schema.ts` would load TypeBox into every build.
 */

/** Custom keyword marking a string field as markdown. */
export const MARKDOWN_KEYWORD = 'x-markdown';
/** Custom keyword giving, in words, what a string pattern expects (used in diagnostics). */
export const EXPECTED_KEYWORD = 'x-expected';

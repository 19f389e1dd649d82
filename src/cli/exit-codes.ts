/** Exit codes of the `briefdeck` command, documented in the README. */
export const EXIT = {
  ok: 0,
  /** Invalid input: data file, template or theme. */
  invalidInput: 1,
  /** Wrong command line. */
  usage: 2,
  /** A bug in briefdeck. */
  internal: 3,
} as const;

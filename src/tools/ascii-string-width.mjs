/**
 * esbuild plugin for the command-line bundles: every `string-width` (yargs, cliui and wrap-ansi
 * measure help text with it) gets a fast path for text of printable ASCII only, whose width is its
 * length; anything else goes to the real `string-width` as before.
 *
 * Why: yargs lays out the help text of the command it runs even when it does not print it (it
 * caches the text after a command's handler starts), and string-width's first calls are slow in a
 * cold process (a grapheme segmenter and Unicode-property regular expressions per character):
 * ~10 ms of every `briefdeck build`. All our help text is ASCII except for the odd `…`, so the
 * fast path takes nearly all of it, and the help text itself is unchanged (for printable ASCII,
 * every string-width version here returns the length).
 */
const FAST_PATH = 'briefdeck-ascii-string-width';

export const asciiStringWidthPlugin = {
  name: 'ascii-string-width',
  setup(build) {
    build.onResolve({ filter: /^string-width$/ }, async (args) => {
      if (args.pluginData === FAST_PATH) return undefined;
      const real = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: FAST_PATH });
      if (real.errors.length > 0) return { errors: real.errors };
      return { path: real.path, namespace: FAST_PATH };
    });
    build.onLoad({ filter: /.*/, namespace: FAST_PATH }, (args) => ({
      contents: `import stringWidth from ${JSON.stringify(args.path)};\n` +
        'const PRINTABLE_ASCII = /^[\\x20-\\x7e]*$/;\n' +
        'export default function asciiStringWidth(string, options) {\n' +
        "  return typeof string === 'string' && PRINTABLE_ASCII.test(string) ? string.length : stringWidth(string, options);\n" +
        '}\n',
      loader: 'js',
      resolveDir: process.cwd(),
    }));
  },
};

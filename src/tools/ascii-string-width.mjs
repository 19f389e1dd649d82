/**
 * esbuild plugin for the command-line bundles: every `string-width` (yargs, cliui and wrap-ansi
 * measure help text with it; cli-progress its bar) becomes a function with a fast path for text
 * whose width is its length, which loads the real `string-width` only for other text.
 *
 * Why: yargs lays out the help text of the command it runs even when it does not print it, and
 * string-width is costly to start: each copy builds an `Intl.Segmenter` and Unicode-property
 * regular expressions (`\p{RGI_Emoji}` with the `v` flag alone takes ~9 ms) when its module is
 * evaluated. Bundled as written, three copies did that in every run of briefdeck, ~18 ms, whether
 * or not anything was measured. Now the real module is `require`d (so esbuild evaluates it lazily)
 * on the first text the fast path does not take, and all of briefdeck's help text is taken.
 */
const FAST_PATH = 'briefdeck-ascii-string-width';

/**
 * Text every bundled string-width version measures as its length: printable ASCII and the
 * typographic punctuation help text uses (– — ‘ ’ “ ” …). Checked against each copy in
 * node_modules by test/tools/ascii-string-width.test.ts. Not ©, ®, ‼ or ⁉: string-width 7
 * counts those emoji as two columns.
 */
export const NARROW_TEXT = /^[\x20-\x7e\u2013\u2014\u2018\u2019\u201c\u201d\u2026]*$/;

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
      contents: `const NARROW_TEXT = ${NARROW_TEXT};\n` +
        'let realStringWidth;\n' +
        'export default function stringWidth(string, options) {\n' +
        "  if (typeof string === 'string' && NARROW_TEXT.test(string)) return string.length;\n" +
        `  realStringWidth ??= require(${JSON.stringify(args.path)}).default;\n` +
        '  return realStringWidth(string, options);\n' +
        '}\n',
      loader: 'js',
      resolveDir: process.cwd(),
    }));
  },
};

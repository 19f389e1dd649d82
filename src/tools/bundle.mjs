/**
 * `npm run build`'s second step, after `tsc`: bundles the command line into one file with esbuild,
 * so starting briefdeck reads one file instead of resolving and reading ~150 modules.
 *
 * - dist/cli/briefdeck.cjs: the command line and everything it imports (CommonJS, so the launcher
 *   can run it through `vm.Script` with a V8 code cache; dynamic `import()`s become `require`s,
 *   which `vm.Script` code can call without experimental flags).
 * - dist/cli/batch-worker.js: the batch worker thread, next to the bundle where `run-batch.ts`
 *   looks for it.
 * - dist/cli/main.js: the launcher (`bin`), replacing tsc's unbundled entry point.
 *
 * tsc's output stays the library (`dist/index.js`) and the type declarations.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { asciiStringWidthPlugin } from './ascii-string-width.mjs';
import { noNetworkPptxgenjsPlugin } from './no-network-pptxgenjs.mjs';
import { precompiledTemplatesPlugin } from './precompile-templates.mjs';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  legalComments: 'none',
  // The bundles sit in dist/cli/, two folders below the package root (see src/package-root.ts).
  define: { BRIEFDECK_BUNDLE_ROOT: '"../../"' },
  // The bundled template sets, compiled ahead of time (src/render/precompiled-templates.ts), a
  // fast path for measuring ASCII help text (src/tools/ascii-string-width.mjs), and pptxgenjs
  // without its HTTPS client (src/tools/no-network-pptxgenjs.mjs).
  plugins: [precompiledTemplatesPlugin, asciiStringWidthPlugin, noNetworkPptxgenjsPlugin],
};

await build({
  ...common,
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/cli/briefdeck.cjs',
  format: 'cjs',
  supported: { 'dynamic-import': false },
  define: { ...common.define, 'import.meta.url': '__briefdeck_module_url' },
  banner: { js: "var __briefdeck_module_url = require('node:url').pathToFileURL(__filename).href;" },
});

await build({
  ...common,
  entryPoints: ['src/batch/batch-worker.ts'],
  outfile: 'dist/cli/batch-worker.js',
  format: 'esm',
  // Some dependencies are CommonJS and call `require`; an ES module has none of its own.
  banner: { js: "import { createRequire as __briefdeckCreateRequire } from 'node:module'; const require = __briefdeckCreateRequire(import.meta.url);" },
});

/**
 * The code with every non-ASCII UTF-16 unit written as a `\uXXXX` escape. esbuild escapes strings
 * but leaves regular-expression literals as written (`/[ıø]/`), and one such character makes Node
 * decode the whole 2.5 MB bundle into a two-byte string: reading it took 7–9 ms instead of ~3 ms in
 * every fresh process. Inside a regular expression, string, comment or identifier the escape means
 * the same character; only a `String.raw` template would see the difference, so one with a
 * non-ASCII character stops the build.
 */
function asciiOnly(code, file) {
  for (const line of code.split('\n')) {
    if (line.includes('String.raw') && /[^\x00-\x7f]/.test(line)) throw new Error(`${file}: non-ASCII text in a String.raw template: ${line.slice(0, 120)}`);
  }
  return code.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// esbuild keeps main.ts's `#!` line, which is not JavaScript inside the launcher's function wrapper;
// it becomes a comment, so line numbers in stack traces stay the same.
const bundled = asciiOnly(readFileSync('dist/cli/briefdeck.cjs', 'utf8').replace(/^#!/, '//'), 'dist/cli/briefdeck.cjs');
writeFileSync('dist/cli/briefdeck.cjs', bundled);
writeFileSync('dist/cli/batch-worker.js', asciiOnly(readFileSync('dist/cli/batch-worker.js', 'utf8'), 'dist/cli/batch-worker.js'));
const hash = createHash('sha256').update(bundled).digest('hex');
await build({
  ...common,
  entryPoints: ['src/cli/launch.ts'],
  outfile: 'dist/cli/main.js',
  format: 'esm',
  define: { ...common.define, BRIEFDECK_BUNDLE_HASH: JSON.stringify(hash) },
});

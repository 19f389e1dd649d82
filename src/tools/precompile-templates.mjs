/**
 * Generates the command-line bundles' version of `src/render/precompiled-templates.ts`: every
 * `.hbs` file of the bundled template sets, precompiled with `Handlebars.precompile` and the same
 * options the render stage compiles with, keyed by its text as the template loader reads it (BOM
 * removed, line ends as `\n`). Used by src/tools/bundle.mjs as an esbuild plugin.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { TEMPLATE_COMPILE_OPTIONS } from '../../dist/render/precompiled-templates.js';

/** Every `.hbs` file under `dir`, recursively, sorted (so the module is the same on every build). */
function templateFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.hbs'))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}

/** The generated module's source (JavaScript). */
export function precompiledTemplatesSource(templatesDir = 'templates') {
  const seen = new Set();
  const entries = [];
  for (const file of templateFiles(templatesDir)) {
    const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    if (seen.has(text)) continue;
    seen.add(text);
    entries.push(`  // ${file}\n  [${JSON.stringify(text)}, () => (${Handlebars.precompile(text, { ...TEMPLATE_COMPILE_OPTIONS })})],`);
  }
  return `export const TEMPLATE_COMPILE_OPTIONS = ${JSON.stringify(TEMPLATE_COMPILE_OPTIONS)};\n` +
    `export const PRECOMPILED_TEMPLATES = new Map([\n${entries.join('\n')}\n]);\n`;
}

/** esbuild plugin: bundles the generated module in place of src/render/precompiled-templates.ts. */
export const precompiledTemplatesPlugin = {
  name: 'precompiled-templates',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]render[\\/]precompiled-templates\.ts$/ }, () => ({
      contents: precompiledTemplatesSource(),
      loader: 'js',
      watchFiles: templateFiles('templates'),
    }));
  },
};

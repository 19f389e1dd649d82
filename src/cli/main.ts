#!/usr/bin/env node
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { readPackageVersion } from '../package-version.js';
import { EXIT } from './exit-codes.js';
import { reportFailure } from './report.js';
import { UsageError } from '../diagnostics/errors.js';

// Options several commands share, written once so their help text cannot drift apart.
const DATA_FILE = { type: 'string', demandOption: true, describe: 'the data file (.yaml, .yml or .json)' } as const;
const OUT_FILE = { alias: 'o', type: 'string', describe: 'output .pptx (default: out/<data file name>.pptx)' } as const;
const TEMPLATES = { alias: 't', type: 'string', default: 'default', describe: 'template folder or bundled set name' } as const;
const REFERENCE = { type: 'string', describe: 'house template (.pptx or .potx) to build on: its masters, layouts, theme' } as const;
const LANGUAGE = { type: 'string', describe: 'language of fixed words and dates (default: the brief\'s)' } as const;
const QUIET = { alias: 'q', type: 'boolean', default: false, describe: 'print only problems' } as const;

/** Runs the `briefdeck` command line and returns its exit code. */
export async function main(argv: string[]): Promise<number> {
  const debug = argv.includes('--debug');
  let exitCode: number = EXIT.ok;
  const run = (work: () => Promise<number>) => async () => {
    try {
      exitCode = await work();
    } catch (error) {
      exitCode = reportFailure(error, debug);
    }
  };
  const parser = withoutStackTraces(() => yargs(argv))
    .scriptName('briefdeck')
    .usage('$0 <command> [options]\n\nTurns a briefing data file (YAML or JSON) and Handlebars templates into a native PowerPoint brief.')
    .command('build <data>', 'build a .pptx brief from a data file', (y) => y
      .positional('data', DATA_FILE)
      .option('out', OUT_FILE)
      .option('templates', TEMPLATES)
      .option('reference', REFERENCE)
      .option('lang', LANGUAGE)
      .option('strict', { type: 'boolean', default: false, describe: 'treat warnings as errors' })
      .option('pdf', { type: 'boolean', default: false, describe: 'also write <name>.pdf beside the deck (needs LibreOffice)' })
      .option('png', { type: 'boolean', default: false, describe: 'also write <name>-01.png… per slide and <name>-contact.png (needs LibreOffice, pdftoppm)' })
      .option('dpi', { type: 'number', default: 96, describe: 'resolution of the PNGs' })
      .option('manifest', { type: 'string', describe: 'write a JSON manifest (slides, sources, warnings, sha256 of every output) to this file' })
      .option('quiet', QUIET),
    async (args) => {
      const { runBuildCommand } = await import('./build-command.js');
      await run(() => runBuildCommand({
        data: args.data, templates: args.templates, strict: args.strict, quiet: args.quiet,
        pdf: args.pdf, png: args.png, dpi: args.dpi,
        ...(args.out ? { out: args.out } : {}), ...(args.lang ? { lang: args.lang } : {}), ...(args.reference ? { reference: args.reference } : {}), ...(args.manifest ? { manifest: args.manifest } : {}),
      }))();
    })
    .command('watch <data>', 'build, then rebuild whenever the data file or the templates change', (y) => y
      .positional('data', DATA_FILE)
      .option('out', OUT_FILE)
      .option('templates', TEMPLATES)
      .option('reference', REFERENCE)
      .option('lang', LANGUAGE)
      .option('png', { type: 'boolean', default: false, describe: 'refresh the slide PNGs and contact sheet after each build' })
      .option('pdf', { type: 'boolean', default: false, describe: 'refresh <name>.pdf after each build' })
      .option('quiet', QUIET),
    async (args) => {
      const { runWatchCommand } = await import('./watch-command.js');
      // Ctrl-C or a service manager's SIGTERM ends the watch cleanly (watchers closed, exit code 0).
      const stop = new Promise<void>((done) => {
        process.once('SIGINT', () => done());
        process.once('SIGTERM', () => done());
      });
      await run(() => runWatchCommand({
        data: args.data, templates: args.templates, png: args.png, pdf: args.pdf, quiet: args.quiet, debug, stop,
        ...(args.out ? { out: args.out } : {}), ...(args.lang ? { lang: args.lang } : {}), ...(args.reference ? { reference: args.reference } : {}),
      }))();
    })
    .command('batch <inputs..>', 'build many briefs in parallel into one folder', (y) => y
      .positional('inputs', { type: 'string', array: true, demandOption: true, describe: 'data files, folders or globs (quote globs: "briefs/*.yaml")' })
      .option('out-dir', { type: 'string', demandOption: true, describe: 'folder the decks are written to (<data file name>.pptx)' })
      .option('jobs', { alias: 'j', type: 'number', describe: 'worker threads (default: the cores available)' })
      .option('templates', TEMPLATES)
      .option('reference', REFERENCE)
      .option('lang', { type: 'string', describe: 'language of fixed words and dates (default: each brief\'s)' })
      .option('pdf', { type: 'boolean', default: false, describe: 'also write <name>.pdf for every deck (one LibreOffice start)' })
      .option('png', { type: 'boolean', default: false, describe: 'also write slide PNGs and a contact sheet for every deck' })
      .option('dpi', { type: 'number', default: 96, describe: 'resolution of the PNGs' })
      .option('quiet', QUIET),
    async (args) => {
      const { runBatchCommand } = await import('./batch-command.js');
      await run(() => runBatchCommand({
        inputs: args.inputs, outDir: args.outDir, templates: args.templates, quiet: args.quiet,
        pdf: args.pdf, png: args.png, dpi: args.dpi,
        ...(args.jobs !== undefined ? { jobs: args.jobs } : {}), ...(args.lang ? { lang: args.lang } : {}), ...(args.reference ? { reference: args.reference } : {}),
      }))();
    })
    .command('validate <data>', 'check a data file and report every problem', (y) => y
      .positional('data', { type: 'string', demandOption: true, describe: 'the data file' })
      .option('format', { choices: ['text', 'json'] as const, default: 'text' as const, describe: 'output format' })
      .option('strict', { type: 'boolean', default: false, describe: 'treat warnings as errors' })
      .option('templates', TEMPLATES)
      .option('lang', LANGUAGE),
    async (args) => {
      const { runValidateCommand } = await import('./validate-command.js');
      await run(() => runValidateCommand({ data: args.data, format: args.format, strict: args.strict, templates: args.templates, ...(args.lang === undefined ? {} : { language: args.lang }) }))();
    })
    .command('migrate <data>', 'convert a data file of the first format to the current one (version 2)', (y) => y
      .positional('data', { type: 'string', demandOption: true, describe: 'the data file' })
      .option('output', { alias: 'o', type: 'string', describe: 'write the result here instead of over the data file' })
      .option('quiet', QUIET),
    async (args) => {
      const { runMigrateCommand } = await import('./migrate-command.js');
      await run(() => runMigrateCommand({ data: args.data, quiet: args.quiet, ...(args.output === undefined ? {} : { output: args.output }) }))();
    })
    .command('layouts <file>', 'list a PowerPoint template\'s slide masters and layouts and the layout briefdeck uses for each kind of slide', (y) => y
      .positional('file', { type: 'string', demandOption: true, describe: 'the template (.pptx or .potx)' })
      .option('format', { choices: ['text', 'json'] as const, default: 'text' as const, describe: 'output format' }),
    async (args) => {
      const { runLayoutsCommand } = await import('./layouts-command.js');
      await run(async () => runLayoutsCommand({ file: args.file, format: args.format }))();
    })
    .command('check <decks..>', 'audit .pptx decks (any program\'s) for accessibility and package problems', (y) => y
      .positional('decks', { type: 'string', array: true, demandOption: true, describe: 'the .pptx files' })
      .option('format', { choices: ['text', 'json'] as const, default: 'text' as const, describe: 'output format' }),
    async (args) => {
      const { runCheckCommand } = await import('./check-command.js');
      await run(() => runCheckCommand({ decks: args.decks, format: args.format }))();
    })
    .command('init <dir>', 'write an editable copy of the default templates to a folder', (y) => y
      .positional('dir', { type: 'string', demandOption: true, describe: 'the new template folder' })
      .option('force', { type: 'boolean', default: false, describe: 'write into a folder that is not empty' })
      .option('quiet', QUIET),
    async (args) => {
      const { runInitCommand } = await import('./init-command.js');
      await run(() => runInitCommand({ dir: args.dir, force: args.force, quiet: args.quiet }))();
    })
    .option('debug', { type: 'boolean', default: false, describe: 'show stack traces of internal errors' })
    .demandCommand(1, 'Name a command: build, validate, check, migrate, batch, watch, layouts or init.')
    .strict()
    .version(await readPackageVersion())
    .help()
    .alias('h', 'help')
    .alias('v', 'version')
    .wrap(Math.min(100, process.stdout.columns || 100))
    .fail((message, error) => {
      // Thrown, not printed: yargs goes on to run the command's handler after a failure callback
      // that returns, which then met `undefined` arguments (an "internal error" for `batch a.yaml`
      // without --out-dir) and printed a second and third complaint about the same mistake.
      throw error ?? new UsageError(message);
    })
    .exitProcess(false);
  try {
    await parser.parseAsync();
  } catch (error) {
    return reportFailure(error, debug);
  }
  return exitCode;
}

/**
 * Runs `make` with stack traces turned off. yargs guesses a version when it is created, walking up
 * from the working folder to a package.json (briefdeck sets its own version right after); where
 * there is none it throws and catches an assertion error, whose stack Node formats, which makes
 * V8 compute the line ends of the 2.5 MB bundle: ~4 ms of every run outside a Node project.
 */
function withoutStackTraces<T>(make: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return make();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

// Not top-level await: the bundled command line (src/tools/bundle.mjs) is CommonJS, which has none.
void main(hideBin(process.argv)).then((code) => {
  process.exitCode = code;
});

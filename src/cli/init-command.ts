import { relative } from 'node:path';
import { BriefInputError } from '../diagnostics/errors.js';
import { initTemplateSet } from '../io/init-template-set.js';
import { EXIT } from './exit-codes.js';

/** Options of `briefdeck init`. */
export interface InitCommandOptions {
  dir: string;
  force: boolean;
  quiet: boolean;
}

/** `briefdeck init <dir>`: writes an editable copy of the default template set; returns the exit code. */
export async function runInitCommand(options: InitCommandOptions): Promise<number> {
  const result = await initTemplateSet(options.dir, { force: options.force });
  if (!result.value) throw new BriefInputError(`could not create the template set ${options.dir}`, result.diagnostics);
  if (!options.quiet) {
    const shown = relative(process.cwd(), result.value.dir) || '.';
    process.stdout.write(`wrote ${result.value.files.length} template files to ${shown}/ (see ${shown}/README.md)\n` +
      `build with: briefdeck build <data> -t ${shown}\n`);
  }
  return EXIT.ok;
}

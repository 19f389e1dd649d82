import { migrateBrief } from '../data/migrate.js';
import { BriefInputError } from '../diagnostics/errors.js';
import { readSourceFile } from '../io/read-source.js';
import { EXIT } from './exit-codes.js';
import { writeOutputFile } from './write-output.js';

/** Options of `briefdeck migrate`. */
export interface MigrateCommandOptions {
  data: string;
  /** Where to write the result; default: over the data file. */
  output?: string;
  quiet: boolean;
}

/**
 * `briefdeck migrate <data> [-o out]`: rewrites a brief of the first data format in version 2
 * (issue #15), atomically, and lists what changed; returns the exit code. A file already in
 * version 2, or not a brief, is an input error and is left untouched.
 */
export async function runMigrateCommand(options: MigrateCommandOptions): Promise<number> {
  const source = await readSourceFile(options.data);
  if (!source.value) throw new BriefInputError(`could not read ${options.data}`, source.diagnostics);
  const migrated = migrateBrief(source.value);
  if (!migrated.value) throw new BriefInputError(`could not migrate ${options.data}`, migrated.diagnostics);
  const target = options.output ?? options.data;
  await writeOutputFile(target, new TextEncoder().encode(migrated.value.text));
  if (!options.quiet) {
    process.stdout.write(`wrote ${target} in data format version 2\n${migrated.value.changes.map((c) => `  - ${c}\n`).join('')}` +
      `check it with: briefdeck validate ${target}\n`);
  }
  return EXIT.ok;
}

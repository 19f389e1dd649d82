import { cp, mkdir, readdir, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { Diagnostic, StageResult } from '../diagnostics/diagnostic.js';
import { BUNDLED_TEMPLATES_DIR } from './load-template-set.js';

/** Options of {@link initTemplateSet}. */
export interface InitTemplateSetOptions {
  /** Write into a folder that already has files (files of the same name are replaced). */
  force?: boolean;
  /** Folder relative paths are resolved against; default: the process's. */
  cwd?: string;
}

/** The files `init` wrote, relative to the new folder, sorted. */
export interface InitializedTemplateSet {
  dir: string;
  files: string[];
}

async function listTree(dir: string, base = dir): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listTree(path, base)));
    else if (entry.isFile()) files.push(relative(base, path));
  }
  return files.sort();
}

/**
 * Writes an editable copy of the bundled `default` template set (deck, partials, theme, labels and
 * a README explaining each file) into `dir`. Refuses a folder that has anything in it unless
 * `force`, so an edited template set is never overwritten by accident.
 */
export async function initTemplateSet(dir: string, options: InitTemplateSetOptions = {}): Promise<StageResult<InitializedTemplateSet>> {
  const diagnostics: Diagnostic[] = [];
  const target = resolve(options.cwd ?? process.cwd(), dir);
  const existing = await stat(target).catch(() => undefined);
  if (existing && !existing.isDirectory()) {
    diagnostics.push({ severity: 'error', rule: 'init-target', file: dir, message: 'a file of that name exists; the template set needs a folder', expected: 'a new or empty folder', found: 'a file' });
    return { value: undefined, diagnostics };
  }
  if (existing && !options.force) {
    const entries = await readdir(target);
    if (entries.length > 0) {
      diagnostics.push({
        severity: 'error', rule: 'init-not-empty', file: dir,
        message: 'the folder is not empty; nothing was written',
        expected: 'a new or empty folder', found: `${entries.length} ${entries.length === 1 ? 'entry' : 'entries'} (${entries.slice(0, 3).join(', ')}${entries.length > 3 ? ', …' : ''})`,
        hint: 'choose another folder, or add --force to overwrite the template files in it',
      });
      return { value: undefined, diagnostics };
    }
  }
  const source = join(BUNDLED_TEMPLATES_DIR, 'default');
  await mkdir(target, { recursive: true });
  await cp(source, target, { recursive: true, force: true, errorOnExist: false });
  return { value: { dir: target, files: await listTree(source) }, diagnostics };
}

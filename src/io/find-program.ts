import { access, constants } from 'node:fs/promises';
import { delimiter, isAbsolute, join } from 'node:path';

/** Where a program was looked for, so a "not found" message can say where. */
export interface ProgramSearch {
  /** Absolute path of the first executable found, if any. */
  path?: string;
  /** Every candidate looked at, in order. */
  tried: string[];
}

async function isExecutable(path: string): Promise<boolean> {
  try {
    await access(path, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Finds the first of `names` on the `PATH` of `env`, then in `extraPlaces` (absolute paths, for
 * installs that do not put themselves on the PATH, like LibreOffice on macOS and Windows). A name
 * that is already a path is checked as given. On Windows each name is tried with the `PATHEXT`
 * extensions too.
 */
export async function findProgram(names: readonly string[], extraPlaces: readonly string[] = [], env: NodeJS.ProcessEnv = process.env): Promise<ProgramSearch> {
  const tried: string[] = [];
  const extensions = process.platform === 'win32' ? ['', ...(env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';').filter(Boolean)] : [''];
  const dirs = (env.PATH ?? env.Path ?? '').split(delimiter).filter(Boolean);
  for (const name of names) {
    const candidates = isAbsolute(name) || name.includes('/') ? [name] : dirs.flatMap((dir) => extensions.map((ext) => join(dir, name + ext)));
    for (const candidate of candidates) {
      tried.push(candidate);
      if (await isExecutable(candidate)) return { path: candidate, tried };
    }
  }
  for (const place of extraPlaces) {
    tried.push(place);
    if (await isExecutable(place)) return { path: place, tried };
  }
  return { tried };
}

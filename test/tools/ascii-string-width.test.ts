import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { NARROW_TEXT } from '../../src/tools/ascii-string-width.mjs';

// Every copy of string-width the command-line bundles take in (yargs', cliui's, wrap-ansi's, cli-progress').
const COPIES = ['string-width', 'cliui/node_modules/string-width', 'wrap-ansi/node_modules/string-width', 'cli-progress/node_modules/string-width'];

/** Each character the fast path's pattern accepts among the first 0x3000 code points. */
const narrowCharacters = Array.from({ length: 0x3000 }, (_, cp) => String.fromCodePoint(cp)).filter((ch) => NARROW_TEXT.test(ch));

describe('the string-width fast path of the bundles', () => {
  it('takes printable ASCII and the typographic punctuation help text uses, nothing else', () => {
    expect(narrowCharacters.length).toBe(95 + 7);
    expect(NARROW_TEXT.test('write <name>-01.png… per slide — “quoted”')).toBe(true);
    for (const text of ['©', '®', '‼', '\u00ad', '\u200b', 'é', '中', '\t', '\u0007']) expect(NARROW_TEXT.test(text), JSON.stringify(text)).toBe(false);
  });

  it.each(COPIES)('gives the width every character has in %s', async (copy) => {
    const path = resolve('node_modules', copy, 'index.js');
    const module = (await import(pathToFileURL(path).href)) as { default: (text: string) => number };
    const wrong = narrowCharacters.filter((ch) => module.default(ch) !== 1);
    expect(wrong).toEqual([]);
  });

  it.each(['', 'build', 'watch', 'batch', 'validate', 'init'])('covers all the help text of `briefdeck %s --help`', (command) => {
    const run = spawnSync(process.execPath, ['dist/cli/main.js', ...(command ? [command] : []), '--help'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n').filter((line) => !NARROW_TEXT.test(line));
    expect(lines).toEqual([]);
  });
});

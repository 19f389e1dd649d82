import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tinyPng } from '../fixtures/tiny-png.js';
import { recordBuiltDeck } from '../support/built-decks.js';

const CLI = resolve('dist/cli/main.js');
let root: string;
let child: ChildProcessWithoutNullStreams | undefined;

beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error('dist/ is missing: run `npm run build` (npm test does it)');
  root = await mkdtemp(join(tmpdir(), 'briefdeck-watch-'));
});

afterAll(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await rm(root, { recursive: true, force: true });
});

/** Collects a stream's text and waits until it matches, or fails with what it saw. */
function collector(stream: NodeJS.ReadableStream) {
  let text = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    text += chunk;
  });
  return {
    text: () => text,
    // Generous: a rebuild on a loaded machine can take seconds; the wait ends as soon as the line comes.
    waitFor: async (pattern: RegExp, from: number, timeoutMs = 120_000) => {
      const until = Date.now() + timeoutMs;
      while (!pattern.test(text.slice(from))) {
        if (Date.now() > until) throw new Error(`timed out waiting for ${pattern}; got:\n${text}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
}

const sha256 = async (path: string) => createHash('sha256').update(await readFile(path)).digest('hex');
/** A deck the watcher wrote, recorded for the pptx-lint run after this file (issue #14). */
const deckAt = async (path: string) => {
  const bytes = new Uint8Array(await readFile(path));
  recordBuiltDeck(bytes);
  return bytes;
};
const coverXml = async (path: string) => strFromU8(unzipSync(await deckAt(path))['ppt/slides/slide1.xml']!);
/** The cover's slide layout and the theme it refers to: the cover fill is the layout's background, a scheme colour where one matches. */
const coverLayoutXml = async (path: string) => {
  const parts = unzipSync(await deckAt(path));
  return strFromU8(parts['ppt/slideLayouts/slideLayout1.xml']!) + strFromU8(parts['ppt/theme/theme1.xml']!);
};

describe('briefdeck watch', () => {
  it('rebuilds when the data changes, keeps the last good deck on errors and stops on SIGTERM', async () => {
    const data = join(root, 'brief.yaml');
    const out = join(root, 'out', 'brief.pptx');
    await copyFile('test/fixtures/data/minimal.yaml', data);
    child = spawn(process.execPath, [CLI, 'watch', data, '-o', out]);
    const stdout = collector(child.stdout);
    const stderr = collector(child.stderr);

    await stdout.waitFor(/watching /, 0);
    expect(stdout.text()).toMatch(/start: wrote .*brief\.pptx \(1 slide\)/);
    const first = await sha256(out);
    expect(await coverXml(out)).toContain('Minimal brief');

    // A change to the data file: the deck is rebuilt with the new title.
    let mark = stdout.text().length;
    const original = await readFile(data, 'utf8');
    await writeFile(data, original.replace('title: Minimal brief', 'title: Watched brief'));
    await stdout.waitFor(/changed .*brief\.yaml: wrote /, mark);
    const second = await sha256(out);
    expect(second).not.toBe(first);
    expect(await coverXml(out)).toContain('Watched brief');

    // A mistake: diagnostics with file and line, and the last good deck stays as it was.
    mark = stdout.text().length;
    await writeFile(data, original.replace('title: Minimal brief', 'title: Watched brief').replace('venue:', 'venu:'));
    await stdout.waitFor(/the build failed; kept the last good deck/, mark);
    expect(stderr.text()).toMatch(/brief\.yaml:5:3: error: unknown property `venu`/);
    expect(await sha256(out)).toBe(second);

    // Fixed again: the next good build replaces the deck.
    mark = stdout.text().length;
    await writeFile(data, original.replace('title: Minimal brief', 'title: Fixed brief'));
    await stdout.waitFor(/wrote /, mark);
    expect(await coverXml(out)).toContain('Fixed brief');

    const exited = new Promise<number | null>((done) => child!.once('exit', (code) => done(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('rebuilds when a theme in the template folder changes', async () => {
    const data = join(root, 'themed.yaml');
    const templates = join(root, 'my-templates');
    const out = join(root, 'out', 'themed.pptx');
    await copyFile('test/fixtures/data/minimal.yaml', data);
    await mkdir(templates);
    await writeFile(join(templates, 'theme.json'), '{}\n');
    child = spawn(process.execPath, [CLI, 'watch', data, '-t', templates, '-o', out]);
    const stdout = collector(child.stdout);
    collector(child.stderr);
    await stdout.waitFor(/watching /, 0);
    expect(await coverLayoutXml(out)).toContain('1F3A5F');

    const mark = stdout.text().length;
    await writeFile(join(templates, 'theme.json'), '{ "colors": { "coverFill": "2E7D32" } }\n');
    await stdout.waitFor(/changed .*theme\.json: wrote /, mark);
    expect(await coverLayoutXml(out)).toContain('2E7D32');

    const exited = new Promise<number | null>((done) => child!.once('exit', (code) => done(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  });

  it('rebuilds when an image the deck shows from the data folder changes', async () => {
    const folder = join(root, 'mapped');
    const templates = join(folder, 'templates');
    const data = join(folder, 'brief.yaml');
    const out = join(folder, 'out', 'brief.pptx');
    await mkdir(join(folder, 'maps'), { recursive: true });
    await mkdir(join(templates, 'slides'), { recursive: true });
    await copyFile('test/fixtures/data/minimal.yaml', data);
    await writeFile(join(folder, 'maps', 'front.png'), tinyPng(8, 4));
    // The set's own watch slide shows a map kept beside the data file, not in the template folder.
    await writeFile(join(templates, 'slides', 'watch.hbs'), '---\nlayout: image\nid: map\ntitle: Front line\n---\n![Front line](maps/front.png)\n');
    child = spawn(process.execPath, [CLI, 'watch', data, '-t', templates, '-o', out]);
    const stdout = collector(child.stdout);
    collector(child.stderr);
    await stdout.waitFor(/watching .*1 image/, 0);
    const media = async () => Object.entries(unzipSync(await deckAt(out))).filter(([name]) => name.startsWith('ppt/media/')).map(([, bytes]) => createHash('sha256').update(bytes).digest('hex'));
    const before = await media();
    expect(before).toHaveLength(1);

    const mark = stdout.text().length;
    await writeFile(join(folder, 'maps', 'front.png'), tinyPng(8, 4, '2E7D32', 'F9A825'));
    await stdout.waitFor(/changed .*front\.png: wrote /, mark);
    const after = await media();
    expect(after).toHaveLength(1);
    expect(after).not.toEqual(before);

    const exited = new Promise<number | null>((done) => child!.once('exit', (code) => done(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});

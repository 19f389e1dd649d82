import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let root: string;
let project: string;
let tarball: string;

beforeAll(async () => {
  if (!existsSync('dist/cli/main.js')) throw new Error('dist/ is missing: run `npm run build` (npm test does it)');
  root = await mkdtemp(join(tmpdir(), 'briefdeck-pack-'));
  // --ignore-scripts: dist/ was just built by `npm test`; `prepack` would build it again.
  const { stdout } = await run(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', root]);
  const [packed] = JSON.parse(stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
  tarball = join(root, packed!.filename);
  await writeFile(join(root, 'files.json'), JSON.stringify(packed!.files.map((f) => f.path)));
  project = join(root, 'empty');
  await mkdir(project);
  await run(npm, ['init', '-y'], { cwd: project });
  // The registry (or npm's cache) provides the dependencies; nothing is built at install time.
  await run(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], { cwd: project });
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('holds the built code, templates and JSON Schema, and no sources', async () => {
    const files = JSON.parse(await readFile(join(root, 'files.json'), 'utf8')) as string[];
    expect(files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'dist/cli/main.js', 'dist/index.js', 'dist/index.d.ts', 'data/brief.schema.json', 'templates/default/deck.hbs', 'templates/default/theme.json']));
    expect(files.filter((f) => f.startsWith('src/') || f.startsWith('test/') || f.startsWith('out/'))).toEqual([]);
    const manifest = JSON.parse(await readFile(join(project, 'node_modules', 'briefdeck', 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    // Installing must never need the TypeScript build: no install-time script.
    expect(Object.keys(manifest.scripts).filter((s) => ['preinstall', 'install', 'postinstall', 'prepare'].includes(s))).toEqual([]);
  });

  it('installs into an empty folder and builds the reference brief with `npx briefdeck build`', async () => {
    await copyFile('data/istanbul-2025-06-02.yaml', join(project, 'brief.yaml'));
    const { stdout } = await run(npm, ['exec', '--', 'briefdeck', 'build', 'brief.yaml', '--manifest', 'out/brief.json'], { cwd: project });
    expect(stdout).toMatch(/^wrote out\/brief\.pptx \(\d+ slides/);
    expect(await readdir(join(project, 'out'))).toEqual(['brief.json', 'brief.pptx']);
    const built = JSON.parse(await readFile(join(project, 'out', 'brief.json'), 'utf8')) as { tool: { version: string } };
    expect(built.tool.version).toBe((JSON.parse(await readFile('package.json', 'utf8')) as { version: string }).version);
  });

  it('serves the library API, its types and the JSON Schema through `exports`', async () => {
    const script = [
      "import { buildBrief } from 'briefdeck';",
      "import { createRequire } from 'node:module';",
      "const schema = createRequire(import.meta.url)('briefdeck/brief.schema.json');",
      "const { bytes, manifest } = await buildBrief({ data: 'brief.yaml' });",
      'console.log(JSON.stringify({ zip: bytes[0] === 0x50 && bytes[1] === 0x4b, slides: manifest.slides.length, schema: typeof schema.properties }));',
    ].join('\n');
    await writeFile(join(project, 'use.mjs'), script);
    await copyFile('data/istanbul-2025-06-02.yaml', join(project, 'brief.yaml'));
    const { stdout } = await run(process.execPath, ['use.mjs'], { cwd: project });
    const result = JSON.parse(stdout) as { zip: boolean; slides: number; schema: string };
    expect(result).toMatchObject({ zip: true, schema: 'object' });
    expect(result.slides).toBeGreaterThanOrEqual(9);
    expect(await readFile(join(project, 'node_modules', 'briefdeck', 'dist', 'index.d.ts'), 'utf8')).toMatch(/buildBrief.*BuiltBrief|BuiltBrief.*buildBrief/s);
  });

  it('runs the README\'s library example as written', async () => {
    const readme = await readFile('README.md', 'utf8');
    const example = /### As a library[\s\S]*?```ts\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toContain("from 'briefdeck'");
    await mkdir(join(project, 'data'), { recursive: true });
    await mkdir(join(project, 'report'), { recursive: true });
    await copyFile('data/istanbul-2025-06-02.yaml', join(project, 'data', 'istanbul-2025-06-02.yaml'));
    await writeFile(join(project, 'example.mjs'), example!);
    const { stdout, stderr } = await run(process.execPath, ['example.mjs'], { cwd: project });
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^\d+ slides: /);
    const manifest = JSON.parse(await readFile(join(project, 'report', 'annex-a.json'), 'utf8')) as { outputs: Array<{ kind: string; path: string; sha256: string }> };
    expect(manifest.outputs.map((o) => o.kind)).toEqual(expect.arrayContaining(['pptx', 'pdf', 'png', 'contact-sheet']));
    expect(manifest.outputs[0]).toMatchObject({ kind: 'pptx', path: 'annex-a.pptx' });
    const sha = createHash('sha256').update(await readFile(join(project, 'report', 'annex-a.pptx'))).digest('hex');
    expect(manifest.outputs[0]!.sha256).toBe(sha);
  });
});

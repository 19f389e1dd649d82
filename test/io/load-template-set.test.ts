import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseData } from '../../src/data/parse-data.js';
import { BUNDLED_TEMPLATES_DIR, loadTemplateSet } from '../../src/io/load-template-set.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefdeck-templates-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function put(path: string, text: string): Promise<void> {
  await mkdir(join(dir, path, '..'), { recursive: true });
  await writeFile(join(dir, path), text);
}

describe('loadTemplateSet', () => {
  it('loads the bundled default set by name with every label language', async () => {
    const { value, diagnostics } = await loadTemplateSet('default');
    expect(diagnostics).toEqual([]);
    expect(value!.deck.path).toBe('templates/default/deck.hbs');
    expect([...value!.partials.keys()]).toContain('participants');
    expect([...value!.labels.keys()].sort()).toEqual(['en', 'tr', 'uk']);
  });

  it('gives uk and tr every label key of en', async () => {
    const { value } = await loadTemplateSet('default');
    const keys = (language: string) => Object.keys(value!.labels.get(language)!.value).sort();
    for (const language of ['uk', 'tr']) expect(keys(language)).toEqual(expect.arrayContaining(keys('en')));
  });

  it('layers a folder over the default: partials, labels and theme keys it lacks come from default', async () => {
    await put('slides/watch.hbs', 'mine');
    await put('labels/en.json', '{"watch.title": "Next"}');
    await put('theme.json', '{"colors": {"primary": "112233"}}');
    const { value, diagnostics } = await loadTemplateSet(dir, '/');
    expect(diagnostics).toEqual([]);
    expect(value!.partials.get('watch')).toMatchObject({ text: 'mine' });
    expect(value!.partials.get('cover')!.path).toBe('templates/default/slides/cover.hbs');
    expect(value!.deck.path).toBe('templates/default/deck.hbs');
    const en = value!.labels.get('en')!.value;
    expect(en['watch.title']).toBe('Next');
    expect(en['sources.title']).toBe('Sources');
    expect(value!.theme.value).toEqual({ colors: { primary: '112233' } });
  });

  it('loads the bundled compact set over the default', async () => {
    const { value } = await loadTemplateSet('compact');
    expect(value!.deck.path).toBe('templates/compact/deck.hbs');
    expect(value!.partials.get('participants')!.path).toBe('templates/compact/slides/participants.hbs');
    expect(value!.partials.get('cover')!.path).toBe('templates/default/slides/cover.hbs');
    expect((value!.theme.value as { colors: { coverFill: string } }).colors.coverFill).toBe('FFFFFF');
    expect(value!.labels.get('uk')!.value['participants.title']).toBe('Учасники');
    expect(value!.labels.get('uk')!.value['sources.title']).toBe('Джерела');
  });

  it('reports label files that are not flat objects of text, at the value', async () => {
    await put('labels/en.json', '{\n  "watch.title": 3\n}');
    const { value, diagnostics } = await loadTemplateSet(dir, '/');
    expect(value).toBeUndefined();
    expect(diagnostics).toEqual([expect.objectContaining({ rule: 'labels', line: 2, column: 18, message: 'label `watch.title` must be text' })]);
  });

  it('reports a JSON syntax error in theme.json with its position', async () => {
    await put('theme.json', '{\n  "colors": {"primary": "112233"\n');
    const { value, diagnostics } = await loadTemplateSet(dir, '/');
    expect(value).toBeUndefined();
    expect(diagnostics[0]).toMatchObject({ file: expect.stringContaining('theme.json'), line: 3, column: expect.any(Number) });
  });

  it('names the bundled sets when neither a folder nor a set exists', async () => {
    const { value, diagnostics } = await loadTemplateSet('compcat', dir);
    expect(value).toBeUndefined();
    expect(diagnostics[0]).toMatchObject({ rule: 'template-set-missing', expected: expect.stringMatching(/compact.*default|default.*compact/) });
  });

  it.each([['compakt'], ['Default'], ['compcat']])('suggests the bundled set `-t %s` most likely means (issue #14)', async (name) => {
    const { diagnostics } = await loadTemplateSet(name, dir);
    expect(diagnostics[0]!.hint).toBe(`did you mean \`${name.toLowerCase().startsWith('d') ? 'default' : 'compact'}\`?`);
  });

  it('suggests nothing for a name far from every bundled set', async () => {
    expect((await loadTemplateSet('briefing', dir)).diagnostics[0]!.hint).toBeUndefined();
  });

  it('ships a README in the default set that names every partial', async () => {
    const readme = await readFile('templates/default/README.md', 'utf8');
    const { value } = await loadTemplateSet('default');
    for (const name of value!.partials.keys()) expect(readme).toContain(`slides/${name}.hbs`);
  });
});

describe('bundled JSON files', () => {
  // loadTemplateSet reads these with JSON.parse (no positions, no duplicate-key check), which is
  // only sound because every one of them passes the position-keeping parser without a diagnostic.
  const files = readdirSync(BUNDLED_TEMPLATES_DIR, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.json'));

  it('are found', () => expect(files.length).toBeGreaterThanOrEqual(4));

  it.each(files)('%s parses without a diagnostic, to what JSON.parse gives', (path) => {
    const text = readFileSync(join(BUNDLED_TEMPLATES_DIR, path), 'utf8');
    const parsed = parseData({ path, text });
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.value?.value).toEqual(JSON.parse(text));
  });
});

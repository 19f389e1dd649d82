import { describe, expect, it } from 'vitest';
import { loadBrief } from '../../src/data/load-brief.js';
import { MAX_STRING_LENGTH } from '../../src/data/limits.js';
import { imagePathProblem } from '../../src/markup/image-path-policy.js';
import { inline } from './helpers.js';

const HEAD = 'version: 2\ntitle: T\nevent:\n  date: 2025-06-02\n  venue: V\n  city: C\n';
const rules = (text: string) => loadBrief(inline(HEAD + text)).diagnostics.map((d) => `${d.severity} ${d.rule} ${d.dataPath ?? ''} ${d.line ?? ''}:${d.column ?? ''}`);

describe('limits', () => {
  it('rejects a string over the limit at its data path, with every other problem', () => {
    const result = loadBrief(inline(`${HEAD}subtitle: "${'x'.repeat(MAX_STRING_LENGTH + 1)}"\nbottomLine: ["[x](javascript:1)"]\n`));
    expect(result.value).toBeUndefined();
    expect(result.diagnostics.map((d) => `${d.rule} ${d.dataPath} ${d.line}`)).toEqual(['string-too-long subtitle 7', 'link-scheme bottomLine[0] 8']);
    expect(result.diagnostics[0]!.found).toBe(`${MAX_STRING_LENGTH + 1} characters`);
  });

  it('accepts a string exactly at the limit', () => {
    expect(loadBrief(inline(`${HEAD}subtitle: "${'x'.repeat(MAX_STRING_LENGTH)}"\n`)).value).toBeDefined();
  });

  it('rejects circular aliases and deep nesting with a diagnostic instead of overflowing the stack', () => {
    expect(rules('a: &a [*a]\n')).toEqual(['error alias-cycle  7:8']);
    expect(loadBrief(inline(`${HEAD}a: ${'['.repeat(100)}${']'.repeat(100)}\n`)).diagnostics.map((d) => d.rule)).toEqual(['nesting-too-deep']);
  });
});

describe('markdown fields', () => {
  it.each([
    ['javascript:alert(1)'], ['JavaScript:alert(1)'], ['file:///etc/passwd'], ['data:text/html,x'], ['vbscript:x'],
  ])('rejects a link to %j at the field', (href) => {
    expect(rules(`watch: [${JSON.stringify(`see [x](${href})`)}]\n`)).toEqual(['error link-scheme watch[0] 7:9']);
  });

  it('rejects autolinks and reference links to other schemes too', () => {
    expect(rules('watch: ["<javascript:alert(1)>", "[y][x]\\n\\n[x]: javascript:alert(1)"]\n')).toEqual(['error link-scheme watch[0] 7:9', 'error link-scheme watch[1] 7:34']);
  });

  it('rejects a bare GFM autolink to another scheme, with no markdown punctuation around it', () => {
    expect(rules('watch: ["mirror at ftp://files.example/brief"]\n')).toEqual(['error link-scheme watch[0] 7:9']);
  });

  it('allows http, https, mailto and #slide links', () => {
    expect(rules('watch: ["[a](https://a.example) [b](http://b.example) [c](mailto:c@d.example) [d](#sources)"]\n')).toEqual([]);
  });

  it('rejects image paths outside the data folder and warns once about raw HTML', () => {
    expect(rules('watch: ["![x](../../etc/passwd)", "![x](/etc/passwd)", "![x](https://x.example/a.png)", "![x](maps/../map.png)", "<b>bold</b> <i>it</i>"]\n')).toEqual([
      'error image-path watch[0] 7:9', 'error image-path watch[1] 7:35', 'error image-path watch[2] 7:56', 'warning raw-html watch[4] 7:114',
    ]);
  });

  it('does not look for markdown in plain-text fields', () => {
    expect(rules('subtitle: "[x](javascript:alert(1)) <script>"\n')).toEqual([]);
  });
});

describe('imagePathProblem', () => {
  it.each([['map.png'], ['maps/a.png'], ['./a/../b.png']])('allows %j', (path) => expect(imagePathProblem(path)).toBeUndefined());
  it.each([['../a.png'], ['a/../../b.png'], ['/etc/passwd'], ['C:\\x.png'], ['\\\\server\\x.png'], ['https://x/a.png'], ['file:a.png'], ['']])('refuses %j', (path) => {
    expect(imagePathProblem(path)).toBeDefined();
  });
});

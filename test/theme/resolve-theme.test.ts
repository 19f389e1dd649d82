import { describe, expect, it } from 'vitest';
import { parseData } from '../../src/data/parse-data.js';
import { resolveTheme } from '../../src/theme/resolve-theme.js';
import type { Theme } from '../../src/theme/types.js';
import defaultTheme from '../../templates/default/theme.json' with { type: 'json' };

const defaults = defaultTheme as Theme;

/** Resolves theme.json text the way the loader does: parsed with positions. */
function resolveText(text: string) {
  const parsed = parseData({ path: 'my/theme.json', text }).value!;
  return resolveTheme(parsed.value, defaults, 'my/theme.json', parsed);
}

describe('resolveTheme', () => {
  it('merges a partial theme over the default, key by key', () => {
    const { value, diagnostics } = resolveTheme({ colors: { primary: 'aa0000' }, footer: { text: 'Unit 7' } }, defaults, 'theme.json');
    expect(diagnostics).toEqual([]);
    expect(value!.colors.primary).toBe('AA0000');
    expect(value!.colors.accent).toBe(defaults.colors.accent);
    expect(value!.footer.text).toBe('Unit 7');
    expect(value!.sizes).toEqual(defaults.sizes);
  });

  it('reports an unknown key at the key, with did-you-mean', () => {
    const { value, diagnostics } = resolveText('{\n  "colors": {\n    "accnt": "FF0000"\n  }\n}\n');
    expect(value).toBeUndefined();
    expect(diagnostics).toEqual([expect.objectContaining({
      rule: 'theme', file: 'my/theme.json', line: 3, column: 5, dataPath: 'colors.accnt', hint: 'did you mean `accent`?',
    })]);
  });

  it('reports a bad colour at its value with what a colour looks like', () => {
    const { diagnostics } = resolveText('{"colors": {"primary": "#1F3A5F"}}');
    expect(diagnostics).toEqual([expect.objectContaining({ line: 1, column: 24, dataPath: 'colors.primary', found: 'the text "#1F3A5F"', expected: expect.stringContaining('six hex digits') })]);
  });

  it('reports bad numbers, bad lists and a bad logo, all at once', () => {
    const { diagnostics } = resolveText('{\n"sizes": {"title": -2, "body": "big"},\n"colors": {"chart": []},\n"logo": {"path": "logo.png"}\n}');
    expect(diagnostics.map((d) => [d.dataPath, d.line])).toEqual([
      ['colors.chart', 3], ['sizes.title', 2], ['sizes.body', 2], ['logo', 4],
    ]);
    expect(diagnostics[1]).toMatchObject({ message: 'must be a positive number', found: 'number -2' });
  });

  it('checks the marking position and the size floors', () => {
    const { diagnostics } = resolveTheme({ marking: { position: 'middle' }, sizes: { bodyMin: 30 } }, defaults, 'theme.json');
    expect(diagnostics.map((d) => d.dataPath)).toEqual(['marking.position', 'sizes.bodyMin']);
  });

  it('refuses a font size below 1 pt, which DrawingML cannot write (issue #14)', () => {
    const { value, diagnostics } = resolveText('{\n  "sizes": { "footer": 0.5 }\n}\n');
    expect(value).toBeUndefined();
    expect(diagnostics).toEqual([expect.objectContaining({ rule: 'theme', dataPath: 'sizes.footer', message: 'font size out of range', line: 2 })]);
  });

  it('accepts a logo and a different slide size', () => {
    const { value, diagnostics } = resolveTheme({ logo: { path: 'logo.png', width: 1.2, height: 0.4 }, slide: { width: 10, height: 7.5 } }, defaults, 'theme.json');
    expect(diagnostics).toEqual([]);
    expect(value).toMatchObject({ logo: { path: 'logo.png', width: 1.2, height: 0.4 }, slide: { width: 10, height: 7.5 } });
  });
});

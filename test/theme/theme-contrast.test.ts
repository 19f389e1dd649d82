import { describe, expect, it } from 'vitest';
import { parseData } from '../../src/data/parse-data.js';
import { resolveTheme } from '../../src/theme/resolve-theme.js';
import { themeContrastProblems } from '../../src/theme/theme-contrast.js';
import type { Theme } from '../../src/theme/types.js';
import compactTheme from '../../templates/compact/theme.json' with { type: 'json' };
import defaultTheme from '../../templates/default/theme.json' with { type: 'json' };

const defaults = defaultTheme as Theme;

describe('theme contrast (WCAG 2.1 AA, issue #12)', () => {
  it('passes the bundled themes', () => {
    expect(themeContrastProblems(defaults)).toEqual([]);
    const compact = resolveTheme(compactTheme, defaults, 'templates/compact/theme.json');
    expect(compact.diagnostics).toEqual([]);
  });

  it('reports a text colour too pale for its background at the colour\'s line in theme.json', () => {
    const text = '{\n  "colors": {\n    "muted": "AAAAAA"\n  }\n}\n';
    const parsed = parseData({ path: 'my/theme.json', text }).value!;
    const { value, diagnostics } = resolveTheme(parsed.value, defaults, 'my/theme.json', parsed);
    expect(value).toBeUndefined();
    expect(diagnostics).toEqual([expect.objectContaining({
      rule: 'theme', file: 'my/theme.json', line: 3, column: 14, dataPath: 'colors.muted',
      message: expect.stringMatching(/^footer, date and quotes on the slide background: AAAAAA on FFFFFF .* 2\.32:1/),
      expected: 'at least 4.5:1 for 10 pt text',
    })]);
  });

  it('judges large text at 3:1 and small text at 4.5:1', () => {
    // 777777 on white is 4.48:1: too little for 10 pt marking text, enough for a 36 pt cover.
    const marking = { ...defaults, marking: { ...defaults.marking, fill: 'FFFFFF', text: '777777' } };
    expect(themeContrastProblems(marking).map((p) => p.path)).toEqual(['marking.text']);
    const cover = { ...defaults, colors: { ...defaults.colors, coverFill: 'FFFFFF', coverText: '777777' }, sizes: { ...defaults.sizes, bodyMin: 18 } };
    expect(themeContrastProblems(cover)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { locateTextWarnings } from '../../src/data/locate-text.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { buildBrief } from '../../src/build-brief.js';

const yaml = (path: string, text: string) => ({ path, text });

describe('locateTextWarnings', () => {
  it('points a missing-glyph warning at the data field holding its characters', () => {
    const source = yaml('brief.yaml', 'title: Talks\nbottomLine:\n  - text: Plain English.\n  - text: ภาษาไทย and more\n');
    const warning: Diagnostic = { severity: 'warning', rule: 'missing-glyph', message: 'm', file: 'templates/x.hbs', line: 3, found: 'in the text "ภาษาไทย and more": ภ ษ' };
    const [located] = locateTextWarnings([warning], source);
    expect(located).toMatchObject({ file: 'brief.yaml', line: 4, column: 11, dataPath: 'bottomLine[1].text', found: 'ภ ษ' });
  });

  it('keeps the markup location when no data field holds the characters, and leaves other rules alone', () => {
    const source = yaml('brief.yaml', 'title: Talks\n');
    const warning: Diagnostic = { severity: 'warning', rule: 'missing-glyph', message: 'm', file: 'templates/x.hbs', line: 3, found: 'in the text "ภ": ภ' };
    const other: Diagnostic = { severity: 'warning', rule: 'other', message: 'n' };
    expect(locateTextWarnings([warning, other], source)).toEqual([warning, other]);
  });

  it('gives a build one located warning per field, listing its characters', async () => {
    const text = (await import('node:fs')).readFileSync('data/istanbul-2025-06-02.yaml', 'utf8').replace('The round is the **highest-level', 'ภาษาไทย ภาษาไทย The round is the **highest-level');
    const built = await buildBrief({ data: { path: 'thai.yaml', text } });
    const glyphs = built.diagnostics.filter((d) => d.rule === 'missing-glyph');
    expect(glyphs.map((d) => [d.file, d.line, d.dataPath, d.found])).toEqual([['thai.yaml', 31, 'bottomLine[1].text', 'ภ า ษ ไ ท ย']]);
  });
});

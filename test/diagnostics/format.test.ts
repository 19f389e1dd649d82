import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { formatDiagnostic, formatDiagnostics, summarizeDiagnostics } from '../../src/diagnostics/format.js';
import { codeFrame } from '../../src/diagnostics/code-frame.js';

const typo: Diagnostic = {
  severity: 'error',
  rule: 'schema-unknown-property',
  message: 'unknown property `veneu` in `event`',
  file: 'brief.yaml',
  line: 5,
  column: 3,
  dataPath: 'event.veneu',
  expected: 'one of `start`, `venue`',
  found: '`veneu`',
  hint: 'did you mean `venue`?',
  frame: codeFrame('a\nb\nc\nd\n  veneu: x\nf\n', 5, 3)!,
};

describe('formatDiagnostic', () => {
  it('prints the headline, the details and the frame', () => {
    expect(formatDiagnostic(typo)).toBe(
      [
        'brief.yaml:5:3: error: unknown property `veneu` in `event` [schema-unknown-property]',
        '    expected: one of `start`, `venue`',
        '    found: `veneu`',
        '    hint: did you mean `venue`?',
        '    at: event.veneu',
        '      3 | c',
        '      4 | d',
        '    > 5 |   veneu: x',
        '        |   ^',
        '      6 | f',
      ].join('\n'),
    );
  });

  it('shows the start of a long found or expected value and its length, not all of it', () => {
    const paragraph = Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ');
    const text = formatDiagnostic({ severity: 'error', rule: 'content-cannot-fit', message: 'm', found: paragraph, expected: 'short' });
    const found = text.split('\n').find((line) => line.startsWith('    found: '))!;
    expect(found).toBe(`    found: ${paragraph.slice(0, 160).trimEnd()}… (${paragraph.length} characters)`);
    expect(text).toContain('    expected: short');
    const exact = 'x'.repeat(200);
    expect(formatDiagnostic({ severity: 'error', rule: 'r', message: 'm', found: exact })).toContain(`found: ${exact}`);
  });

  it('prints a bare diagnostic on one line', () => {
    expect(formatDiagnostic({ severity: 'warning', rule: 'x', message: 'careful' })).toBe('warning: careful [x]');
    expect(formatDiagnostic({ severity: 'error', rule: 'file-not-found', message: 'gone', file: 'a.yaml' })).toBe('a.yaml: error: gone [file-not-found]');
  });

  it('uses colours only when asked', () => {
    expect(formatDiagnostic(typo)).not.toContain('\u001b[');
    expect(formatDiagnostic(typo, { color: true })).toContain('\u001b[31m');
  });
});

describe('formatDiagnostics', () => {
  it('ends with a count line', () => {
    const warning: Diagnostic = { severity: 'warning', rule: 'unused-source', message: 'unused' };
    const text = formatDiagnostics([typo, typo, warning]);
    expect(text.split('\n').at(-1)).toBe('2 errors, 1 warning');
    expect(summarizeDiagnostics([typo])).toBe('1 error');
    expect(summarizeDiagnostics([warning, warning])).toBe('2 warnings');
    expect(formatDiagnostics([])).toBe('no problems');
  });
});

describe('codeFrame', () => {
  it('shows two lines of context either side and clips long lines around the column', () => {
    expect(codeFrame('one\ntwo', 1, 2)).toBe(['> 1 | one', '    |  ^', '  2 | two'].join('\n'));
    const long = `${'x'.repeat(500)}BAD${'y'.repeat(500)}`;
    const frame = codeFrame(long, 1, 501, { maxWidth: 40 })!;
    const [line, caret] = frame.split('\n');
    expect(line!.length).toBeLessThan(60);
    expect(line![caret!.indexOf('^')]).toBe('B');
    expect(codeFrame('a', 3, 1)).toBeUndefined();
  });

  it('keeps tabs so the caret lines up', () => {
    expect(codeFrame('\tkey: x', 1, 3)).toBe('> 1 | \tkey: x\n    | \t ^');
  });
});

describe('repeated diagnostics (issue #14, item 9)', () => {
  const unknown = (i: number): Diagnostic => ({
    severity: 'error', rule: 'unknown-source', file: 'brief.yaml', line: 7, column: 13 + 6 * i,
    message: `the source \`bad${i}\` is cited but not listed in \`sources\``, found: `\`bad${i}\``, frame: '> 7 | sources: [...]',
  });

  it('shows three of a kind in full and sums up the rest in one entry', () => {
    const text = formatDiagnostics([...Array.from({ length: 9000 }, (_, i) => unknown(i)), { severity: 'warning', rule: 'other', message: 'something else' }]);
    expect(text.match(/\[unknown-source\]/g)).toHaveLength(4);
    expect(text.match(/sources: \[\.\.\.\]/g)).toHaveLength(3);
    expect(text).toContain('brief.yaml: error: … and 8,997 more like this [unknown-source]\n    at: 7:31, 7:37, 7:43, 7:49, 7:55, 7:61, 7:67, 7:73, …\n    found: `bad3`, `bad4`');
    expect(text).toContain('warning: something else [other]');
    expect(text.endsWith('9000 errors, 1 warning')).toBe(true);
    expect(text.split('\n').length).toBeLessThan(40);
  });

  it('keeps different problems apart, and shows up to three repeats without a summary', () => {
    const other: Diagnostic = { severity: 'error', rule: 'unknown-source', file: 'other.yaml', message: 'the source `x` is cited but not listed in `sources`' };
    const text = formatDiagnostics([unknown(0), unknown(1), other, unknown(2)]);
    expect(text).not.toContain('more like this');
    expect(text.match(/\[unknown-source\]/g)).toHaveLength(4);
  });
});

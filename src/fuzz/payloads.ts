/**
 * Text that has broken, or could break, a markdown-to-pptx pipeline: markup structure, links and
 * images to forbidden places, HTML, characters XML forbids, the pipeline's own marker characters,
 * bidirectional overrides, combining marks and emoji sequences. The fuzz generators splice them
 * into otherwise ordinary values.
 */
export const HOSTILE_PAYLOADS: readonly string[] = [
  '<script>alert(1)</script>', '<b>bold</b>', '<img src=x onerror=alert(1)>', '<!-- comment -->', '<?xml version="1.0"?>',
  '[x](javascript:alert(1))', '<javascript:alert(1)>', '[x]: javascript:alert(1)\n\n[y][x]', '[x](file:///etc/passwd)',
  '[x](data:text/html,<b>)', '[ok](https://example.org/a?b=<c>&d="e")', '[slide](#sources)', '[gone](#no-such-slide)',
  '![x](../../etc/passwd)', '![x](/etc/passwd)', '![x](C:\\Windows\\win.ini)', '![x](https://example.org/x.png)',
  '![map](map.png)', '![x](./sub/../map.png)', '![x](nope.png)',
  '---', '\n---\n', ':::', '\n::: notes\nx\n:::\n', '\n::: column\n', '```chart\n{"type":"bar"}\n```', '```\ncode\n```',
  '# heading', '\n> quote\n', '| a | b |\n|---|---|\n| 1 | 2 |', '- item\n  - nested', '1. one', '**', '__', '*', '_', '`', '~~',
  '\\', '\\\n', '&amp;', '&#0;', '&#x1F;', '&#xD800;', '&nbsp;', '{{title}}', '{{{x}}}', '{{> cover}}', 'layout: bullets\n',
  '\u0000', '\u0001', '\u0008', '\u000b', '\u000c', '\u001b[31m', '\u001e', '\u001f', '\u007f', '\u0085', '\uFFFE', '\uFFFF',
  '\uD800', '\uDFFF', '\u202E', '\u200B', '\u00AD', '\uFEFF', 'e\u0301\u0301\u0301', '👨‍👩‍👧‍👦', '🇺🇦', 'ﷺ', '𝕏', 'Ω',
  'Çırağan', 'Україна', 'العربية', '中文', '\t', '\r\n', '\r', '\u2028', '\u2029', 'a\u2028b: c', '   ', '',
];

/** YAML values of other types, for swapping into a data file in place of whatever was there. */
export const TYPE_SWAPS: readonly string[] = [
  '', '~', 'null', '0', '-1', '1e400', '1.7e308', '007', '0x1F', '.nan', '.inf', 'true', '[]', '{}', '[1, 2]', '{a: 1}', '"text"',
  '!!binary aGk=',
  '&a [*a]', '*undefined_alias', '|', '>', '- x', '{{', '[', '"unterminated', "'", '? complex', '!!js/function "x"',
];

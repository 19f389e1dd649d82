import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validatePptx } from '../support/ooxml-tools.js';
import { runCli } from '../support/run-cli.js';

const HEAD = 'version: 2\ntitle: "Plain <b>title</b> [x](https://evil.example) **not bold** \\u0007"\nevent:\n  date: 2025-06-02\n  venue: "<script>alert(1)</script>"\n  city: Istanbul\n';

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'briefdeck-safe-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function build(data: string, out: string) {
  return runCli(['build', data, '-o', out]);
}

describe('a deck built from hostile data', () => {
  it('fails with a diagnostic for each live attack: javascript link, /etc/passwd image, 1 MB string', async () => {
    const data = join(work, 'attacks.yaml');
    writeFileSync(data, `${HEAD}subtitle: "${'x'.repeat(1024 * 1024)}"\nbottomLine:\n  - "[x](javascript:alert(1))"\n  - "![x](../../etc/passwd)"\n  - "<script>alert(1)</script>\\u0000"\n`);
    const out = join(work, 'attacks.pptx');
    const result = await build(data, out);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/attacks\.yaml:7:11: error: .*\[string-too-long\]/);
    expect(result.stderr).toMatch(/attacks\.yaml:9:5: error: .*javascript:alert\(1\).*\[link-scheme\]/);
    expect(result.stderr).toMatch(/attacks\.yaml:10:5: error: .*\.\.\/\.\.\/etc\/passwd.*\[image-path\]/);
    expect(existsSync(out)).toBe(false);
  });

  it('builds what is only text into a valid deck where none of it is live', async () => {
    const data = join(work, 'text.yaml');
    writeFileSync(data, `${HEAD}bottomLine:\n  - "<script>alert(1)</script> and <img src=x onerror=alert(1)>"\n  - "Bell \\u0007 and escape \\u001b[31m"\n  - "---\\nlayout: image\\n---"\n  - "[fine](https://example.org/a)"\n`);
    const out = join(work, 'text.pptx');
    const result = await build(data, out);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('[raw-html]');
    expect(result.stderr).toContain('[control-character]');
    const validation = await validatePptx([out]);
    if (validation) expect(validation.code, validation.output).toBe(0);
    const parts = unzipSync(new Uint8Array(readFileSync(out)));
    const names = Object.keys(parts);
    expect(names.filter((n) => n.startsWith('ppt/media/'))).toEqual([]);
    const text = (name: string) => new TextDecoder().decode(parts[name]);
    const rels = names.filter((n) => n.endsWith('.rels')).map(text).join('\n');
    expect(rels).not.toMatch(/javascript:|evil\.example|passwd/);
    expect(rels).toContain('https://example.org/a');
    const slides = names.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).map(text).join('\n');
    // The HTML and the plain-text markdown are shown as text (escaped in XML), never as markup.
    expect(slides).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(slides).toContain('[x](https://evil.example) **not bold**');
    expect(slides).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });
});

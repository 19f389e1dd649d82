import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LaidOutSlide } from '../../src/deck/laid-out.js';
import { buildBrief } from '../../src/build-brief.js';
import { isRightToLeft, markRightToLeft } from '../../src/fit/text-direction.js';
import { VALIDATOR, validatePptx } from '../support/ooxml-tools.js';

const para = (text: string, align?: 'left' | 'center' | 'right') => ({ runs: [{ text }], level: 0, bullet: { kind: 'bullet' as const }, fontSize: 18, spaceBefore: 0, ...(align ? { align } : {}) });

describe('text direction', () => {
  it('reads a paragraph as right to left when most of its letters are Hebrew or Arabic', () => {
    expect(isRightToLeft([{ text: 'עמדת ישראל: הפסקת אש (NATO, 2025).' }])).toBe(true);
    expect(isRightToLeft([{ text: 'موقف الحكومة: ' }, { text: 'وقف فوري', bold: true }])).toBe(true);
    expect(isRightToLeft([{ text: 'The Knesset (הכנסת) voted on Monday.' }])).toBe(false);
    expect(isRightToLeft([{ text: '2025-06-02, 13:00' }])).toBe(false);
  });

  it('marks right-to-left paragraphs and cells rtl, at the right, and leaves others alone', () => {
    const slide: LaidOutSlide = {
      id: 's',
      title: 't',
      layout: 'bullets',
      role: 'content',
      layoutPart: 'ppt/slideLayouts/slideLayout3.xml',
      shapes: [
        { kind: 'text', box: { x: 0, y: 0, w: 1, h: 1 }, paragraphs: [para('שלום עולם'), para('Hello'), para('سلام', 'center')], fontFace: 'Arial', color: '000000', valign: 'top', insets: { left: 0, top: 0, right: 0, bottom: 0 }, lineSpacing: 1 },
        {
          kind: 'table', box: { x: 0, y: 0, w: 1, h: 1 }, colWidths: [1, 1], header: [{ runs: [{ text: 'A' }], align: 'left' }, { runs: [{ text: 'ב' }], align: 'left' }],
          rows: [], rowHeights: [0.3], fontSize: 12, fontFace: 'Arial', color: '000000', headerFill: 'FFFFFF', headerColor: '000000', stripeFill: 'FFFFFF', borderColor: '000000', cellInset: 0.05,
        },
      ],
      notes: '',
      background: 'FFFFFF',
    };
    const [out] = markRightToLeft([slide]);
    const text = out?.shapes[0];
    const table = out?.shapes[1];
    expect(text?.kind === 'text' ? text.paragraphs.map((p) => [p.rtl, p.align]) : []).toEqual([[true, 'right'], [undefined, undefined], [true, 'center']]);
    expect(table?.kind === 'table' ? table.header.map((c) => [c.rtl, c.align]) : []).toEqual([[undefined, 'left'], [true, 'right']]);
  });

  it('writes right-to-left paragraphs with rtl="1" and right alignment', async () => {
    const built = await buildBrief({ data: 'test/fixtures/stress/stress-scripts.yaml' });
    const { unzipSync, strFromU8 } = await import('fflate');
    const slide = strFromU8(unzipSync(built.bytes)['ppt/slides/slide2.xml'] as Uint8Array);
    const rtl = slide.match(/<a:pPr rtl="1"[^>]*>/g) ?? [];
    expect(rtl.length).toBeGreaterThanOrEqual(2);
    for (const p of rtl) expect(p).toContain('algn="r"');
    // The deck passes the strict OOXML validator and the interoperability lint.
    const dir = mkdtempSync(join(tmpdir(), 'briefdeck-rtl-'));
    try {
      const file = join(dir, 'scripts.pptx');
      writeFileSync(file, built.bytes);
      const validated = await validatePptx([file]);
      if (validated) expect(validated.code, validated.output).toBe(0);
      const lint = resolve(VALIDATOR, '..', 'pptx-lint.py');
      if (existsSync(lint)) {
        const run = spawnSync('python3', [lint, file], { encoding: 'utf8' });
        expect(run.status, run.stdout + run.stderr).toBe(0);
        expect(run.stdout).toContain(': ok');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

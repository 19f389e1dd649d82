import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkDeck } from '../../../src/check/check-deck.js';
import type { LaidOutDeck } from '../../../src/deck/laid-out.js';
import { writePptx } from '../../../src/pptx/write-pptx.js';
import { fixtureDeck, loadFixtureImage } from '../../fixtures/laid-out-deck.js';
import { part, xmlParts } from '../helpers.js';
import { lintPptx, validatePptx } from '../../support/ooxml-tools.js';

let parts: Map<string, string>;
let bytes: Uint8Array;

/** The fixture deck with one table cell emptied. */
function withEmptyCell(): LaidOutDeck {
  const deck = fixtureDeck();
  for (const slide of deck.slides) {
    for (const shape of slide.shapes) if (shape.kind === 'table') shape.rows[0]![1]!.runs = [{ text: ' ' }];
  }
  return deck;
}

beforeAll(async () => {
  bytes = await writePptx(withEmptyCell(), { loadImage: loadFixtureImage });
  parts = xmlParts(bytes);
});

/** Rule ids `briefdeck check` reports on the written fixture. */
function rulesFound(): string[] {
  const audit = checkDeck(bytes);
  if ('unreadable' in audit) throw new Error(audit.unreadable);
  return [...new Set(audit.findings.map((f) => f.rule))];
}

describe('writer-side accessibility (issue #12)', () => {
  it('flags every table\'s header row and describes the table by its columns and size', () => {
    const tables = [...parts].filter(([name, text]) => name.startsWith('ppt/slides/slide') && text.includes('<a:tbl>'));
    expect(tables.length).toBeGreaterThan(0);
    for (const [, text] of tables) {
      expect(text).not.toContain('<a:tblPr/>');
      expect(text).toContain('<a:tblPr firstRow="1" bandRow="1"/>');
    }
    expect(tables.map(([, text]) => /<p:cNvPr [^>]*descr="([^"]*)"[^>]*\/>\s*<p:cNvGraphicFramePr/.exec(text)?.[1])).toContain('Partner, 2023 (bn €), 2024 (bn €) (4 × 3)');
  });

  it('writes a dash into an empty cell', () => {
    const table = [...parts.values()].find((text) => text.includes('Partner'))!;
    expect(table).toMatch(/<a:t>Türkiye<\/a:t>.*?<a:t>—<\/a:t>/);
  });

  it('gives charts alt text made from their data', () => {
    const charts = [...parts.values()].flatMap((text) => [...text.matchAll(/name="Chart \d+" descr="([^"]*)"/g)].map((m) => m[1]));
    expect(charts).toContain('Bar chart: Exports by year (bn €). Goods: 2021 14.1, 2022 17.9, 2023 21.4, 2024 23; Services: 2021 3.2, 2022 4.1, 2023 4.8, 2024 5.5');
    expect(charts.every((descr) => descr !== '')).toBe(true);
  });

  it('sets the document language and the presentation\'s default text language', () => {
    expect(part(parts, 'docProps/core.xml')).toContain('<dc:language>en-GB</dc:language>');
    expect(part(parts, 'ppt/presentation.xml')).toContain('<p:defaultTextStyle><a:defPPr><a:defRPr lang="en-GB"/></a:defPPr>');
  });

  it('leaves check nothing to say about tables, charts, pictures or the document language', () => {
    const found = rulesFound();
    for (const rule of ['alt-text', 'table-header', 'empty-cell', 'document-language', 'document-title', 'package']) expect(found).not.toContain(rule);
  });

  it('writes a deck the OOXML validator and the package linter accept', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefdeck-a11y-fixes-'));
    try {
      const path = join(dir, 'deck.pptx');
      writeFileSync(path, bytes);
      const validation = await validatePptx([path]);
      if (validation) expect(validation.code, validation.output).toBe(0);
      const lint = await lintPptx([path]);
      if (lint) expect(lint.code, lint.output).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

/**
 * Dev-only generator: reads Liberation Sans and Liberation Mono with fontkit and writes
 * `src/fit/metrics/liberation-sans.ts` and `liberation-mono.ts`. Run after `npx tsc`:
 *
 *     node dist/fit/generate-metrics.js [fontDir]
 *
 * Runtime code never imports this file or fontkit; it reads the generated modules.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MISSING_GLYPH, decodeKerning, encodeKerning, kernUnits, type EncodedFontMetrics, type EncodedRange, type FontStyle } from './font-metrics.js';

/** The part of fontkit's font object this script reads (fontkit ships no type declarations). */
interface FontkitFont {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  lineGap: number;
  version: string;
  hasGlyphForCodePoint(codePoint: number): boolean;
  glyphForCodePoint(codePoint: number): { id: number; advanceWidth: number };
  layout(text: string, features?: Record<string, boolean>): { positions: Array<{ xAdvance: number }> };
  GPOS?: Gpos;
}

/** fontkit's lazily parsed arrays: `get(i)` and a length (plain arrays have both too once read). */
interface Lazy<T> {
  length: number;
  get?(index: number): T;
  [index: number]: T;
}
const at = <T>(list: Lazy<T>, i: number): T => (list.get ? list.get(i) : list[i]) as T;
const all = <T>(list: Lazy<T> | undefined): T[] => Array.from({ length: list?.length ?? 0 }, (_, i) => at(list as Lazy<T>, i));

interface Coverage {
  version: number;
  glyphs?: Lazy<number>;
  rangeRecords?: Lazy<{ start: number; end: number }>;
}
interface ClassDef {
  version: number;
  startGlyph?: number;
  classValueArray?: Lazy<number>;
  classRangeRecord?: Lazy<{ start: number; end: number; class: number }>;
}
interface PairValue {
  xAdvance?: number;
}
interface PairPos {
  version: number;
  coverage: Coverage;
  pairSets?: Lazy<Lazy<{ secondGlyph: number; value1?: PairValue }>>;
  classDef1?: ClassDef;
  classDef2?: ClassDef;
  classRecords?: Lazy<Lazy<{ value1?: PairValue }>>;
}
interface LangSys {
  featureIndexes: Lazy<number>;
}
interface Gpos {
  scriptList: Lazy<{ tag: string; script: { defaultLangSys?: LangSys; langSysRecords: Lazy<{ langSys: LangSys }> } }>;
  featureList: Lazy<{ tag: string; feature: { lookupListIndexes: Lazy<number> } }>;
  lookupList: Lazy<{ lookupType: number; subTables: Lazy<PairPos & { extension?: PairPos; lookupType?: number }> }>;
}

/** Unicode blocks whose widths are shipped: the scripts briefs are written in (Latin incl. Turkish, Greek, Cyrillic incl. Ukrainian) plus punctuation and currency. */
export const SHIPPED_BLOCKS: ReadonlyArray<readonly [number, number]> = [
  [0x0020, 0x007e], // Basic Latin (printable)
  [0x00a0, 0x00ff], // Latin-1 Supplement
  [0x0100, 0x017f], // Latin Extended-A (Turkish ı İ ş ğ)
  [0x0180, 0x024f], // Latin Extended-B
  [0x0370, 0x03ff], // Greek and Coptic
  [0x0400, 0x04ff], // Cyrillic (Ukrainian і ї є ґ)
  [0x2000, 0x206f], // General Punctuation
  [0x20a0, 0x20cf], // Currency Symbols
];

const STYLE_FILES: Record<FontStyle, string> = {
  regular: 'Regular',
  bold: 'Bold',
  italic: 'Italic',
  boldItalic: 'BoldItalic',
};

function encodeRange(font: FontkitFont, first: number, last: number): EncodedRange {
  let widths = '';
  for (let cp = first; cp <= last; cp++) {
    if (!font.hasGlyphForCodePoint(cp)) {
      widths += MISSING_GLYPH;
      continue;
    }
    const advance = Math.round(font.glyphForCodePoint(cp).advanceWidth);
    if (advance < 0 || advance >= 36 ** 3 - 1) throw new Error(`advance ${advance} of U+${cp.toString(16)} does not fit three base-36 digits`);
    widths += advance.toString(36).padStart(3, '0');
  }
  return [first, widths];
}

/** OpenType scripts whose `kern` feature applies to the shipped blocks (DFLT covers digits and punctuation). */
const KERN_SCRIPTS = new Set(['DFLT', 'latn', 'grek', 'cyrl']);

function coverageGlyphs(coverage: Coverage): number[] {
  if (coverage.version === 1) return all(coverage.glyphs);
  return all(coverage.rangeRecords).flatMap(({ start, end }) => Array.from({ length: end - start + 1 }, (_, k) => start + k));
}

function classOf(def: ClassDef | undefined, glyph: number): number {
  if (!def) return 0;
  if (def.version === 1) {
    const k = glyph - (def.startGlyph ?? 0);
    return k >= 0 && k < (def.classValueArray?.length ?? 0) ? at(def.classValueArray as Lazy<number>, k) : 0;
  }
  return all(def.classRangeRecord).find((r) => glyph >= r.start && glyph <= r.end)?.class ?? 0;
}

/**
 * Pair kerning among the shipped code points from the GPOS `kern` lookups of the Latin, Greek and
 * Cyrillic scripts: PairPos format 1 (glyph pairs) and format 2 (class pairs), also inside
 * extension lookups. The first subtable that covers a pair decides it, as in OpenType; separate
 * lookups add up. Returns left code point → right code point → adjustment in font units.
 */
function extractKerning(font: FontkitFont): Map<number, Map<number, number>> {
  const pairs = new Map<number, Map<number, number>>();
  const gpos = font.GPOS;
  if (!gpos) return pairs;
  // Glyph id → the shipped code points that map to it.
  const cpsOf = new Map<number, number[]>();
  for (const [first, last] of SHIPPED_BLOCKS) {
    for (let cp = first; cp <= last; cp++) {
      if (!font.hasGlyphForCodePoint(cp)) continue;
      const id = font.glyphForCodePoint(cp).id;
      cpsOf.set(id, [...(cpsOf.get(id) ?? []), cp]);
    }
  }
  const features = new Set<number>();
  for (const { tag, script } of all(gpos.scriptList)) {
    if (!KERN_SCRIPTS.has(tag)) continue;
    for (const langSys of [script.defaultLangSys, ...all(script.langSysRecords).map((r) => r.langSys)]) {
      for (const f of all(langSys?.featureIndexes)) features.add(f);
    }
  }
  const lookups = new Set<number>();
  for (const f of features) {
    const feature = at(gpos.featureList, f);
    if (feature.tag === 'kern') for (const l of all(feature.feature.lookupListIndexes)) lookups.add(l);
  }
  for (const l of [...lookups].sort((a, b) => a - b)) {
    const lookup = at(gpos.lookupList, l);
    const decided = new Set<string>(); // glyph pairs an earlier subtable of this lookup covered
    for (const raw of all(lookup.subTables)) {
      const type = lookup.lookupType === 9 ? raw.lookupType : lookup.lookupType;
      const sub = lookup.lookupType === 9 ? raw.extension : raw;
      if (type !== 2 || !sub) continue;
      const firsts = coverageGlyphs(sub.coverage);
      const add = (g1: number, g2: number, value: number): void => {
        const key = `${g1},${g2}`;
        if (decided.has(key)) return;
        decided.add(key);
        for (const left of cpsOf.get(g1) ?? []) {
          for (const right of cpsOf.get(g2) ?? []) {
            const row = pairs.get(left) ?? new Map<number, number>();
            row.set(right, (row.get(right) ?? 0) + value);
            pairs.set(left, row);
          }
        }
      };
      if (sub.version === 1) {
        firsts.forEach((g1, i) => {
          for (const pv of all(at(sub.pairSets as Lazy<Lazy<{ secondGlyph: number; value1?: PairValue }>>, i))) add(g1, pv.secondGlyph, pv.value1?.xAdvance ?? 0);
        });
      } else if (sub.version === 2) {
        for (const g1 of firsts) {
          if (!cpsOf.has(g1)) continue;
          const record = at(sub.classRecords as Lazy<Lazy<{ value1?: PairValue }>>, classOf(sub.classDef1, g1));
          for (const g2 of cpsOf.keys()) add(g1, g2, at(record, classOf(sub.classDef2, g2)).value1?.xAdvance ?? 0);
        }
      }
    }
  }
  return pairs;
}

/**
 * Checks the extracted pairs against fontkit's own shaping: for every kerned pair and a spread of
 * unkerned ones, laid out alone, the width with the \`kern\` feature minus the width without it
 * must be the shipped adjustment.
 */
function checkKerning(font: FontkitFont, encoded: string, label: string): void {
  const table = decodeKerning(encoded);
  const cps: number[] = [];
  for (const [first, last] of SHIPPED_BLOCKS) for (let cp = first; cp <= last; cp++) if (font.hasGlyphForCodePoint(cp)) cps.push(cp);
  const samples: Array<[number, number]> = [];
  for (let i = 0; i < cps.length; i++) for (let j = 0; j < cps.length; j += 7) if (kernUnits(table, cps[i] as number, cps[j] as number) !== 0 || (i * 31 + j) % 97 === 0) samples.push([cps[i] as number, cps[j] as number]);
  let bad = 0;
  for (const [a, b] of samples) {
    const text = String.fromCodePoint(a, b);
    const sum = (features?: Record<string, boolean>): number => font.layout(text, features).positions.reduce((s, p) => s + p.xAdvance, 0);
    const expected = sum() - sum({ kern: false });
    const ours = kernUnits(table, a, b);
    if (Math.abs(expected - ours) > 0.5 && bad++ < 10) console.warn(`${label}: U+${a.toString(16)} U+${b.toString(16)} kerned by ${expected}, shipped ${ours}`);
  }
  if (bad > 0) throw new Error(`${label}: ${bad} of ${samples.length} checked pairs disagree with fontkit's shaping`);
}

async function generate(fontDir: string, family: string, fileStem: string, exportName: string, outFile: string): Promise<void> {
  // A computed specifier keeps tsc from looking for fontkit's (non-existent) type declarations.
  const fontkitName = 'fontkit';
  const fontkit = (await import(fontkitName)) as { openSync(path: string): FontkitFont };
  const styles = {} as Record<FontStyle, EncodedRange[]>;
  const kerning: Partial<Record<FontStyle, string>> = {};
  let regular: FontkitFont | undefined;
  let version = '';
  for (const [style, suffix] of Object.entries(STYLE_FILES) as Array<[FontStyle, string]>) {
    const font = fontkit.openSync(join(fontDir, `${fileStem}-${suffix}.ttf`));
    if (style === 'regular') {
      regular = font;
      version = font.version;
    }
    styles[style] = SHIPPED_BLOCKS.map(([first, last]) => encodeRange(font, first, last));
    const pairs = encodeKerning(extractKerning(font));
    checkKerning(font, pairs, `${fileStem}-${suffix}`);
    if (pairs !== '') kerning[style] = pairs;
  }
  if (!regular) throw new Error('regular style missing');
  const metrics: EncodedFontMetrics = {
    family,
    unitsPerEm: regular.unitsPerEm,
    ascent: regular.ascent,
    descent: -regular.descent,
    lineGap: regular.lineGap,
    styles,
    kerning,
  };
  const styleLines = (Object.keys(styles) as FontStyle[])
    .map((style) => `    ${style}: [\n${styles[style].map(([first, w]) => `      [0x${first.toString(16).padStart(4, '0')}, '${w}'],`).join('\n')}\n    ],`)
    .join('\n');
  const kernStyles = Object.keys(kerning) as FontStyle[];
  // Wrapped at 100 characters a line so the module stays diffable.
  const chunk = (text: string): string => (text.match(/.{1,100}/g) ?? []).map((part) => `      '${part}'`).join(' +\n');
  const kernLines =
    kernStyles.length === 0 ? '  kerning: {},' : `  kerning: {\n${kernStyles.map((style) => `    ${style}:\n${chunk(kerning[style] ?? '')},`).join('\n')}\n  },`;
  const source = `/**
 * ${family} metrics (${version}), generated by src/fit/generate-metrics.ts with fontkit.
 * Do not edit; regenerate instead. Widths: three base-36 digits per code point, \`zzz\` = no glyph.
 * Kerning: GPOS \`kern\` pairs among those code points, encoded as \`encodeKerning\` describes.
 */
import type { EncodedFontMetrics } from '../font-metrics.js';

/** Advance widths and vertical metrics of ${family}. */
export const ${exportName}: EncodedFontMetrics = {
  family: '${family}',
  unitsPerEm: ${metrics.unitsPerEm},
  ascent: ${metrics.ascent},
  descent: ${metrics.descent},
  lineGap: ${metrics.lineGap},
  styles: {
${styleLines}
  },
${kernLines}
};
`;
  writeFileSync(outFile, source);
  console.log(`wrote ${outFile} (${source.length} bytes)`);
}

const here = dirname(fileURLToPath(import.meta.url));
// dist/fit → ../../src/fit/metrics: the output belongs in the sources, not in dist.
const outDir = resolve(here, '../../src/fit/metrics');
const fontDir = process.argv[2] ?? '/usr/share/fonts/truetype/liberation2';
await generate(fontDir, 'Liberation Sans', 'LiberationSans', 'liberationSans', join(outDir, 'liberation-sans.ts'));
await generate(fontDir, 'Liberation Mono', 'LiberationMono', 'liberationMono', join(outDir, 'liberation-mono.ts'));

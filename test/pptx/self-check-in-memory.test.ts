import fc from 'fast-check';
import { strToU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasXmlInvalid } from '../../src/pptx/clean-text.js';
import { PackageParts } from '../../src/pptx/package-parts.js';
import { checkPackage, checkParts, checkZip } from '../../src/pptx/self-check.js';
import { exactWellFormedProblem, isPlainWellFormedXml } from '../../src/pptx/well-formed.js';
import { writePptx } from '../../src/pptx/write-pptx.js';
import { zipDeterministic } from '../../src/pptx/zip.js';
import { fixtureDeck, loadFixtureImage } from '../fixtures/laid-out-deck.js';

let good: Uint8Array;

beforeAll(async () => {
  good = await writePptx(fixtureDeck(), { loadImage: loadFixtureImage });
});

/** The fixture's parts as the writer holds them: XML as text, everything else as bytes. */
function partsOf(changes: Record<string, string | null> = {}): PackageParts {
  const entries = unzipSync(good);
  const decoder = new TextDecoder();
  const parts = PackageParts.fromEntries(
    Object.entries(entries).map(([name, data]) => [name, name.endsWith('.xml') || name.endsWith('.rels') ? decoder.decode(data) : data] as const),
  );
  for (const [name, text] of Object.entries(changes)) {
    if (text === null) parts.delete(name);
    else parts.setText(name, text);
  }
  return parts;
}

const text = (name: string): string => new TextDecoder().decode(unzipSync(good)[name]);

describe('isPlainWellFormedXml', () => {
  it('takes the fast path for every XML part of a written deck, links with a query included', () => {
    for (const [name, data] of Object.entries(unzipSync(good))) {
      if (!name.endsWith('.xml') && !name.endsWith('.rels')) continue;
      const xml = new TextDecoder().decode(data);
      expect(isPlainWellFormedXml(xml), name).toBe(true);
      expect(exactWellFormedProblem(xml), name).toBeUndefined();
    }
  });

  it('never accepts what the exact checks reject', () => {
    const pieces = [
      '<a', '<b:c', '</a>', '</b:c>', '>', '/>', ' ', '\n', '\t', '\u00a0', ' x="1"', " y='2'", ' x="a=b"', ' x="<"', '="v"',
      '&amp;', '&#38;', '&#x26;', '&#X26;', '&', '&lt', 'text', '=', '"', "'", '<!-- c -->', '<!---->', '<![CDATA[<&>]]>',
      '<?xml version="1.0"?>', '<?p?>', '<!DOCTYPE a>', '\u0001', '\u0007', '\ud800', '\udc00', '\ud83d\ude00', '\ufffe', 'İ', '\u2028',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (list) => {
        const xml = list.join('');
        if (isPlainWellFormedXml(xml)) {
          expect(exactWellFormedProblem(xml)).toBeUndefined();
          expect(hasXmlInvalid(xml)).toBe(false);
        }
      }),
      { numRuns: 20000 },
    );
  });
});

describe('checkParts', () => {
  it('passes the parts of the normalised fixture', () => {
    expect(checkParts(partsOf())).toEqual([]);
  });

  it.each<[string, Record<string, string | null>]>([
    ['a missing part', { 'ppt/slides/slide2.xml': null }],
    ['malformed XML', { 'ppt/slides/slide3.xml': '<p:sld><a:p></p:sld>' }],
    ['a forbidden character', { 'ppt/slides/slide2.xml': 'BELL' }],
    ['a part without a content type', { 'ppt/extra.foo': 'x' }],
    ['a dangling relationship', { 'ppt/slides/_rels/slide1.xml.rels': 'DANGLING' }],
  ])('reports %s exactly as checkPackage does on the zipped parts', (_, changes) => {
    const resolved = Object.fromEntries(
      Object.entries(changes).map(([name, value]) => [
        name,
        value === 'BELL'
          ? text(name).replace('Objectives', 'Objec\u0007tives')
          : value === 'DANGLING'
            ? text(name).replace('</Relationships>', '<Relationship Id="rId99" Type="t" Target="../media/gone.png"/></Relationships>')
            : value,
      ]),
    );
    const parts = partsOf(resolved);
    const problems = checkParts(parts);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems).toEqual(checkPackage(zipDeterministic(parts.toRecord())));
  });
});

describe('checkZip', () => {
  it('passes a zip of exactly the parts', () => {
    const record = partsOf().toRecord();
    expect(checkZip(zipDeterministic(record), record)).toEqual([]);
  });

  it('reports a zip that holds other bytes, misses a part or has an extra one', () => {
    const record = partsOf().toRecord();
    const changed = { ...record, 'docProps/app.xml': strToU8('<x/>') };
    expect(checkZip(zipDeterministic(changed), record)).toEqual(['zip: docProps/app.xml does not hold the part\'s bytes']);
    const { 'docProps/app.xml': _, ...fewer } = record;
    expect(checkZip(zipDeterministic(fewer), record)).toEqual(['zip: docProps/app.xml is missing from the zip']);
    expect(checkZip(zipDeterministic({ ...record, 'extra.bin': new Uint8Array([1]) }), record)).toEqual(['zip: extra.bin is not a part of the package']);
  });

  it('reports a damaged zip', () => {
    const record = partsOf().toRecord();
    const bytes = zipDeterministic(record);
    const damaged = bytes.slice();
    damaged[14] = (damaged[14] ?? 0) ^ 0xff; // the first local header's CRC
    expect(checkZip(damaged, record)[0]).toMatch(/^not a readable zip: local header of \[Content_Types\]\.xml disagrees/);
    expect(checkZip(bytes.subarray(0, bytes.length - 30), record)[0]).toMatch(/^not a readable zip/);
  });
});

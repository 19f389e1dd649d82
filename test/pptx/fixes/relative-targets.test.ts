import { describe, expect, it } from 'vitest';
import { relativeTargets } from '../../../src/pptx/fixes/relative-targets.js';
import { PackageParts } from '../../../src/pptx/package-parts.js';
import { relativeTarget } from '../../../src/pptx/part-names.js';
import { xmlParts } from '../helpers.js';
import { chartDeck } from './chart-helpers.js';

const ctx = { createdIso: '2025-06-02T09:00:00Z', lang: 'en-GB' };

describe('relative relationship targets (issue #14, item 8)', () => {
  it('leave no absolute internal target outside the package relationships in a deck with charts', async () => {
    const parts = xmlParts(await chartDeck(() => undefined));
    const absolute = [...parts].filter(([name]) => name.endsWith('.rels') && name !== '_rels/.rels').flatMap(([name, text]) =>
      [...text.matchAll(/<Relationship\b[^>]*>/g)].filter((m) => /Target="\//.test(m[0]) && !/TargetMode="External"/.test(m[0])).map(() => name));
    expect(absolute).toEqual([]);
    expect(parts.get('ppt/slides/_rels/slide4.xml.rels')).toContain('Target="../charts/chart1.xml"');
  });

  it('rewrite absolute targets relative to the source part, and leave external and package targets alone', () => {
    const rel = (id: string, target: string, external = false) =>
      `<Relationship Id="${id}" Type="t" Target="${target}"${external ? ' TargetMode="External"' : ''}/>`;
    const parts = PackageParts.fromEntries([
      ['_rels/.rels', `<Relationships>${rel('rId1', '/ppt/presentation.xml')}</Relationships>`],
      ['ppt/slides/_rels/slide1.xml.rels', `<Relationships>${rel('rId1', '/ppt/charts/chart1.xml')}${rel('rId2', '/ppt/slides/slide2.xml')}${rel('rId3', '/x', true)}</Relationships>`],
      ['ppt/_rels/presentation.xml.rels', `<Relationships>${rel('rId1', '/docProps/app.xml')}</Relationships>`],
    ]);
    relativeTargets(parts, ctx);
    expect(parts.text('_rels/.rels')).toContain('Target="/ppt/presentation.xml"');
    expect(parts.text('ppt/slides/_rels/slide1.xml.rels')).toContain('Target="../charts/chart1.xml"');
    expect(parts.text('ppt/slides/_rels/slide1.xml.rels')).toContain('Target="slide2.xml"');
    expect(parts.text('ppt/slides/_rels/slide1.xml.rels')).toContain('Target="/x" TargetMode="External"');
    expect(parts.text('ppt/_rels/presentation.xml.rels')).toContain('Target="../docProps/app.xml"');
  });

  it.each([
    ['ppt/slides/slide4.xml', 'ppt/charts/chart1.xml', '../charts/chart1.xml'],
    ['ppt/charts/chart1.xml', 'ppt/embeddings/Book1.xlsx', '../embeddings/Book1.xlsx'],
    ['ppt/presentation.xml', 'ppt/slides/slide1.xml', 'slides/slide1.xml'],
    ['ppt/slides/slide1.xml', 'ppt/slides/slide2.xml', 'slide2.xml'],
    ['ppt/slides/slide1.xml', 'docProps/core.xml', '../../docProps/core.xml'],
  ])('relativeTarget(%j, %j) is %j', (source, part, expected) => expect(relativeTarget(source, part)).toBe(expected));
});

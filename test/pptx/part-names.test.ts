import { describe, expect, it } from 'vitest';
import { relativeTarget, relsPartOf, relsSource, resolveTarget } from '../../src/pptx/part-names.js';

describe('part names (OPC, ECMA-376 Part 2, 9.3)', () => {
  it('resolves relative, absolute, escaped and fragment targets against the source part', () => {
    expect(resolveTarget('ppt/slides/slide1.xml', '../slideLayouts/slideLayout2.xml')).toBe('ppt/slideLayouts/slideLayout2.xml');
    expect(resolveTarget('ppt/slides/slide1.xml', './media/image1.png')).toBe('ppt/slides/media/image1.png');
    expect(resolveTarget('ppt/slides/slide1.xml', '/ppt/media/image%201.png')).toBe('ppt/media/image 1.png');
    expect(resolveTarget('ppt/slides/slide1.xml', 'slide2.xml#anchor')).toBe('ppt/slides/slide2.xml');
    expect(resolveTarget('', 'ppt/presentation.xml')).toBe('ppt/presentation.xml');
  });

  it('finds a part from its relationships part and back', () => {
    expect(relsPartOf('ppt/slideMasters/slideMaster1.xml')).toBe('ppt/slideMasters/_rels/slideMaster1.xml.rels');
    expect(relsSource('ppt/slideMasters/_rels/slideMaster1.xml.rels')).toBe('ppt/slideMasters/slideMaster1.xml');
    expect(relsSource('_rels/.rels')).toBe('');
  });

  it('writes targets relative to the source, as PowerPoint does', () => {
    expect(relativeTarget('ppt/slides/slide4.xml', 'ppt/charts/chart1.xml')).toBe('../charts/chart1.xml');
    expect(relativeTarget('ppt/presentation.xml', 'ppt/slides/slide1.xml')).toBe('slides/slide1.xml');
  });
});

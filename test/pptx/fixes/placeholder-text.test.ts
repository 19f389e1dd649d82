import { describe, expect, it } from 'vitest';
import { horizontalIn } from '../../../src/pptx/fixes/placeholder-text.js';
import { finishSlideXml } from '../../../src/pptx/fixes/finish-slides.js';

const shape = (ph: string, bodyPr: string) => `<p:sp><p:nvSpPr><p:cNvPr id="3" name="Content Placeholder 3"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>${ph}</p:nvPr></p:nvSpPr><p:spPr/><p:txBody>${bodyPr}<a:lstStyle/><a:p><a:r><a:t>Text</a:t></a:r></a:p></p:txBody></p:sp>`;

describe('horizontalIn (issue #11: text measured horizontally is written horizontally)', () => {
  it('writes vert="horz" on a placeholder of a turned type, a p:ph without type counting as obj', () => {
    expect(horizontalIn(shape('<p:ph idx="1"/>', '<a:bodyPr wrap="square" anchor="t">'), ['obj'])).toContain('<a:bodyPr wrap="square" anchor="t" vert="horz">');
    expect(horizontalIn(shape('<p:ph type="title"/>', '<a:bodyPr vert="vert270"/>'), ['title'])).toContain('<a:bodyPr vert="horz"/>');
  });

  it('leaves placeholders of other types and shapes that are no placeholder as they are', () => {
    const title = shape('<p:ph type="title"/>', '<a:bodyPr anchor="ctr">');
    expect(horizontalIn(title, ['obj'])).toBe(title);
    const box = shape('', '<a:bodyPr anchor="ctr">');
    expect(horizontalIn(box, ['obj', 'title'])).toBe(box);
  });

  it('is applied by the slide pass only for the slide\'s layout turned types', () => {
    const slide = `<p:sld><p:cSld><p:spTree>${shape('<p:ph idx="1"/>', '<a:bodyPr anchor="t">')}</p:spTree></p:cSld></p:sld>`;
    expect(finishSlideXml(slide, { hideMasterShapes: false, turnedTypes: ['obj'] })).toContain('vert="horz"');
    expect(finishSlideXml(slide, { hideMasterShapes: false })).not.toContain('vert=');
  });
});

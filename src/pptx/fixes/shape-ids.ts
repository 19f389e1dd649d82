/**
 * Numbers the shapes of a slide 1, 2, 3, ... in document order, part by part: `counter` carries the
 * last number given from one piece of the slide to the next. pptxgenjs gives a table the same id as
 * the shape before it and the slide number a fixed id 25, which can collide on busy slides;
 * PowerPoint expects ids unique within a slide (ECMA-376 Part 1, §19.3.1.12). Nothing in the
 * package refers to these ids.
 */
export function renumberShapeIds(xml: string, counter: { last: number }): string {
  if (!xml.includes('<p:cNvPr id="')) return xml;
  return xml.replace(/<p:cNvPr id="\d+"/g, () => `<p:cNvPr id="${++counter.last}"`);
}

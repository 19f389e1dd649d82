import { partsIn, type PackageFix } from './context.js';

/**
 * Numbers the shapes of each slide 1, 2, 3, ... in document order. pptxgenjs gives a table the same
 * id as the shape before it and the slide number a fixed id 25, which can collide on busy slides;
 * PowerPoint expects ids unique within a slide. Nothing in the package refers to these ids.
 */
export const renumberShapeIds: PackageFix = (parts) => {
  for (const slide of partsIn(parts, 'ppt/slides/')) {
    parts.editText(slide, (text) => {
      let id = 0;
      return text.replace(/<p:cNvPr id="\d+"/g, () => `<p:cNvPr id="${++id}"`);
    });
  }
};

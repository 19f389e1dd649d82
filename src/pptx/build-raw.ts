import type { Pptx, PptxConstructor } from './pptxgen-types.js';
import type { LaidOutDeck } from '../deck/laid-out.js';
import { stripXmlInvalid } from './clean-text.js';
import type { ImageLoader, WriteContext } from './shapes/context.js';
import { addShape } from './shapes/index.js';
import { captureParts } from './capture-parts.js';
import { themeRefs } from './template/theme-refs.js';
import type { PackageParts } from './package-parts.js';

/** Name of the custom layout built from the theme's slide size. */
const LAYOUT_NAME = 'BRIEFDECK';

/**
 * Maps a laid-out deck onto a fresh pptxgenjs presentation and returns pptxgenjs' own package,
 * before any normalisation.
 */
export async function buildRawPptx(deck: LaidOutDeck, loadImage?: ImageLoader): Promise<Uint8Array> {
  const pptx = await presentationOf(deck, loadImage);
  const bytes = await pptx.write({ outputType: 'uint8array', compression: false });
  if (!(bytes instanceof Uint8Array)) throw new Error('pptxgenjs did not return bytes');
  return bytes;
}

/**
 * The same package as {@link buildRawPptx} as parts, taken before pptxgenjs zips them (the writer
 * edits parts, so zipping and unzipping in between is wasted work).
 */
export async function buildRawParts(deck: LaidOutDeck, loadImage?: ImageLoader): Promise<PackageParts> {
  return captureParts(await presentationOf(deck, loadImage));
}

/**
 * A fresh pptxgenjs presentation with the deck's shapes. pptxgenjs is imported lazily: it costs
 * ~50 ms, which commands that never write a deck should not pay.
 */
async function presentationOf(deck: LaidOutDeck, loadImage?: ImageLoader): Promise<Pptx> {
  // The ESM build's default export is the class itself (see pptxgen-types.ts for the typing quirk).
  const PptxGen = (await import('pptxgenjs')).default as unknown as PptxConstructor;
  const pptx: Pptx = new PptxGen();
  pptx.defineLayout({ name: LAYOUT_NAME, width: deck.theme.slide.width, height: deck.theme.slide.height });
  pptx.layout = LAYOUT_NAME;
  pptx.title = stripXmlInvalid(deck.meta.title);
  pptx.author = stripXmlInvalid(deck.meta.author);
  pptx.subject = '';
  pptx.company = '';

  const numbers = new Map<string, number>();
  deck.slides.forEach((slide, index) => {
    if (!numbers.has(slide.id)) numbers.set(slide.id, index + 1);
  });
  const ctx: WriteContext = {
    pptx,
    theme: deck.theme,
    lang: deck.meta.language,
    slideNumberOf: (id) => numbers.get(id),
    loadImage,
    refs: themeRefs(deck.template),
    slideTitle: '',
  };

  for (const laid of deck.slides) {
    // No background of its own: the slide shows its layout's (issue #11).
    const slide = pptx.addSlide();
    const slideCtx: WriteContext = { ...ctx, slideTitle: laid.title };
    for (const shape of laid.shapes) addShape(slide, shape, slideCtx);
    // Values a chart could not label go to the notes after the slide's own (issue #13).
    const chartNotes = laid.shapes.flatMap((s) => (s.kind === 'chart' && s.notes ? [s.notes] : []));
    const notes = stripXmlInvalid([laid.notes, ...chartNotes].filter((n) => n.trim() !== '').join('\n\n'));
    if (notes.trim() !== '') slide.addNotes(notes);
  }
  return pptx;
}

import type { LaidOutDeck } from '../../../src/deck/laid-out.js';
import { writePptx } from '../../../src/pptx/write-pptx.js';
import { fixtureDeck, loadFixtureImage } from '../../fixtures/laid-out-deck.js';

/** The fixture deck with `change` applied to the values of every chart's first series. */
export async function chartDeck(change: (values: number[]) => void): Promise<Uint8Array> {
  const deck: LaidOutDeck = fixtureDeck();
  for (const slide of deck.slides) {
    for (const shape of slide.shapes) if (shape.kind === 'chart') change(shape.chart.series[0]!.values);
  }
  return writePptx(deck, { loadImage: loadFixtureImage });
}

import { describe, expect, it } from 'vitest';
import type { Backdrop, BackdropLayers } from '../../src/template/backdrop.js';
import { mostReadable, neededRatio, readablePlaceholders, worstContrast } from '../../src/template/readable-placeholders.js';
import type { ResolvedPlaceholder } from '../../src/template/types.js';

const SCHEME = { tx1: '000000', bg1: 'FFFFFF', tx2: '1F497D', bg2: 'EEECE1' };

/** Layers that show `backdrop` under every box. */
function everywhere(backdrop: Backdrop): BackdropLayers {
  return { graphics: [], background: () => backdrop };
}

function placeholder(colour: string, sizePt: number, colorRef?: string): ResolvedPlaceholder {
  const level = {
    marginLeftPt: 0, indentPt: 0, lineSpacing: { kind: 'multiple', value: 1 }, spaceBefore: { kind: 'points', value: 0 }, spaceAfter: { kind: 'points', value: 0 }, align: 'left', bullet: false,
    run: { font: { latin: 'Arial', ea: '', cs: '' }, sizePt, bold: false, italic: false, color: colour, ...(colorRef ? { colorRef } : {}) },
  } as const;
  return { type: 'title', idx: 0, name: 'Title 1', box: { x: 0.5, y: 0.2, w: 9, h: 1 }, body: { insets: { left: 0.1, top: 0.05, right: 0.1, bottom: 0.05 }, anchor: 'middle', wrap: true, autofit: 'none', vertical: false }, levels: [level] } as ResolvedPlaceholder;
}

describe('readablePlaceholders (WCAG 2.1 SC 1.4.3 on the template\'s own ground)', () => {
  it('gives white title text on a white area the scheme\'s text colour, with its reference', () => {
    const [ph] = readablePlaceholders([placeholder('FFFFFF', 33, 'bg1')], everywhere({ colours: ['FFFFFF'], known: true }), SCHEME);
    expect(ph!.levels[0]!.run).toMatchObject({ color: '000000', colorRef: 'tx1' });
    expect(ph!.backdrop).toEqual({ colours: ['FFFFFF'], known: true });
  });

  it('keeps a template colour that is readable, at 3:1 for large text and 4.5:1 below 18 pt', () => {
    // FF6600 on white: 2.94:1, short of 3:1 even for large text; 767676 on white: 4.54:1.
    expect(readablePlaceholders([placeholder('767676', 12)], everywhere({ colours: ['FFFFFF'], known: true }), SCHEME)[0]!.levels[0]!.run.color).toBe('767676');
    expect(readablePlaceholders([placeholder('FF6600', 33)], everywhere({ colours: ['FFFFFF'], known: true }), SCHEME)[0]!.levels[0]!.run.color).toBe('000000');
    expect(readablePlaceholders([placeholder('949494', 24)], everywhere({ colours: ['FFFFFF'], known: true }), SCHEME)[0]!.levels[0]!.run.color).toBe('949494');
    expect(neededRatio(18, false)).toBe(3);
    expect(neededRatio(14, true)).toBe(3);
    expect(neededRatio(14, false)).toBe(4.5);
  });

  it('judges against every colour under the box, and leaves text alone where nothing can be judged', () => {
    const [ph] = readablePlaceholders([placeholder('000000', 20)], everywhere({ colours: ['000032', '3A3A8C'], known: true }), SCHEME);
    expect(ph!.levels[0]!.run.color).toBe('FFFFFF');
    const [unknown] = readablePlaceholders([placeholder('FFFFFF', 20)], everywhere({ colours: [], known: false }), SCHEME);
    expect(unknown!.levels[0]!.run.color).toBe('FFFFFF');
  });

  it('takes the best compromise on a split ground, and keeps the template colour when nothing does better', () => {
    // Black and white halves: black and white text each vanish on one half; dark blue (tx2) reads on both, if poorly.
    const [ph] = readablePlaceholders([placeholder('000000', 20)], everywhere({ colours: ['000000', 'FFFFFF'], known: true }), SCHEME);
    expect(ph!.levels[0]!.run).toMatchObject({ color: '1F497D', colorRef: 'tx2' });
    const [kept] = readablePlaceholders([placeholder('000000', 20)], everywhere({ colours: ['000000', 'FFFFFF'], known: true }), { tx1: '000000', bg1: 'FFFFFF' });
    expect(kept!.levels[0]!.run.color).toBe('000000');
    expect(worstContrast('000000', ['000000', 'FFFFFF'])).toBe(1);
    expect(mostReadable(['FFFFFF', '1F3A5F'], ['000000', 'FFFFFF'])).toBe('000000');
  });
});

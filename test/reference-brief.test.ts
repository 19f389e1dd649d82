import { describe, expect, it } from 'vitest';
import { loadDefaultThemeValue, loadTemplateSet } from '../src/io/load-template-set.js';
import { readSourceFile } from '../src/io/read-source.js';
import { layOutBrief } from '../src/pipeline.js';
import type { Theme } from '../src/theme/types.js';
import { deckText, slideText } from './support/deck-text.js';

async function layOutReference() {
  const source = (await readSourceFile('data/istanbul-2025-06-02.yaml')).value!;
  const templates = (await loadTemplateSet('default')).value!;
  const defaultTheme = (await loadDefaultThemeValue()) as Theme;
  return layOutBrief({ source, templates, defaultTheme });
}

/** Every person, role, date, place and figure of the seed text, as the deck must show it. */
const SEED_FACTS = [
  'Vladimir Medinsky', 'Assistant to the Russian President', 'Mikhail Galuzin', 'Deputy Foreign Minister',
  'Alexander Fomin', 'Deputy Defence Minister', 'Igor Kostyukov', 'Main Intelligence Directorate (GRU)',
  'Rustem Umerov', 'Defence Minister', 'Sergiy Kyslytsya', 'First Deputy Foreign Minister', 'Oleksandr Poklad',
  'Security Service of Ukraine', 'Oleh Luhovskyi', 'Foreign Intelligence Service', 'Hakan Fidan', 'İbrahim Kalın',
  'National Intelligence Organization (MIT)', 'Çırağan Palace', 'Dolmabahçe Working Office', 'Istanbul', 'Türkiye',
  '13:00', 'Monday, 2 June 2025', '16 May 2025', '1 Jun 2025', '472', '1,000 for 1,000', '30-day ceasefire',
  'progress in talks', 'memorandum', 'broadcast live', 'highest-level direct contact', 'nearly three years',
  'nuclear-capable long-range bombers', 'highest single-day total', 'second round', 'Kremlin chief negotiator',
  'Ukraine\'s Air Force',
];

describe('the reference brief', () => {
  it('lays out without diagnostics into at least 9 slides, without continuation slides', async () => {
    const result = await layOutReference();
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const deck = result.laidOut!;
    expect(deck.slides.length).toBeGreaterThanOrEqual(9);
    expect(deck.slides.filter((s) => s.continuationOf)).toEqual([]);
  });

  it('shows every fact of the seed text on a slide or in the notes', async () => {
    const deck = (await layOutReference()).laidOut!;
    const text = deck.slides.map((s) => `${s.title}\n${slideText(s)}\n${s.notes}`).join('\n').replace(/\s+/g, ' ');
    const missing = SEED_FACTS.filter((fact) => !text.includes(fact));
    expect(missing).toEqual([]);
  });

  it('gives every content slide notes, the marking, the date and a slide number', async () => {
    const deck = (await layOutReference()).laidOut!;
    for (const slide of deck.slides.slice(1)) {
      const text = slideText(slide);
      expect(slide.notes.trim(), slide.title).not.toBe('');
      // The marking is on the slide master, shown on every slide that does not hide it.
      expect(slide.hideMasterShapes, slide.title).toBeUndefined();
      expect(text, slide.title).toContain('2 June 2025');
      expect(slide.shapes.some((s) => s.kind === 'slide-number'), slide.title).toBe(true);
    }
  });

  it('puts the marking banner on the slide master', async () => {
    const deck = (await layOutReference()).laidOut!;
    const master = deck.template.parts.text(deck.template.masters[0]!.part);
    expect(master.split(deck.meta.marking).length - 1).toBe(2); // position "both": top and bottom banner
  });

  it('matches the golden slide content', async () => {
    const deck = (await layOutReference()).laidOut!;
    await expect(deckText(deck)).toMatchFileSnapshot('golden/istanbul-2025-06-02.txt');
  });
});

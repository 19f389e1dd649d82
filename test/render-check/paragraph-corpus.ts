import { bundledFor } from '../support/bundled-frames.js';
import type { LaidOutDeck, LaidOutSlide } from '../../src/deck/laid-out.js';
import type { Run } from '../../src/deck/types.js';
import type { TextMeasurer } from '../../src/fit/text-measurer.js';
import { WIDTH_SAFETY } from '../../src/fit/safety-margins.js';
import { TEXT_INSET, textIndentPt } from '../../src/fit/text-box-style.js';
import type { Theme } from '../../src/theme/types.js';
import { seededRandom } from '../support/seeded-random.mjs';

/** One generated paragraph in its own text box, with what the measurer predicts for it. */
export interface CorpusParagraph {
  runs: Run[];
  sizePt: number;
  bold: boolean;
  bullet: boolean;
  /** Width of the text box, inches. */
  boxWidth: number;
  /** Lines the measurer predicts at the box's true inner width: its accuracy. */
  predicted: number;
  /** Lines the fit stage assumes: wrapped at the inner width narrowed by the width safety margin. */
  predictedSafe: number;
}

const LATIN = 'the delegation said talks on prisoner exchanges and a ceasefire memorandum would continue at technical level after consultations with partners while observers noted that sequencing remained the main obstacle to any agreement on humanitarian corridors monitoring missions or the return of children WWW MMM illicit'.split(' ');
const TURKISH = 'Türkiye arabulucu olarak görüşmelerin İstanbul’da Çırağan Sarayı’nda sürdürülmesini önerdi ve tarafların esir takası konusunda uzlaştığını açıkladı; Dışişleri Bakanı Hakan Fidan İbrahim Kalın açılış konuşmasında ateşkesin önemini vurguladı ğüşıöç ĞÜŞİÖÇ'.split(' ');
const UKRAINIAN = 'Україна наполягає на тридцятиденному припиненні вогню перед початком переговорів і передала свій проєкт меморандуму; делегація Володимир Мединський очікує відповіді щодо гуманітарних питань обміну полоненими ґанок їжак Євгенія'.split(' ');
const RUSSIAN = 'Россия считает необходимым прогресс на переговорах прежде чем объявлять прекращение огня и подготовит меморандум с описанием рамок возможного мирного соглашения; глава делегации Владимир Мединский подтвердил получение «проекта»'.split(' ');
const URLS = [
  'https://www.mfa.gov.tr/sc_-32_-rusya-ukrayna-muzakereleri-istanbul-2-haziran-2025.en.mfa',
  'https://en.wikipedia.org/wiki/Peace_negotiations_in_the_Russian_invasion_of_Ukraine',
  'https://mfa.gov.ua/news/zayava-shchodo-drugogo-raundu-peregovoriv',
  'Rechtsschutzversicherungsgesellschaften',
  'Çekoslovakyalılaştıramadıklarımızdanmışsınız',
];
const LANGUAGES = [LATIN, TURKISH, UKRAINIAN, RUSSIAN];
const SIZES = [10, 11, 12, 14, 16, 18, 20, 24, 28];
/** Slide area a paragraph may fill, inches: its box must stay on the page for pdftotext to see every line. */
const MAX_TEXT_HEIGHT = 6.6;

function token(rnd: () => number, words: readonly string[]): string {
  const r = rnd();
  if (r < 0.05) return Math.floor(rnd() * 1_000_000).toLocaleString('en-GB');
  if (r < 0.08) return `${1 + Math.floor(rnd() * 28)} June 2025`;
  if (r < 0.1) return `2025-06-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
  // About one paragraph in four carries a URL or an over-long word: more than briefs do, and the
  // case where LibreOffice's breaking is least regular (see the report printed by the render check).
  if (r < 0.107) return URLS[Math.floor(rnd() * URLS.length)] as string;
  if (r < 0.12) return `${Math.floor(rnd() * 100)}%`;
  return words[Math.floor(rnd() * words.length)] as string;
}

/** Lines of `runs` wrapped as the fit stage wraps a paragraph in a box of `boxWidth` inches. */
function lineCount(measurer: TextMeasurer, theme: Theme, p: Omit<CorpusParagraph, 'predicted' | 'predictedSafe'>, safety: number): number {
  const available = ((p.boxWidth - 2 * TEXT_INSET) * 72 - textIndentPt(0, p.bullet)) / safety;
  return measurer.wrap(p.runs, available, { face: theme.fonts.body, monoFace: theme.fonts.mono, sizePt: p.sizePt, bold: p.bold }).length;
}

/**
 * `count` paragraphs of Latin, Turkish, Ukrainian and Russian words mixed with numbers, dates, URLs
 * (half of them links) and over-long words; sizes 10–28 pt, box widths 1.5–12 in, some bold throughout, some with bold
 * runs, some bulleted. Paragraphs that would not fit on a slide are cut to fit.
 */
export function paragraphCorpus(measurer: TextMeasurer, theme: Theme, count = 500, seed = 602): CorpusParagraph[] {
  const rnd = seededRandom(seed);
  const out: CorpusParagraph[] = [];
  while (out.length < count) {
    const words = LANGUAGES[Math.floor(rnd() * LANGUAGES.length)] as string[];
    const sizePt = SIZES[Math.floor(rnd() * SIZES.length)] as number;
    const boxWidth = Math.round((1.5 + rnd() * 10.5) * 100) / 100;
    const bold = rnd() < 0.2;
    const bullet = rnd() < 0.2;
    let n = 3 + Math.floor(rnd() * 70);
    const tokens = Array.from({ length: n }, () => token(rnd, rnd() < 0.15 ? (LANGUAGES[Math.floor(rnd() * 4)] as string[]) : words));
    // Half of the URLs are links, as markdown fields autolink them; the others stay plain text.
    const links = tokens.map((t) => t.startsWith('https://') && rnd() < 0.5);
    const build = (k: number): Run[] => {
      // Every few words a bold run, as markdown emphasis in a brief produces; links are runs of their own.
      const runs: Run[] = [];
      let plain = '';
      const flush = (): void => {
        if (plain !== '') runs.push({ text: plain });
        plain = '';
      };
      tokens.slice(0, k).forEach((t, i) => {
        const sep = i === 0 ? '' : ' ';
        if (links[i]) {
          plain += sep;
          flush();
          runs.push({ text: t, link: { kind: 'url', url: t } });
        } else if (!bold && i % 9 === 4) {
          plain += sep;
          flush();
          runs.push({ text: t, bold: true });
        } else plain += `${sep}${t}`;
      });
      flush();
      return runs;
    };
    let p = { runs: build(n), sizePt, bold, bullet, boxWidth };
    const maxLines = Math.floor((MAX_TEXT_HEIGHT * 72) / measurer.lineHeight({ face: theme.fonts.body, sizePt }));
    while (n > 1 && lineCount(measurer, theme, p, 1) > maxLines - 2) p = { ...p, runs: build(--n) };
    out.push({ ...p, predicted: lineCount(measurer, theme, p, 1), predictedSafe: lineCount(measurer, theme, p, WIDTH_SAFETY) });
  }
  return out;
}

/** A deck with one corpus paragraph per slide, in a top-left text box as the writer draws every measured box. */
export function corpusDeck(corpus: readonly CorpusParagraph[], theme: Theme, meta: LaidOutDeck['meta']): LaidOutDeck {
  const { template } = bundledFor(theme, meta);
  const slides = corpus.map((p, i): LaidOutSlide => ({
    id: `p${i + 1}`,
    title: `paragraph ${i + 1}`,
    layout: 'bullets',
    role: 'title-only',
    layoutPart: template.layouts['title-only'].part,
    shapes: [
      {
        kind: 'text',
        box: { x: 0.3, y: 0.3, w: p.boxWidth, h: theme.slide.height - 0.6 },
        paragraphs: [{ runs: p.runs, level: 0, bullet: p.bullet ? { kind: 'bullet' } : { kind: 'none' }, fontSize: p.sizePt, bold: p.bold, spaceBefore: 0 }],
        fontFace: theme.fonts.body,
        color: theme.colors.text,
        valign: 'top',
        inset: TEXT_INSET,
        lineSpacing: 1,
      },
    ],
    notes: '',
    background: theme.colors.background,
  }));
  return { meta, theme, template: template.model, slides };
}

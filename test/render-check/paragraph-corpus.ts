import { bundledFor } from '../support/bundled-frames.js';
import type { LaidOutDeck, LaidOutSlide } from '../../src/deck/laid-out.js';
import type { Run } from '../../src/deck/types.js';
import type { TextMeasurer } from '../../src/fit/text-measurer.js';
import { WIDTH_SAFETY } from '../../src/fit/safety-margins.js';
import { isRightToLeft } from '../../src/fit/text-direction.js';
import { TEXT_INSET, TEXT_INSETS, textIndentPt } from '../../src/fit/text-box-style.js';
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

/** Chinese phrases, joined without spaces into sentences with CJK punctuation. */
const CHINESE = '中国代表团表示 双方应在停火基础上 继续技术层面的谈判 并尽快交换战俘 土耳其愿意继续发挥调解作用 为下一轮会谈提供场地 乌克兰坚持 在谈判开始前 实现三十天停火 俄罗斯认为 必须先在谈判中取得进展 人道主义走廊 监督任务 儿童返回 备忘录草案'.split(' ');
const JAPANESE = 'ロシアとウクライナは イスタンブールの チュラーン宮殿で ２回目の直接協議を行い 捕虜交換について合意した トルコは 仲介役として 停戦に向けた 技術的な協議を 継続する方針を 示した ウクライナ側は 覚書の草案を 送付したと 述べている'.split(' ');
const KOREAN = '러시아와 우크라이나는 이스탄불에서 두 번째 직접 협상을 열고 포로 교환에 합의했다 튀르키예는 중재자로서 휴전을 위한 기술적 협의를 계속할 방침이다 우크라이나는 각서 초안을 보냈다고 밝혔다'.split(' ');
const HEBREW = 'עמדת ישראל הפסקת אש מיידית חזרת החטופים ומשא ומתן ישיר בתיווך מצרים וקטר המשלחת אמרה כי השיחות על חילופי שבויים ימשכו ברמה הטכנית לאחר התייעצויות עם השותפים בעוד שהמשקיפים ציינו כי סדר הפעולות נותר המכשול העיקרי'.split(' ');
const ARABIC = 'موقف الحكومة وقف فوري لإطلاق النار وتبادل الأسرى ومفاوضات مباشرة بوساطة قطر ومصر قال الوفد إن المحادثات بشأن تبادل الأسرى ومذكرة وقف إطلاق النار ستستمر على المستوى الفني بعد المشاورات مع الشركاء بينما لاحظ المراقبون أن التسلسل لا يزال العقبة الرئيسية أمام أي اتفاق بشأن الممرات الإنسانية'.split(' ');
/** Scripts of the second corpus: which join words with spaces and which punctuation they use. */
const SCRIPTS: ReadonlyArray<{ words: readonly string[]; spaced: boolean; comma: string; stop: string }> = [
  { words: CHINESE, spaced: false, comma: '，', stop: '。' },
  { words: JAPANESE, spaced: false, comma: '、', stop: '。' },
  { words: KOREAN, spaced: true, comma: ',', stop: '.' },
  { words: HEBREW, spaced: true, comma: ',', stop: '.' },
  { words: ARABIC, spaced: true, comma: '،', stop: '.' },
];

/** Lines of `runs` wrapped as the fit stage wraps a paragraph in a box of `boxWidth` inches. */
function lineCount(measurer: TextMeasurer, theme: Theme, p: Omit<CorpusParagraph, 'predicted' | 'predictedSafe'>, safety: number): number {
  const available = ((p.boxWidth - 2 * TEXT_INSET) * 72 - textIndentPt(0, p.bullet)) / safety;
  return measurer.wrap(p.runs, available, { face: theme.fonts.body, monoFace: theme.fonts.mono, sizePt: p.sizePt, bold: p.bold }).length;
}

/**
 * The paragraph of the first `n` tokens (`build(n)`), with fewer tokens while it would not fit on a
 * slide (two lines spare), and the line counts the fit stage predicts for it.
 */
function cutToFit(measurer: TextMeasurer, theme: Theme, build: (tokens: number) => Run[], n: number, style: Omit<CorpusParagraph, 'runs' | 'predicted' | 'predictedSafe'>): CorpusParagraph {
  let tokens = n;
  let p = { runs: build(tokens), ...style };
  const maxLines = Math.floor((MAX_TEXT_HEIGHT * 72) / measurer.lineHeight({ face: theme.fonts.body, sizePt: style.sizePt }));
  while (tokens > 1 && lineCount(measurer, theme, p, 1) > maxLines - 2) p = { ...p, runs: build(--tokens) };
  return { ...p, predicted: lineCount(measurer, theme, p, 1), predictedSafe: lineCount(measurer, theme, p, WIDTH_SAFETY) };
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
    const n = 3 + Math.floor(rnd() * 70);
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
    out.push(cutToFit(measurer, theme, build, n, { sizePt, bold, bullet, boxWidth }));
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
        paragraphs: [
          {
            runs: p.runs,
            level: 0,
            bullet: p.bullet ? { kind: 'bullet' } : { kind: 'none' },
            fontSize: p.sizePt,
            bold: p.bold,
            spaceBefore: 0,
            ...(isRightToLeft(p.runs) ? { rtl: true, align: 'right' as const } : {}),
          },
        ],
        fontFace: theme.fonts.body,
        color: theme.colors.text,
        valign: 'top',
        insets: TEXT_INSETS,
        lineSpacing: 1,
      },
    ],
    notes: '',
    background: theme.colors.background,
  }));
  return { meta, theme, template: template.model, slides };
}

/**
 * `count` paragraphs of Chinese, Japanese, Korean, Hebrew and Arabic (the second line-count
 * corpus, issue #13): phrases with each script's commas and stops, numbers and dates, an English
 * word now and then; sizes 10–28 pt, box widths 1.5–12 in, some bold throughout, some with bold
 * runs, some bulleted. Paragraphs that would not fit on a slide are cut to fit.
 */
export function scriptCorpus(measurer: TextMeasurer, theme: Theme, count = 300, seed = 1313): CorpusParagraph[] {
  const rnd = seededRandom(seed);
  const out: CorpusParagraph[] = [];
  while (out.length < count) {
    const script = SCRIPTS[out.length % SCRIPTS.length] as (typeof SCRIPTS)[number];
    const sizePt = SIZES[Math.floor(rnd() * SIZES.length)] as number;
    const boxWidth = Math.round((1.5 + rnd() * 10.5) * 100) / 100;
    const bold = rnd() < 0.2;
    const bullet = rnd() < 0.2;
    const n = 3 + Math.floor(rnd() * 60);
    const tokens = Array.from({ length: n }, () => {
      const r = rnd();
      if (r < 0.05) return String(1 + Math.floor(rnd() * 2025));
      if (r < 0.08) return LATIN[Math.floor(rnd() * LATIN.length)] as string;
      const word = script.words[Math.floor(rnd() * script.words.length)] as string;
      return rnd() < 0.12 ? word + (rnd() < 0.6 ? script.comma : script.stop) : word;
    });
    const build = (k: number): Run[] => {
      const runs: Run[] = [];
      let plain = '';
      tokens.slice(0, k).forEach((t, i) => {
        const sep = i === 0 || (!script.spaced && !/^[A-Za-z0-9]/.test(t) && !/[A-Za-z0-9]$/.test(tokens[i - 1] ?? '')) ? '' : ' ';
        if (!bold && i % 9 === 4) {
          if (plain + sep !== '') runs.push({ text: plain + sep });
          plain = '';
          runs.push({ text: t, bold: true });
        } else plain += `${sep}${t}`;
      });
      if (plain !== '') runs.push({ text: plain });
      return runs;
    };
    out.push(cutToFit(measurer, theme, build, n, { sizePt, bold, bullet, boxWidth }));
  }
  return out;
}

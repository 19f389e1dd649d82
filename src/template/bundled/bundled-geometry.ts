/**
 * Where the bundled template sets put things: the geometry of the slide master and layouts that
 * briefdeck generates from `theme.json` (issue #11 §1). The numbers are those the fit stage used
 * before slides sat on layouts, so decks built with `default` and `compact` keep their look; the
 * title placeholder is two title lines tall and anchored at the bottom, so the accent rule under it
 * can sit on the layout.
 */
import { MARKING_INSET_IN } from '../marking-size.js';
import type { TemplateBox } from '../types.js';
import type { Theme } from '../../theme/types.js';
import type { TextMeasurer } from '../../fit/text-measurer.js';

/** Side margin of every slide, inches. */
export const MARGIN_X = 0.6;

/** Inner margin of bundled text placeholders, inches, on every side. */
export const BUNDLED_INSET = 0.08;

/** Measured content may fill this share of a box (the fit stage's height safety). */
const HEIGHT_FILL = 0.95;

/** Least height of the marking banner and of the footer line, inches. */
const BANNER_MIN = 0.32;
const FOOTER_MIN = 0.32;


/** Width of the slide-number placeholder, inches. */
const NUMBER_W = 1.0;

/** Width of the date placeholder, inches (the footer placeholder takes the rest of the line). */
const DATE_W = 2.4;

/** Lines a content slide's title placeholder holds before its text shrinks. */
export const TITLE_LINES = 2;

/** Lines the cover's title placeholder holds. */
export const COVER_TITLE_LINES = 2;

/** Thickness of the accent rule under a title, inches. */
const RULE = 0.03;

/** Where the rule and the marking go, and every placeholder box of the bundled layouts. */
export interface BundledGeometry {
  width: number;
  height: number;
  /** Marking banners on the master (absent when the brief has no marking). */
  banners: TemplateBox[];
  bannerInset: number;
  title: TemplateBox;
  titleRule: TemplateBox;
  body: TemplateBox;
  columns: [TemplateBox, TemplateBox];
  coverTitle: TemplateBox;
  coverRule: TemplateBox;
  coverBody: TemplateBox;
  sectionTitle: TemplateBox;
  sectionRule: TemplateBox;
  sectionBody: TemplateBox;
  date: TemplateBox;
  footer: TemplateBox;
  number: TemplateBox;
  /** The logo's box on the master, when the theme has a logo. */
  logo?: TemplateBox;
}

/** Height of a box holding `lines` lines of `sizePt` (bold when asked) plus insets, inches. */
function linesBox(measurer: TextMeasurer, face: string, sizePt: number, lines: number, inset: number, bold = false): number {
  return (lines * measurer.lineHeight({ face, sizePt, bold }) + 2 * inset * 72) / 72 / HEIGHT_FILL;
}

/** The geometry for `theme`, with or without marking banners. */
export function bundledGeometry(theme: Theme, measurer: TextMeasurer, hasMarking: boolean): BundledGeometry {
  const W = theme.slide.width;
  const H = theme.slide.height;
  const bannerH = Math.max(BANNER_MIN, linesBox(measurer, theme.fonts.body, theme.sizes.marking, 1, MARKING_INSET_IN, true));
  const top = hasMarking && theme.marking.position !== 'bottom' ? bannerH : 0;
  const bottom = hasMarking && theme.marking.position !== 'top' ? bannerH : 0;
  const banners: TemplateBox[] = [];
  if (top > 0) banners.push({ x: 0, y: 0, w: W, h: bannerH });
  if (bottom > 0) banners.push({ x: 0, y: H - bannerH, w: W, h: bannerH });

  const footerH = Math.max(FOOTER_MIN, linesBox(measurer, theme.fonts.body, theme.sizes.footer, 1, BUNDLED_INSET));
  const footerY = H - bottom - 0.08 - footerH;
  const inner = W - 2 * MARGIN_X;
  const logoRoom = theme.logo ? theme.logo.width + 0.25 : 0;

  const titleH = linesBox(measurer, theme.fonts.heading, theme.sizes.title, TITLE_LINES, BUNDLED_INSET, true);
  const title = { x: MARGIN_X, y: top + 0.2, w: inner - logoRoom, h: titleH };
  const titleRule = { x: MARGIN_X + BUNDLED_INSET, y: title.y + titleH + 0.04, w: inner - 2 * BUNDLED_INSET, h: RULE };
  const bodyTop = titleRule.y + RULE + 0.2;
  const body = { x: MARGIN_X, y: bodyTop, w: inner, h: Math.max(0.5, footerY - 0.1 - bodyTop) };
  const gap = 0.3;
  const colW = (inner - gap) / 2;

  const coverLineH = linesBox(measurer, theme.fonts.heading, theme.sizes.coverTitle, 1, 0, true);
  const coverTitleH = linesBox(measurer, theme.fonts.heading, theme.sizes.coverTitle, COVER_TITLE_LINES, BUNDLED_INSET, true);
  const coverTitle = { x: MARGIN_X, y: Math.max(top + 0.3, H * 0.28 - coverLineH), w: inner, h: coverTitleH };
  const coverRule = { x: MARGIN_X + BUNDLED_INSET, y: coverTitle.y + coverTitleH + 0.08, w: 2.5, h: 0.05 };
  const coverBodyTop = coverRule.y + 0.05 + 0.2;
  const coverBody = { x: MARGIN_X, y: coverBodyTop, w: inner, h: Math.max(0.5, H - bottom - 0.3 - coverBodyTop) };

  const sectionSize = Math.max(theme.sizes.title, theme.sizes.coverTitle - 4);
  const sectionTitleH = linesBox(measurer, theme.fonts.heading, sectionSize, TITLE_LINES, BUNDLED_INSET, true);
  const sectionTitle = { x: MARGIN_X, y: Math.max(top + 0.3, H * 0.34 - sectionTitleH / 2), w: inner, h: sectionTitleH };
  const sectionRule = { x: MARGIN_X + BUNDLED_INSET, y: sectionTitle.y + sectionTitleH + 0.06, w: 2.5, h: 0.05 };
  const sectionBodyTop = sectionRule.y + 0.05 + 0.25;
  const sectionBody = { x: MARGIN_X, y: sectionBodyTop, w: inner, h: Math.max(0.5, footerY - 0.1 - sectionBodyTop) };

  return {
    width: W,
    height: H,
    banners,
    bannerInset: MARKING_INSET_IN,
    title,
    titleRule,
    body,
    columns: [
      { x: MARGIN_X, y: bodyTop, w: colW, h: body.h },
      { x: MARGIN_X + colW + gap, y: bodyTop, w: colW, h: body.h },
    ],
    coverTitle,
    coverRule,
    coverBody,
    sectionTitle,
    sectionRule,
    sectionBody,
    date: { x: MARGIN_X, y: footerY, w: DATE_W, h: footerH },
    footer: { x: MARGIN_X + DATE_W, y: footerY, w: inner - NUMBER_W - DATE_W, h: footerH },
    number: { x: W - MARGIN_X - NUMBER_W, y: footerY, w: NUMBER_W, h: footerH },
    ...(theme.logo ? { logo: { x: W - MARGIN_X - theme.logo.width, y: top + 0.15, w: theme.logo.width, h: theme.logo.height } } : {}),
  };
}

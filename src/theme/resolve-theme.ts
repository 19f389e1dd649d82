import type { Diagnostic, StageResult } from '../diagnostics/diagnostic.js';
import { closestName } from '../diagnostics/did-you-mean.js';
import type { ParsedData } from '../data/parse-data.js';
import { locationOf } from '../data/locate.js';
import { themeContrastProblems } from './theme-contrast.js';
import type { Theme } from './types.js';

const COLOUR = /^[0-9A-Fa-f]{6}$/;
const MARKING_POSITIONS = ['top', 'bottom', 'both'];
const LAYOUT_ROLES = ['cover', 'section', 'content', 'two-content', 'title-only'];
/**
 * Keys with their default that a theme may set although the bundled theme has none:
 * `marking.default` is an organisation's handling marking for briefs that set none.
 */
const OPTIONAL_KEYS: Record<string, Record<string, unknown>> = { marking: { default: '' } };

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${JSON.stringify(value)}`;
  return `${typeof value} ${JSON.stringify(value)}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Font sizes a slide can hold: ECMA-376 Part 1, ST_TextFontSize (21.1.10.72), in pt. */
const MIN_FONT_PT = 1;
const MAX_FONT_PT = 4000;

/**
 * Checks a user theme against the shape of the bundled default and merges it over the default,
 * key by key, so a user theme may set only what it changes. Colours are 6-digit hex, sizes
 * positive numbers; every problem is reported with the theme file and key path, and with the
 * line and column when `parsed` (the position-keeping parse of theme.json) is given.
 */
export function resolveTheme(user: unknown, defaults: Theme, file: string, parsed?: ParsedData): StageResult<Theme> {
  const diagnostics: Diagnostic[] = [];
  const problem = (path: string, message: string, expected: string, found: unknown, hint?: string) => {
    const segments = path === '' || path === '(theme)' ? [] : path.split('.');
    // An unknown key is marked at the key itself; any other problem at the value.
    const where = parsed ? locationOf(parsed, segments, { atKey: message.startsWith('unknown theme key') }) : {};
    diagnostics.push({ severity: 'error', rule: 'theme', file, ...where, dataPath: path || '(theme)', message, expected, found: describe(found), ...(hint ? { hint } : {}) });
  };

  function merge(base: unknown, over: unknown, path: string): unknown {
    if (over === undefined) return base;
    if (path === 'logo') {
      if (over === null) return null;
      if (!isRecord(over) || typeof over.path !== 'string' || !(Number(over.width) > 0) || !(Number(over.height) > 0)) {
        problem(path, 'logo must be null or {path, width, height}', '{"path": "logo.png", "width": 1.2, "height": 0.5}', over);
        return base;
      }
      return { path: over.path, width: Number(over.width), height: Number(over.height) };
    }
    if (path === 'reference') {
      if (over === null) return null;
      if (typeof over !== 'string' || over.trim() === '') {
        problem(path, 'reference must be null or the path of a .pptx or .potx template', '"house-template.potx"', over);
        return base;
      }
      return over;
    }
    if (path === 'layouts') return mergeLayouts(over);
    if (Array.isArray(base)) {
      if (!Array.isArray(over) || over.length === 0 || !over.every((c) => typeof c === 'string' && COLOUR.test(c))) {
        problem(path, 'must be a non-empty list of colours', 'a list like ["1F3A5F", "C8102E"]', over);
        return base;
      }
      return over.map((c: string) => c.toUpperCase());
    }
    if (isRecord(base)) {
      // Keys a theme may set that the bundled theme leaves out (issue #15: no bundled marking).
      const known: Record<string, unknown> = Object.hasOwn(OPTIONAL_KEYS, path) ? { ...OPTIONAL_KEYS[path], ...base } : base;
      if (!isRecord(over)) {
        problem(path || '(theme)', 'must be an object', 'an object', over);
        return known;
      }
      const result: Record<string, unknown> = {};
      for (const key of Object.keys(known)) result[key] = merge(known[key], over[key], path ? `${path}.${key}` : key);
      for (const key of Object.keys(over)) {
        if (!Object.hasOwn(known, key)) {
          const suggestion = closestName(key, Object.keys(known));
          problem(path ? `${path}.${key}` : key, `unknown theme key \`${key}\``, Object.keys(known).join(', '), over[key], suggestion ? `did you mean \`${suggestion}\`?` : undefined);
        }
      }
      return result;
    }
    if (typeof base === 'number') {
      if (typeof over !== 'number' || !Number.isFinite(over) || over <= 0 || over > 1000) {
        problem(path, 'must be a positive number', 'a number greater than 0', over);
        return base;
      }
      // Sizes are font sizes in pt; DrawingML writes them in hundredths, 100–400000 (ST_TextFontSize, issue #14).
      if (path.startsWith('sizes.') && (over < MIN_FONT_PT || over > MAX_FONT_PT)) {
        problem(path, 'font size out of range', `${MIN_FONT_PT} to ${MAX_FONT_PT} pt`, over);
        return base;
      }
      return over;
    }
    if (typeof base === 'string') {
      if (typeof over !== 'string') {
        problem(path, 'must be text', 'a string', over);
        return base;
      }
      const isColour = path.startsWith('colors.') || path === 'marking.fill' || path === 'marking.text';
      if (isColour && !COLOUR.test(over)) {
        problem(path, 'must be a colour', 'six hex digits without #, e.g. "1F3A5F"', over);
        return base;
      }
      if (path === 'marking.position' && !MARKING_POSITIONS.includes(over)) {
        problem(path, 'unknown marking position', MARKING_POSITIONS.join(', '), over);
        return base;
      }
      return isColour ? over.toUpperCase() : over;
    }
    return over;
  }

  /** `layouts`: layout role → a layout name of the house template. */
  function mergeLayouts(over: unknown): Theme['layouts'] {
    if (!isRecord(over)) {
      problem('layouts', 'layouts must map layout roles to template layout names', '{"content": "Title and Content"}', over);
      return {};
    }
    const out: Record<string, string> = {};
    for (const [role, name] of Object.entries(over)) {
      if (!LAYOUT_ROLES.includes(role)) {
        const suggestion = closestName(role, LAYOUT_ROLES);
        problem(`layouts.${role}`, `unknown theme key \`${role}\`: not a layout role`, LAYOUT_ROLES.join(', '), name, suggestion ? `did you mean \`${suggestion}\`?` : undefined);
      } else if (typeof name !== 'string' || name.trim() === '') {
        problem(`layouts.${role}`, 'must be the name of a slide layout of the template', '"Title and Content"', name);
      } else out[role] = name;
    }
    return out;
  }

  const theme = merge(defaults, user, '') as Theme;
  if (theme.sizes.bodyMin > theme.sizes.body) problem('sizes.bodyMin', 'the body floor is larger than the body size', `at most ${theme.sizes.body}`, theme.sizes.bodyMin);
  if (theme.sizes.tableMin > theme.sizes.table) problem('sizes.tableMin', 'the table floor is larger than the table size', `at most ${theme.sizes.table}`, theme.sizes.tableMin);
  if (theme.slide.width < 4 || theme.slide.height < 3 || theme.slide.width > 56 || theme.slide.height > 56) {
    problem('slide', 'slide size out of range', 'width 4–56 in, height 3–56 in', theme.slide);
  }
  // Only a theme that is otherwise sound is judged; colours it failed to set are the default's.
  if (diagnostics.length === 0) {
    for (const low of themeContrastProblems(theme)) problem(low.path, low.message, low.expected, low.found);
  }
  const failed = diagnostics.length > 0;
  return { value: failed ? undefined : theme, diagnostics };
}

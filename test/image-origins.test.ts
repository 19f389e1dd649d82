import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBrief } from '../src/build-brief.js';
import { BriefInputError } from '../src/diagnostics/errors.js';
import { imageOrigins } from '../src/image-origins.js';
import type { LaidOutDeck } from '../src/deck/laid-out.js';
import type { TemplateSet } from '../src/render/template-set.js';
import type { Theme } from '../src/theme/types.js';
import { testFolder } from './support/test-folder.js';

const BRIEF = 'version: 2\ntitle: T\nevent:\n  date: 2025-06-02\n  time: "13:00"\n  timeZone: Europe/Istanbul\n  venue: V\n  city: C\n';

/** The diagnostics a build ends with (it must fail). */
async function failedBuild(templates: string) {
  try {
    await buildBrief({ data: { path: 'brief.yaml', text: BRIEF }, templates, cwd: testFolder() });
  } catch (error) {
    if (error instanceof BriefInputError) return error.diagnostics;
    throw error;
  }
  throw new Error('the build succeeded');
}

describe('image origins (issue #14, item 9)', () => {
  it("reports a missing logo at theme.json's logo.path, not on the cover slide", async () => {
    const set = join(testFolder(), 'house');
    mkdirSync(set, { recursive: true });
    writeFileSync(join(set, 'theme.json'), '{\n  "logo": { "path": "images/crest.png", "width": 1.2, "height": 0.5 }\n}\n');
    const diagnostics = (await failedBuild(set)).filter((d) => d.severity === 'error');
    expect(diagnostics).toEqual([expect.objectContaining({
      rule: 'image', file: join(set, 'theme.json').slice(testFolder().length + 1), line: 2, column: 21, dataPath: 'logo.path', found: 'images/crest.png',
    })]);
    expect(diagnostics[0]!.message).not.toContain('slide');
  });

  it('finds a path written in the data file or a template, and leaves an unknown one without origin', () => {
    const image = (path: string) => ({ kind: 'image' as const, box: { x: 0, y: 0, w: 1, h: 1 }, path, alt: '' });
    const deck = { slides: [{ shapes: [image('maps/front.png'), image('crest.png'), image('nowhere.png')] }] } as unknown as LaidOutDeck;
    const templates = {
      deck: { path: 'deck.hbs', text: '{{> cover}}' },
      partials: new Map([['cover', { path: 'slides/cover.hbs', text: '---\nlayout: image\n---\n![Crest](crest.png)\n' }]]),
      theme: { path: 'theme.json', value: {} },
    } as unknown as TemplateSet;
    const origins = imageOrigins(deck, { path: 'brief.yaml', text: 'watch:\n  - "![Front](maps/front.png)"\n' }, templates, { logo: null } as unknown as Theme);
    expect(origins.get('maps/front.png')).toMatchObject({ file: 'brief.yaml', line: 2, column: 15 });
    expect(origins.get('crest.png')).toMatchObject({ file: 'slides/cover.hbs', line: 4, column: 10 });
    expect(origins.has('nowhere.png')).toBe(false);
  });
});

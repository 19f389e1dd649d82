import { beforeAll, describe, expect, it } from 'vitest';
import { loadDefaultThemeValue, loadTemplateSet } from '../../src/io/load-template-set.js';
import { layOutBrief } from '../../src/pipeline.js';
import type { TemplateSet } from '../../src/render/template-set.js';
import type { Theme } from '../../src/theme/types.js';

const DATA = 'version: 2\ntitle: T\nmarking: M\nevent:\n  date: 2025-06-02\n  venue: V\n  city: C\n';
let templates: TemplateSet;
let defaultTheme: Theme;
beforeAll(async () => {
  templates = (await loadTemplateSet('default')).value!;
  defaultTheme = (await loadDefaultThemeValue()) as Theme;
});

/** Renders a one-slide deck template whose body is `expression`. */
function render(expression: string) {
  const deck = { ...templates.deck, text: `---\nlayout: bullets\ntitle: x\n---\nvalue: ${expression}\n` };
  return layOutBrief({ source: { path: 'b.yaml', text: DATA }, templates: { ...templates, deck }, defaultTheme });
}

describe('templates cannot reach object internals', () => {
  it.each([['{{constructor}}'], ['{{__proto__}}'], ['{{@root.constructor}}'], ['{{event.constructor}}'], ['{{title.constructor.name}}']])(
    '%s is an unknown field with the template location, not a value',
    (expression) => {
      const result = render(expression);
      expect(result.markup).toBeUndefined();
      expect(result.diagnostics).toMatchObject([{ severity: 'error', rule: 'template-unknown-field', line: 5 }]);
    },
  );

  it.each([['{{lookup this "constructor"}}'], ['{{#with constructor}}{{name}}{{/with}}'], ['{{lookup event "__proto__"}}']])(
    '%s renders nothing (Handlebars prototype access stays off)',
    (expression) => {
      const result = render(expression);
      expect(result.markup).toMatch(/value: \n/);
      expect(result.markup).not.toMatch(/function|Object|\[object/);
    },
  );
});

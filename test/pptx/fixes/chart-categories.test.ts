import { describe, expect, it } from 'vitest';
import { fixChartCategories } from '../../../src/pptx/fixes/chart-categories.js';
import { PackageParts } from '../../../src/pptx/package-parts.js';
import { xmlParts } from '../helpers.js';
import { chartDeck } from './chart-helpers.js';

const ctx = { createdIso: '2025-06-02T09:00:00Z', lang: 'en-GB' };

describe('chart categories (issue #14, item 8)', () => {
  it('are written as c:strRef, as PowerPoint writes them, with the same formula and points', async () => {
    const parts = xmlParts(await chartDeck(() => undefined));
    const chart = parts.get('ppt/charts/chart1.xml')!;
    expect(chart).not.toContain('multiLvlStrRef');
    expect(chart).toMatch(/<c:cat>\s*<c:strRef><c:f>Sheet1!\$A\$2:\$A\$5<\/c:f><c:strCache><c:ptCount val="4"\/><c:pt idx="0"><c:v>2021<\/c:v><\/c:pt>/);
  });

  it('keep categories of two levels as c:multiLvlStrRef', () => {
    const two = '<c:multiLvlStrRef><c:f>Sheet1!$A$2:$B$3</c:f><c:multiLvlStrCache><c:ptCount val="2"/><c:lvl><c:pt idx="0"><c:v>a</c:v></c:pt></c:lvl><c:lvl><c:pt idx="0"><c:v>X</c:v></c:pt></c:lvl></c:multiLvlStrCache></c:multiLvlStrRef>';
    const parts = PackageParts.fromEntries([['ppt/charts/chart1.xml', `<c:chartSpace><c:cat>${two}</c:cat></c:chartSpace>`]]);
    fixChartCategories(parts, ctx);
    expect(parts.text('ppt/charts/chart1.xml')).toContain(two);
  });
});

import { describe, expect, it } from 'vitest';
import { closestName, editDistance } from '../../src/diagnostics/did-you-mean.js';

describe('did you mean', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('veneu', 'venue')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('suggests only plausible typos', () => {
    const names = ['start', 'timeZone', 'venue', 'city', 'country'];
    expect(closestName('veneu', names)).toBe('venue');
    expect(closestName('timezone', names)).toBe('timeZone');
    expect(closestName('citty', names)).toBe('city');
    expect(closestName('weather', names)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { BoundedCache } from '../src/bounded-cache.js';

describe('BoundedCache', () => {
  it('makes a value once per key, false and zero included', () => {
    const cache = new BoundedCache<string, boolean | number>(10);
    let made = 0;
    const make = (value: boolean | number) => () => {
      made += 1;
      return value;
    };
    expect(cache.getOrCreate('no', make(false))).toBe(false);
    expect(cache.getOrCreate('no', make(true))).toBe(false);
    expect(cache.getOrCreate('zero', make(0))).toBe(0);
    expect(cache.getOrCreate('zero', make(1))).toBe(0);
    expect(made).toBe(2);
  });

  it('starts over when full, so it never holds more than its bound', () => {
    const cache = new BoundedCache<number, number>(3);
    let made = 0;
    const make = (n: number) => () => {
      made += 1;
      return n * 10;
    };
    for (const n of [1, 2, 3]) cache.getOrCreate(n, make(n));
    expect(made).toBe(3);
    cache.getOrCreate(4, make(4)); // full: emptied, then 4 kept
    cache.getOrCreate(4, make(4));
    cache.getOrCreate(1, make(1)); // 1 was dropped and is made again
    expect(made).toBe(5);
  });
});

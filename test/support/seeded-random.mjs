/**
 * A small seeded generator (mulberry32): the same seed gives the same numbers in [0, 1) on every
 * machine, so generated fixtures and corpora are reproducible. Plain JavaScript so that both the
 * TypeScript tests and the fixture scripts run by `node` can import it.
 */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A per-process cache of values that are costly to make and never go stale (formatters, compiled
 * templates, answers about time zones), with a bound so that a long-running process (watch, batch,
 * a server using the API) fed ever new keys cannot grow it forever: when full, it starts over.
 */
export class BoundedCache<K, V> {
  private readonly entries = new Map<K, V>();

  /** @param max most entries kept before the cache is emptied */
  constructor(private readonly max: number) {}

  /** The value for `key`, made by `make` on first use. */
  getOrCreate(key: K, make: () => V): V {
    let value = this.entries.get(key);
    if (value === undefined) {
      value = make();
      if (this.entries.size >= this.max) this.entries.clear();
      this.entries.set(key, value);
    }
    return value;
  }
}

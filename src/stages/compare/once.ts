/**
 * `build` remembered per key object. Compare keys it on what the pipeline never changes once made
 * (a sentence, a source): the value depends on its key alone, so no output depends on what
 * ran before, and every pair a source is in shares it (issue 13).
 */
export function once<K extends object, T>(build: (k: K) => T): (k: K) => T {
  const cache = new WeakMap<K, T>();
  return (k) => {
    const known = cache.get(k);
    if (known !== undefined) return known;
    const fresh = build(k);
    cache.set(k, fresh);
    return fresh;
  };
}

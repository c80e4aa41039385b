/**
 * `build` remembered per key object. Compare keys it on what the pipeline never changes once made
 * (a sentence, a source): the value depends on its key alone, so no output depends on what
 * ran before, and every pair a source is in shares it (issue 13).
 *
 * Every memo made by `once` keeps its value in one record per key, at a slot of its own, not in
 * a WeakMap of its own: a sentence had about twenty memos, each an entry in a weak table that
 * every garbage collection walks, and a source's first pair paid for them (speed26, speed27).
 */
/** Each key's record: one value per `once` memo, by its slot. */
const records = new WeakMap<object, unknown[]>();
let slots = 0;

export function once<K extends object, T>(build: (k: K) => T): (k: K) => T {
  const slot = slots++;
  return (k) => {
    let record = records.get(k);
    if (!record) {
      record = [];
      records.set(k, record);
    }
    const known = record[slot] as T | undefined;
    if (known !== undefined) return known;
    const fresh = build(k);
    record[slot] = fresh;
    return fresh;
  };
}

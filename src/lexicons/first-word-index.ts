/**
 * Groups lexicon entries by their first word, each group in the list's order (so a list sorted
 * longest first gives groups sorted longest first, and the first entry that fits is the same one).
 * Rules that ask at every token look up one group instead of scanning the whole list (issue 13: for
 * the vague-quantity and relative-date rules together, 3.6 % of a source's segment and extract CPU;
 * docs/speed-log.md, speed15).
 */
export function byFirstWord<T extends { words: string[] }>(list: readonly T[]): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const entry of list) {
    const group = index.get(entry.words[0]);
    if (group) group.push(entry);
    else index.set(entry.words[0], [entry]);
  }
  return index;
}

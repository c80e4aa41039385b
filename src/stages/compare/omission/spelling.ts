// Inputs: two capitalised words, one from each article. A name the other article spells
// differently ("Cowmen" for "Cowan", a typo) is still
// mentioned there (issue 10: judged omissions whose name the other article gave in a variant).

/** Levenshtein distance, stopping early once it exceeds `limit`. */
function distance(x: string, y: string, limit: number): number {
  if (Math.abs(x.length - y.length) > limit) return limit + 1;
  let row = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const next = [i];
    for (let j = 1; j <= y.length; j++)
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    if (Math.min(...next) > limit) return limit + 1;
    row = next;
  }
  return row[y.length];
}

/**
 * Whether two capitalised words are spellings of one name: both at least five letters, the same
 * first three letters (or, when the first has six letters or more, the same first two and last
 * two), and at most two edits apart. Two different people so alike ("Johnson",
 * "Johnston") are rare in one story, and then the omission is left unreported, not invented.
 */
export function spellingVariant(x: string, y: string): boolean {
  if (x === y || Math.min(x.length, y.length) < 5) return x === y;
  // Both tests below need the same first letter: two ASCII letters that differ (case aside) are
  // told apart without lower-casing and slicing (issue 13: most pairs of names, every pair asked).
  const [cx, cy] = [x.charCodeAt(0) | 32, y.charCodeAt(0) | 32];
  if (cx !== cy && cx >= 97 && cx <= 122 && cy >= 97 && cy <= 122) return false;
  const [p, q] = [x.toLowerCase(), y.toLowerCase()];
  // Two letters swapped inside the name ("Preibus" for "Priebus") keep its first two and last two.
  const sameEnds = p.slice(0, 2) === q.slice(0, 2) && p.slice(-2) === q.slice(-2) && p.length >= 6;
  if (p.slice(0, 3) !== q.slice(0, 3) && !sameEnds) return false;
  return distance(p, q, 2) <= 2;
}

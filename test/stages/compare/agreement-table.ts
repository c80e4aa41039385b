import { describe, expect, it } from 'vitest';
import { article, compareArticles } from './facts-helpers.js';

/**
 * Whether sentence `x` of one article agrees with sentence `y` of another (a sentence agreement
 * whose first span lies in `x`), each beside a sentence of its own and the shared filler.
 */
export const agrees = (x: string, y: string): boolean => {
  const a = article('A', '2016-03-02', [x, 'Fans of the visiting team sang outside the arena.']);
  const b = article('B', '2016-03-02', ['Protesters gathered outside the stadium before the match.', y]);
  return compareArticles(a, b).some(
    (f) => f.ruleId === 'compare/sentence-agreement' && f.a[0].text.length > 0 && x.includes(f.a[0].text),
  );
};

/**
 * A table of invented sentence pairs and whether they must agree, run as written and swapped:
 * comparing b with a mirrors comparing a with b.
 */
export function agreementTable(title: string, rows: [string, string, boolean][]): void {
  describe(title, () => {
    it.each(rows)('%s ~ %s: %s', (x, y, expected) => {
      expect(agrees(x, y)).toBe(expected);
    });
    it.each(rows)('swapped: %s ~ %s: %s', (x, y, expected) => {
      expect(agrees(y, x)).toBe(expected);
    });
  });
}

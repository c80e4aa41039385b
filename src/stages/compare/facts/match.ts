import type { Claim } from '../../../model/claim.js';

/** A candidate pairing of one claim from each side, with how strongly they are about the same thing. */
export interface Candidate<C extends Claim> {
  a: C;
  b: C;
  score: number;
}

/**
 * One-to-one greedy matching, strongest candidates first; `claims` names the claim of each side a
 * candidate pairs (blame candidates are claims, fact pairs hold facts). The tie-break uses the
 * unordered pair of offsets, so matching b with a picks the same pairs (the symmetry law).
 */
export function matchGreedy<T extends { score: number }>(
  candidates: T[],
  claims: (c: T) => [Claim, Claim],
): T[] {
  const key = (c: T) => {
    const [a, b] = claims(c);
    return [Math.min(a.start, b.start), Math.max(a.start, b.start)];
  };
  // Zero scores never match: dropping them first keeps the sort small on long articles (issue 12).
  const sorted = candidates
    .filter((c) => c.score > 0)
    .sort((x, y) => {
      if (y.score !== x.score) return y.score - x.score;
      const [kx, ky] = [key(x), key(y)];
      return kx[0] - ky[0] || kx[1] - ky[1];
    });
  const chosen: T[] = [];
  const used = { a: new Set<string>(), b: new Set<string>() };
  for (const candidate of sorted) {
    const [a, b] = claims(candidate);
    if (used.a.has(a.id) || used.b.has(b.id)) continue;
    used.a.add(a.id);
    used.b.add(b.id);
    chosen.push(candidate);
  }
  return chosen;
}

/** Claims of one kind on a side. */
export function claimsOf<K extends Claim['kind']>(claims: Claim[], kind: K): Extract<Claim, { kind: K }>[] {
  return claims.filter((c): c is Extract<Claim, { kind: K }> => c.kind === kind);
}

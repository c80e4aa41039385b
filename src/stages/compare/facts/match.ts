import type { Claim } from '../../../model/claim.js';

/** A candidate pairing of one claim from each side, with how strongly they are about the same thing. */
export interface Candidate<C extends Claim> {
  a: C;
  b: C;
  score: number;
}

/**
 * One-to-one greedy matching, strongest candidates first. The tie-break uses the
 * unordered pair of offsets, so matching b with a picks the same pairs (the symmetry law).
 */
export function matchGreedy<C extends Claim>(candidates: Candidate<C>[]): Candidate<C>[] {
  const key = (c: Candidate<C>) => [Math.min(c.a.start, c.b.start), Math.max(c.a.start, c.b.start)];
  // Zero scores never match: dropping them first keeps the sort small on long articles (issue 12).
  const sorted = candidates
    .filter((c) => c.score > 0)
    .sort((x, y) => {
      if (y.score !== x.score) return y.score - x.score;
      const [kx, ky] = [key(x), key(y)];
      return kx[0] - ky[0] || kx[1] - ky[1];
    });
  const chosen: Candidate<C>[] = [];
  const used = { a: new Set<string>(), b: new Set<string>() };
  for (const candidate of sorted) {
    if (candidate.score <= 0) break;
    if (used.a.has(candidate.a.id) || used.b.has(candidate.b.id)) continue;
    used.a.add(candidate.a.id);
    used.b.add(candidate.b.id);
    chosen.push(candidate);
  }
  return chosen;
}

/** Claims of one kind on a side. */
export function claimsOf<K extends Claim['kind']>(claims: Claim[], kind: K): Extract<Claim, { kind: K }>[] {
  return claims.filter((c): c is Extract<Claim, { kind: K }> => c.kind === kind);
}

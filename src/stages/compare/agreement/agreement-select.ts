import type { Sentence } from '../../../model/source.js';
import type { Clause } from './agreement-clauses.js';
import type { UnlistedPair } from './agreement-match.js';

/**
 * Inputs: every pair of clauses that may agree (`similarClauses`) and the verdict that says whether
 * one does; out: those that agree and whose clauses are free.
 */

/** Shared weight × cover, rounded so that float noise cannot reorder pairs. */
const strength = (p: { shared: number; cover: number }) => Math.round(p.shared * p.cover * 1000);
/** An order of clause pairs that is the same whichever article is side a (the symmetry law). */
const mirrorKey = (p: UnlistedPair) => {
  const [x, y] = [p.a.sentence.start + p.a.from / 1e4, p.b.sentence.start + p.b.from / 1e4];
  const [u, v] = [p.a.sentence.start + p.a.to / 1e4, p.b.sentence.start + p.b.to / 1e4];
  return [
    p.a.to - p.a.from + p.b.to - p.b.from,
    Math.min(x, y),
    Math.max(x, y),
    Math.min(u, v),
    Math.max(u, v),
  ];
};
/** The first difference of two keys, in order; 0 when they are equal (no array a comparison: speed22). */
function keyOrder(x: number[], y: number[]): number {
  for (let i = 0; i < x.length; i++) if (x[i] - y[i] !== 0) return x[i] - y[i];
  return 0;
}

/** Strongest first; ties shortest first, then by the mirrored offsets. Keys are computed once a pair. */
const byStrength = <P extends UnlistedPair>(pairs: P[]): P[] =>
  pairs
    .map((p) => ({ p, s: strength(p), k: mirrorKey(p) }))
    .sort((x, y) => y.s - x.s || keyOrder(x.k, y.k))
    .map(({ p }) => p);

/**
 * Strongest first, the pairs that `agrees` admits whose clauses overlap no clause taken before
 * them, one a pair of sentences. The verdict is asked last, of a pair that would be taken: a pair
 * it rejects takes nothing, so asking it of the others too would keep the same pairs. A headline
 * sums up the lead, so a body sentence that agrees with a headline stays free to agree with a body
 * sentence too: only the headline's clause is taken. A quotation both print is a fact of its own
 * (what was said, beside what was done), so a clause taken by a paraphrase stays free for the same
 * words in the other article; only quotations block quotations. Likewise an act both report in
 * other words (a pair with an `act`: issued / released a statement) is a fact beside the quotation
 * printed with it: only clauses taken by pairs that are not quotations block it.
 */
export function disjoint<P extends UnlistedPair>(pairs: P[], agrees: (p: P) => boolean): P[] {
  const taken = {
    all: new Map<Sentence, Clause[]>(),
    quoted: new Map<Sentence, Clause[]>(),
    unquoted: new Map<Sentence, Clause[]>(),
  };
  const joined = new Set<string>();
  const overlaps = (c: Clause, map: Map<Sentence, Clause[]>) =>
    (map.get(c.sentence) ?? []).some((t) => t.first < c.last && c.first < t.last);
  const take = (c: Clause, map: Map<Sentence, Clause[]>) =>
    map.set(c.sentence, [...(map.get(c.sentence) ?? []), c]);
  return byStrength(pairs).filter((p) => {
    const key = `${p.a.sentence.id}|${p.b.sentence.id}`;
    const blocking = p.quoted ? taken.quoted : p.act !== undefined ? taken.unquoted : taken.all;
    if (joined.has(key) || overlaps(p.a, blocking) || overlaps(p.b, blocking) || !agrees(p)) return false;
    joined.add(key);
    const headline = p.a.sentence.role === 'headline' || p.b.sentence.role === 'headline';
    for (const c of [p.a, p.b]) {
      if (headline && c.sentence.role !== 'headline') continue;
      take(c, taken.all);
      take(c, p.quoted ? taken.quoted : taken.unquoted);
    }
    return true;
  });
}

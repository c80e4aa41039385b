import type { Sentence, Token } from '../../../model/source.js';
import { actorGroupById, findActors } from '../../../text/actors.js';
import { isContent, sharedWeight } from '../weights.js';

/** The prefix of a key that stands for an actor of the lexicon, not a lemma. */
export const ACTOR = 'actor:';

/**
 * Inputs: one body or headline sentence, cut at clause punctuation and before subordinating
 * conjunctions. A long sentence often reports two facts ("With two days left, the mayor and
 * the governor met on Friday as a councillor suggested…"); its clauses let each be matched on its own
 * (see `agreement-match.ts`).
 */

/** A run of a sentence's tokens between clause punctuation: one or more segments, or the whole sentence. */
export interface Clause {
  sentence: Sentence;
  /** Token indexes, half-open. */
  from: number;
  to: number;
  /** Segment indexes, half-open: which parts of the sentence the clause takes. */
  first: number;
  last: number;
  lemmas: Set<string>;
  /** Content lemmas that are not names: what was done, not who did it. */
  plain: Set<string>;
  weight: number;
  /** Whether the clause is the whole sentence. */
  whole: boolean;
}

/** Commas, semicolons, colons, dashes, brackets and quotation marks end a clause (or a quotation). */
const BOUNDARY = /^(?:[,;:()"\u201c\u201d\u2014\u2013]|--)$/u;
/** A subordinating conjunction ("said that…", "because…") opens a clause of its own. */
const boundary = (t: Token) => BOUNDARY.test(t.text) || t.pos === 'SCONJ';

/** The segments of a sentence: token ranges between clause punctuation that hold a content word. */
export function segments(s: Sentence): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (let i = 0; i <= s.tokens.length; i++) {
    if (i < s.tokens.length && !boundary(s.tokens[i])) continue;
    if (s.tokens.slice(from, i).some(isContent)) out.push([from, i]);
    from = i + 1;
  }
  return out;
}

/**
 * What a content word means for matching: its lemma, or, when the word alone names a state of
 * the actor lexicon ("Iran", "Iranians", "Tehran"), that state, so that "traded with
 * Iran" and "trading with the Iranians" share it.
 */
export function keysOf(s: Sentence): (t: Token) => string {
  const named = new Map<number, string>();
  for (const m of findActors(s)) {
    const inside = s.tokens.filter((t) => t.start >= m.start && t.end <= m.end);
    if (m.group && inside.length === 1 && actorGroupById(m.group)?.kind === 'state')
      named.set(inside[0].start, `${ACTOR}${m.group}`);
  }
  return (t) => named.get(t.start) ?? t.lemma;
}

/** A clause before the pair's weights are known: all that depends on its sentence alone. */
export type ClauseShape = Omit<Clause, 'weight'>;

/** Every run of neighbouring segments, the whole sentence among them, so that a short aside does not split a fact. */
export function clauseShapes(s: Sentence, key: (t: Token) => string = keysOf(s)): ClauseShape[] {
  const segs = segments(s);
  // Each token's key, if it carries content; then each clause reads its range.
  const keys = s.tokens.map((t) => (isContent(t) ? key(t) : undefined));
  const out: ClauseShape[] = [];
  for (let i = 0; i < segs.length; i++) {
    for (let j = i + 1; j <= segs.length; j++) {
      const [from, to] = [segs[i][0], segs[j - 1][1]];
      const [lemmas, plain] = [new Set<string>(), new Set<string>()];
      for (let t = from; t < to; t++) {
        const k = keys[t];
        if (k === undefined) continue;
        lemmas.add(k);
        if (s.tokens[t].pos !== 'PROPN') plain.add(k);
      }
      out.push({
        sentence: s,
        from,
        to,
        first: i,
        last: j,
        lemmas,
        plain,
        whole: i === 0 && j === segs.length,
      });
    }
  }
  return out;
}

/** A clause with its weight in one pair: the summed weight of its keys. */
export const weighed = (c: ClauseShape, w: ReadonlyMap<string, number>): Clause => ({
  sentence: c.sentence,
  from: c.from,
  to: c.to,
  first: c.first,
  last: c.last,
  lemmas: c.lemmas,
  plain: c.plain,
  weight: sharedWeight(c.lemmas, c.lemmas, w),
  whole: c.whole,
});

import type { Token } from '../../../model/source.js';
import { quotationAt } from '../../../text/quotes.js';
import { stemOf } from '../omission/stem.js';
import type { Clause } from './agreement-clauses.js';
import { clauseFacts, type FactLemma } from './agreement-fact.js';
import type { RelatedWords } from './agreement-related.js';
import { type WordRun, word } from './agreement-words.js';

/**
 * Inputs: two clauses, one a side, and the WordNet links between their sentences. Whether what they
 * share can be one fact (issue 10): two clauses that share only who spoke, how and when state no
 * fact in common, however many of their words recur.
 */

/**
 * Whether two word forms are one word by derivation or inflection: both have a suffix, and what is
 * left is the same (`stemOf`: "resigned" / "resignation", "elected" / "election"). A bare word never
 * meets a longer word built on it ("found" / "foundation", "bill" / "billion": review of omit9), but
 * an inflected form of it can: "founded" / "foundation", "signed" / "signal" link (review of
 * fixagree10, N6; with no derivation data a suffix cannot tell them from "resigned" / "resignation").
 * A false link only relaxes the no-fact veto.
 */
export function derived(x: string, y: string): boolean {
  const sx = stemOf(x);
  return sx !== undefined && sx === stemOf(y);
}

/** Whether a word of `a`'s proposition recurs in `b`'s: the same lemma, a WordNet link, or a verb and its nominalisation. */
function matches(
  fa: ReadonlyMap<string, FactLemma>,
  fb: ReadonlyMap<string, FactLemma>,
  links: readonly RelatedWords[],
): boolean {
  // Two names alone are who, not what: a word counts when one side at least uses it as a common word.
  const found = (x: FactLemma, m: string) => {
    const y = fb.get(m);
    return y !== undefined && !(x.name && y.name);
  };
  // `derived` on every two forms, from the stems the facts keep (no suffix scan a clause pair).
  const akin = (x: FactLemma, y: FactLemma) => x.stems.some((sx) => sx !== undefined && y.stems.includes(sx));
  // Loops, not `some` with a closure per word: asked of every clause pair the vetoes reach (speed22).
  for (const [l, x] of fa) {
    if (found(x, l)) return true;
    for (const k of links) if (k.a === l && found(x, k.b)) return true;
    for (const y of fb.values()) if (x.verb !== y.verb && !(x.name || y.name) && akin(x, y)) return true;
  }
  return false;
}

/**
 * Veto: once the speaker, the reporting cue, its setting and the day are set aside (`clauseFacts`),
 * no word of what happened recurs: "Lena Ortiz, the union's spokeswoman, told reporters on Friday"
 * and "said union spokeswoman Lena Ortiz in a statement on Friday" report two remarks, not one fact.
 */
export function noSharedFact(a: Clause, b: Clause, links: readonly RelatedWords[]): boolean {
  return !matches(clauseFacts(a), clauseFacts(b), links);
}

/**
 * Whether the run of the same words two clauses hold is a quotation both print: on each side at
 * least half its words lie inside quotation marks that open within the sentence. Such a quotation
 * under two tags is one statement, whatever words it holds ('"This is what they promised us in
 * May," Reyes said' / '… Reyes told the jury'); a shared speaker with a title ("under Olympic Head
 * Coach Ada M. Reyes") is no quotation.
 */
export function runStates(a: Clause, b: Clause, run: WordRun): boolean {
  return quotedRun(a.sentence.tokens, run.a) && quotedRun(b.sentence.tokens, run.b);
}

/**
 * Per token: whether it lies inside a quotation that opens within the sentence (`quotationAt`). A
 * lone closing mark of a quotation opened in the sentence before quotes nothing after it: the tag
 * that follows ('… we were lied to," Ortiz said') is outside (review of fixagree10, N1).
 */
function quotedTokens(t: readonly Token[]): boolean[] {
  const out = t.map(() => false);
  for (let k = 0; k < t.length; k++) {
    const q = quotationAt(t, k);
    if (!q) continue;
    let j = k + 1;
    for (; j < t.length && t[j].end <= q.end; j++) out[j] = true;
    k = j - 1;
  }
  return out;
}

// A sentence's tokens are scanned for quotations once, not once per clause pair it is in.
const quotedBySentence = new WeakMap<readonly Token[], boolean[]>();
function quotedOnce(t: readonly Token[]): boolean[] {
  let inside = quotedBySentence.get(t);
  if (!inside) {
    inside = quotedTokens(t);
    quotedBySentence.set(t, inside);
  }
  return inside;
}

/** Whether at least half the words of tokens `from`…`to` lie inside quotation marks. */
function quotedRun(t: readonly Token[], [from, to]: [number, number]): boolean {
  const inside = quotedOnce(t);
  let [words, quoted] = [0, 0];
  for (let i = from; i < to; i++) if (word(t[i])) [words, quoted] = [words + 1, quoted + (inside[i] ? 1 : 0)];
  return words > 0 && 2 * quoted >= words;
}

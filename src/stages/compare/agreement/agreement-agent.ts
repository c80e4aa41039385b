import type { Token } from '../../../model/source.js';
import { straightApostrophes } from '../../../text/apostrophe.js';
import type { Clause } from './agreement-clauses.js';

/**
 * Inputs: two clauses and which lemmas they share. "Governor Whitfield vetoed the budget bill" and
 * "Mayor Okonkwo vetoed the budget bill" share the act and its object but not who did it: two facts.
 * The doer is read from the surface, as the name nearest before the shared verb (English subjects
 * precede their verb; Huddleston & Pullum 2002, ch. 4), with no other verb between them.
 */

/** A word of a name: tagged a name, or capitalised ("Democratic" in "the Democratic Party" is tagged an adjective). */
const inName = (t: Token) => t.pos === 'PROPN' || (/^\p{Lu}/u.test(t.text) && t.pos !== 'PUNCT');

/** A lemma with curly apostrophes straightened: "I’m" and "I'm" are one word. */
const plainLemma = (t: Token) => straightApostrophes(t.lemma);

/** The lemmas of the run of name words that ends at `end` (inclusive). */
function nameRun(tokens: readonly Token[], end: number, from: number): Set<string> {
  const out = new Set<string>();
  for (let i = end; i >= from && inName(tokens[i]); i--) out.add(plainLemma(tokens[i]));
  return out;
}

/** The names before the clause's first shared verb, if a name stands before it with no other verb between. */
function agentOf(c: Clause, shared: (lemma: string) => boolean): Set<string> | undefined {
  const tokens = c.sentence.tokens;
  const verb = tokens.findIndex((t, i) => i >= c.from && i < c.to && t.pos === 'VERB' && shared(t.lemma));
  if (verb < 0) return undefined;
  for (let i = verb - 1; i >= c.from; i--) {
    if (tokens[i].pos === 'VERB') return undefined;
    if (tokens[i].pos === 'PROPN') return nameRun(tokens, i, c.from);
  }
  return undefined;
}

/**
 * Whether the two clauses name different doers of their shared act: each names one (`agentOf`),
 * and no word of either doer's name appears anywhere in the other clause's sentence ("Boehner" /
 * "Speaker John A. Boehner" are one doer).
 */
export function otherAgent(a: Clause, b: Clause, shared: (lemma: string) => boolean): boolean {
  const [x, y] = [agentOf(a, shared), agentOf(b, shared)];
  if (!x || !y) return false;
  // Any word of the other sentence: "Democratic" may be tagged an adjective there.
  const names = (c: Clause) => new Set(c.sentence.tokens.map(plainLemma));
  const [inA, inB] = [names(a), names(b)];
  return ![...x].some((n) => inB.has(n)) && ![...y].some((n) => inA.has(n));
}

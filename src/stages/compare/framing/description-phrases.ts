// Inputs: a sentence's tokens and a name run in them. Where the outlet's own description of the
// name lies: a role noun before it ("retired harbour pilot Ada Lindqvist"), an appositive or a
// predicate nominal after it ("the Ferry Union, one of the oldest trade groups in the port,",
// "Lindqvist is a former deputy harbour master"), and which of its adjectives are graded.

import { isRelationalAdjective } from '../../../lexicons/role-nouns.js';
import { functionWords } from '../../../lexicons/word-sets.js';
import type { Token } from '../../../model/source.js';

const LOWER = /^\p{Ll}/u;
/** Tokens that may stand inside a role phrase before a name: modifiers and the head noun. */
const MODIFIER = new Set(['NOUN', 'ADJ', 'PROPN']);
/** Tokens that end an appositive: the phrase must close where the apposition does. */
const CLOSER = /^(?:[,.;)—–]|--)$/u;
/** The longest appositive read, in tokens: longer ones are clauses, not labels. */
const MAX_APPOSITIVE = 12;

/** A lower-case role noun right before the name, with its modifiers ("former campaign aide"). */
export function roleBefore(tokens: Token[], i: number): [number, number] | null {
  const head = i - 1;
  if (head < 0 || tokens[head].pos !== 'NOUN' || !LOWER.test(tokens[head].text)) return null;
  let from = head;
  // Leftwards, noun modifiers may give way to adjectives but not the reverse: adjectives stand
  // before noun modifiers ("former campaign aide"), so "suit names former campaign aide" stops at
  // "former". A plural noun is no modifier either.
  while (from > 0 && from - 1 >= head - 4) {
    const t = tokens[from - 1];
    if (!MODIFIER.has(t.pos) || (t.pos !== 'ADJ' && tokens[from].pos === 'ADJ')) break;
    if (t.pos === 'NOUN' && t.lower !== t.lemma) break;
    from--;
  }
  return [from, head];
}

/**
 * The head of a noun phrase that starts at `from` and closes at `to` (exclusive): the last noun
 * before the first preposition that follows a noun ("director of regional farm council" → director).
 */
function phraseHead(tokens: Token[], from: number, to: number): number | null {
  let head: number | null = null;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    // A preposition or a relative clause after the head closes the phrase ("a trucker who drove").
    if ((t.pos === 'ADP' || t.pos === 'PRON') && head !== null) break;
    if (t.pos === 'NOUN' && LOWER.test(t.text)) head = k;
    else if (t.pos === 'VERB' && !/(ing|ed)$/.test(t.lower)) return null;
    else if (t.pos === 'AUX' || t.pos === 'PRON' || t.pos === 'SCONJ') return null;
  }
  return head;
}

/** An appositive ("X, the nation's largest dairy lobby,") or predicate nominal ("X is a …") after the name. */
export function phraseAfter(tokens: Token[], i: number, j: number): [number, number] | null {
  const link = tokens[j];
  if (!link || !(link.text === ',' || functionWords('copula').has(link.lower))) return null;
  // A copula takes the name as its subject only where the name opens a clause.
  if (link.text !== ',' && i > 0 && !['PUNCT', 'CCONJ'].includes(tokens[i - 1].pos)) return null;
  const first = tokens[j + 1];
  if (!first || !(functionWords('article').has(first.lower) || (link.text === ',' && first.lower === 'one')))
    return null;
  let end = j + 1;
  while (end < tokens.length && !CLOSER.test(tokens[end].text)) end++;
  if (end - (j + 1) > MAX_APPOSITIVE) return null;
  if (link.text === ',' && end === tokens.length) return null;
  const head = phraseHead(tokens, j + 1, end);
  return head === null ? null : [j + 1, head];
}

/**
 * Adjectives of a description that are graded: after a degree adverb ("most powerful") or
 * inflected for degree ("largest"). Only a qualitative adjective takes a degree, and a quality
 * is what a judgement names; a classifying one ("former aide", "political adviser",
 * "presidential nominee") does not (Quirk et al. 1985, 7.4 on gradability). An adjective whose
 * first WordNet sense pertains to a noun is never read as one.
 */
export function opinionWords(tokens: Token[], from: number, head: number): string[] {
  const out: string[] = [];
  for (let k = from; k < head; k++) {
    const t = tokens[k];
    if (t.pos !== 'ADJ' || isRelationalAdjective(t.lemma)) continue;
    if (t.lower !== t.lemma || (k > from && tokens[k - 1].pos === 'ADV')) out.push(t.lemma);
  }
  return out;
}

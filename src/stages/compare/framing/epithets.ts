// Inputs: a sentence's tokens and the sentences around it. Output: epithets that single out one
// entity without naming it ("the nation's most powerful dairy lobby", "the country's largest
// retailer") and the names in reach that each may stand for (descriptions.ts pairs them).

import { dateWords } from '../../../lexicons/date-words.js';
import { entityWords } from '../../../lexicons/word-sets.js';
import type { Sentence, Token } from '../../../model/source.js';
import { keyOf, nameOf, nameRuns, POSSESSIVE } from './names.js';

const LOWER = /^\p{Ll}/u;

/**
 * Epithets that single out one entity without naming it: "the nation's most powerful dairy
 * lobby", "the country's largest retailer". Returns [first, head] token indexes.
 */
export function epithets(tokens: Token[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i + 3 < tokens.length; i++) {
    // "the nation's", "the country's", "the world's": a possessor that scopes a superlative.
    if (tokens[i].lower !== 'the' || !entityWords('epithet-owner').has(tokens[i + 1].lower)) continue;
    if (!POSSESSIVE.test(tokens[i + 2].text)) continue;
    let head: number | null = null;
    for (let k = i + 3; k < tokens.length; k++) {
      const t = tokens[k];
      if (t.pos === 'NOUN' && LOWER.test(t.text)) head = k;
      else if (!(t.pos === 'ADJ' || t.pos === 'ADV' || (t.pos === 'VERB' && t.lower.endsWith('ing')))) break;
    }
    // An epithet singles its entity out by a modifier ("largest", "leading") and names one thing.
    if (head !== null && head > i + 3 && tokens[head].lower === tokens[head].lemma && isSubject(tokens, head))
      out.push([i, head]);
  }
  return out;
}

/** The longest prepositional phrase skipped between an epithet's head and its verb ("for senior citizens"). */
const MAX_PP = 4;

/**
 * True when the phrase ending at `head` is the subject of a verb: the next word, or the first after
 * one short prepositional phrase, is a verb. Only an epithet that is the topic of its clause is
 * tied to the names around it; one that stands after a preposition ("independent of the nation's
 * largest dairy lobby") names something other than the clause's subject.
 */
function isSubject(tokens: Token[], head: number): boolean {
  let k = head + 1;
  if (tokens[k]?.pos === 'ADP') {
    const end = Math.min(tokens.length, k + 1 + MAX_PP);
    for (
      k++;
      k < end && (tokens[k].pos === 'NOUN' || tokens[k].pos === 'ADJ' || tokens[k].pos === 'DET');
      k++
    );
  }
  return tokens[k]?.pos === 'VERB' || tokens[k]?.pos === 'AUX';
}

/**
 * The entities an epithet may stand for: the names in its own sentence and the next one, weekday
 * and month names aside. The other outlet's epithet is paired with it only through a shared name.
 */
export function epithetKeys(sentences: Sentence[], at: number): { key: string; name: string }[] {
  const { months, weekdays } = dateWords();
  const window = sentences
    .slice(at, at + 2)
    .flatMap((s) => nameRuns(s.tokens).map(([i, j]) => s.tokens.slice(i, j)));
  const keys = new Map<string, string>();
  for (const run of window) {
    const key = keyOf(run);
    if (!months.has(key) && !weekdays.has(key) && !keys.has(key)) keys.set(key, nameOf(run));
  }
  return [...keys].map(([key, name]) => ({ key, name }));
}

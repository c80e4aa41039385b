import { irrealisMarker } from '../../../lexicons/irrealis-markers.js';
import type { Token } from '../../../model/source.js';
import type { Clause } from './agreement-clauses.js';
import type { RelatedWords } from './agreement-related.js';

/**
 * Inputs: two clauses, one a side, and which lemmas they share. "The bank may raise the rate" and
 * "The bank raised the rate" share every word but not the fact: one is a possibility, the other
 * done. Mood is read on the shared verb only, from what directly governs it: a modal auxiliary
 * just before it ("may raise", "will not close"; Quirk et al. 1985 §3.40), or an intent verb or
 * adjective with "to" ("threatened to shut down", "is likely to close"; Karttunen 1971's
 * non-implicatives, which entail neither the act nor its absence). A modal elsewhere in the
 * clause ("closed the terminal, and more may follow") governs another verb and is not read.
 */

/** Words that may stand between a modal and its verb: adverbs, "not", auxiliaries ("will have closed"), quotation marks. */
const between = (t: Token) =>
  t.lower !== 'to' && (t.pos === 'ADV' || t.pos === 'PART' || t.pos === 'AUX' || QUOTE.test(t.text));
const QUOTE = /^["\u201c\u201d'\u2018\u2019]$/u;

/**
 * How token `i`, a verb, is put: `irrealis` when a modal or an intent word and "to" governs it;
 * `unknown` when it stands after "to", a preposition or another verb ("prepared to meet", "for
 * cutting", "become exhausted"), whose mood this reading cannot tell; else `stated`.
 */
function moodAt(tokens: readonly Token[], i: number): Mood {
  let j = i - 1;
  for (; j >= 0 && between(tokens[j]); j--)
    if (irrealisMarker(tokens[j].lemma) === 'modal') return 'irrealis';
  if (j < 0) return 'stated';
  if (tokens[j].lower !== 'to')
    return tokens[j].pos === 'ADP' || tokens[j].pos === 'VERB' ? 'unknown' : 'stated';
  // "threatened to", "is likely to", "plans quickly to": the intent word just before "to".
  for (let k = j - 1; k >= 0 && k >= j - 2; k--) {
    if (irrealisMarker(tokens[k].lemma) === 'intent') return 'irrealis';
    if (tokens[k].pos !== 'ADV') break;
  }
  return 'unknown';
}

type Mood = 'irrealis' | 'stated' | 'unknown';

/** The shared verbs of a clause, each with the moods its occurrences are put in. */
function moodsOf(c: Clause, shared: (lemma: string) => boolean): Map<string, Set<Mood>> {
  const tokens = c.sentence.tokens;
  const out = new Map<string, Set<Mood>>();
  for (let i = c.from; i < c.to; i++) {
    const t = tokens[i];
    if (!shared(t.lemma)) continue;
    const mood = moodAt(tokens, i);
    // The word a modal governs is a verb even where it is tagged an adjective ("will close").
    if (t.pos !== 'VERB' && (t.pos !== 'ADJ' || mood !== 'irrealis')) continue;
    out.set(t.lemma, (out.get(t.lemma) ?? new Set<Mood>()).add(mood));
  }
  return out;
}

/** Whether one side puts a verb only as irrealis and the other only as stated. */
const opposed = (x: Set<Mood>, y: Set<Mood>) =>
  x.size === 1 && y.size === 1 && [...x, ...y].sort().join() === 'irrealis,stated';

/**
 * Whether a verb the two clauses share (the same lemma, or a related pair of `links`) is irrealis
 * on one side and stated on the other, each side putting it one way only.
 */
export function otherMood(
  a: Clause,
  b: Clause,
  shared: (lemma: string) => boolean,
  links: readonly RelatedWords[],
): boolean {
  const [x, y] = [moodsOf(a, shared), moodsOf(b, shared)];
  const counterparts = (l: string) => [l, ...links.filter((k) => k.a === l).map((k) => k.b)];
  for (const [l, moods] of x)
    for (const m of counterparts(l)) {
      const other = y.get(m);
      if (other && opposed(moods, other)) return true;
    }
  return false;
}

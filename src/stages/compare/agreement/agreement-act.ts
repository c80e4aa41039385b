import { reportingVerb } from '../../../lexicons/reporting-verbs.js';
import type { Sentence } from '../../../model/source.js';
import { isContent } from '../weights.js';
import type { Clause } from './agreement-clauses.js';
import { PHRASE_COVER, RARE } from './sentence-pairs.js';

/**
 * Inputs: two clauses and the pair's weights. `sharesActIn` for clauses, reading what does not
 * depend on the pair from tables built once a sentence, so that no string is built per pair.
 */

/** Per token of a sentence: its lemma when it is a content verb that does not report speech, else undefined. */
const acts = new WeakMap<Sentence, (string | undefined)[]>();
/** Per token of a sentence: the two-word phrase it ends ("acting attorney") when both words carry content. */
const phrases = new WeakMap<Sentence, (string | undefined)[]>();

// Keyed on the sentence object, which no stage changes after segmenting: what ran before cannot change a result.
function actsOf(s: Sentence): (string | undefined)[] {
  let out = acts.get(s);
  if (!out) {
    // A reporting verb ("said", "appeared", "noted") says who speaks, not what happened.
    out = s.tokens.map((t) =>
      t.pos === 'VERB' && isContent(t) && !reportingVerb(t.lemma) ? t.lemma : undefined,
    );
    acts.set(s, out);
  }
  return out;
}

function phrasesOf(s: Sentence): (string | undefined)[] {
  let out = phrases.get(s);
  if (!out) {
    const t = s.tokens;
    out = t.map((_, i) =>
      i > 0 && isContent(t[i - 1]) && isContent(t[i]) ? `${t[i - 1].lemma} ${t[i].lemma}` : undefined,
    );
    phrases.set(s, out);
  }
  return out;
}

/**
 * Whether two clauses share an act, as `sharesActIn` over their tokens decides: a verb both hold
 * that is rare in the pair (`w`), or, when `cover` says most of the lighter clause recurs, a
 * two-word phrase both hold (one whose two words both lie inside the clause).
 */
export function clausesShareAct(
  a: Clause,
  b: Clause,
  w: ReadonlyMap<string, number>,
  cover: number,
): boolean {
  const [actsA, actsB] = [actsOf(a.sentence), actsOf(b.sentence)];
  const rare = (lemma: string | undefined): lemma is string =>
    lemma !== undefined && (w.get(lemma) ?? 0) >= RARE;
  const verbs = new Set<string>();
  for (let i = a.from; i < a.to; i++) if (rare(actsA[i])) verbs.add(actsA[i] as string);
  for (let i = b.from; i < b.to; i++) if (rare(actsB[i]) && verbs.has(actsB[i] as string)) return true;
  if (cover < PHRASE_COVER) return false;
  const [phrasesA, phrasesB] = [phrasesOf(a.sentence), phrasesOf(b.sentence)];
  const held = new Set<string>();
  for (let i = a.from + 1; i < a.to; i++) if (phrasesA[i] !== undefined) held.add(phrasesA[i] as string);
  for (let i = b.from + 1; i < b.to; i++)
    if (phrasesB[i] !== undefined && held.has(phrasesB[i] as string)) return true;
  return false;
}

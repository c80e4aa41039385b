import { irrealisMarker } from '../../../lexicons/irrealis-markers.js';
import { reportingVerb } from '../../../lexicons/reporting-verbs.js';
import type { Sentence, Token } from '../../../model/source.js';
import type { Clause } from './agreement-clauses.js';
import type { RelatedWords } from './agreement-related.js';
import { between } from './agreement-words.js';

/**
 * Inputs: two clauses, one a side, and which lemmas they share. "The bank may raise the rate" and
 * "The bank raised the rate" share every word but not the fact: one is a possibility, the other
 * done. Mood is read on the shared verb only, from what directly governs it: a modal auxiliary
 * just before it ("may raise", "will not close"; Quirk et al. 1985 §3.40), or an intent verb or
 * adjective with "to" ("threatened to shut down", "is likely to close"; Karttunen 1971's
 * non-implicatives, which entail neither the act nor its absence). A modal elsewhere in the
 * clause ("closed the terminal, and more may follow") governs another verb and is not read.
 * Only a verb stated in the past ("closed", "did not close", "has closed") is set against an
 * irrealis one: news puts plans, rules and habits in the present ("requires", "is cutting",
 * "sails"), which may be the same fact as "will require" (Quirk et al. 1985 §4.21–4.22, the
 * present and progressive for future time).
 */

/** How a verb is put: a possibility or plan, done in the past, or neither that this reading can tell. */
type Mood = 'irrealis' | 'past' | 'unknown';

/** Modals that in past narration say what did not happen when denied ("could not reach", "would not say"). */
const PAST_DENIAL = new Set(['could', 'would']);
/** How many words before a modal a speech verb may stand and report it ("said it would", "announced that the firm will"). */
const SPEECH_SPAN = 4;

/** Whether a speech verb stands just before token `j`: "said it would close" reports a plan, confirmed or not. */
function reported(tokens: readonly Token[], j: number): boolean {
  for (let k = j - 1; k >= 0 && k >= j - SPEECH_SPAN; k--) {
    if (tokens[k].pos === 'PUNCT') return false;
    if (tokens[k].pos === 'VERB' && reportingVerb(tokens[k].lemma)) return true;
  }
  return false;
}

/** The mood a modal at `j` gives the verb it governs; `negated` when "not" stands between them. */
function modalMood(tokens: readonly Token[], j: number, negated: boolean): Mood {
  if (negated && PAST_DENIAL.has(tokens[j].lemma)) return 'past';
  return reported(tokens, j) ? 'unknown' : 'irrealis';
}

/**
 * Whether token `i` has a past form (or a participle's): not its lemma, not "-s", not "-ing"
 * ("closed", "fell"); or its lemma's form right after a singular noun, where the present would
 * take "-s" ("the union shut down": past).
 */
function pastForm(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t.lower !== t.lemma) return !/(?:s|ing)$/u.test(t.lower);
  const s = tokens[i - 1];
  return s !== undefined && (s.pos === 'NOUN' || s.pos === 'PROPN') && s.lower === s.lemma;
}

/**
 * How token `i`, a verb, is put: `irrealis` when a modal or an intent word and "to" governs it;
 * `past` when it has a past form or follows "did" / "has" / "had"; `unknown` otherwise, and when it
 * stands after "to", a preposition or another verb ("prepared to meet", "for cutting"), whose
 * mood this reading cannot tell.
 */
function moodAt(tokens: readonly Token[], i: number): Mood {
  let j = i - 1;
  let negated = false;
  let auxiliary: string | undefined;
  for (; j >= 0 && between(tokens[j], true); j--) {
    if (tokens[j].lemma === 'not') negated = true;
    if (irrealisMarker(tokens[j].lemma) === 'modal') return modalMood(tokens, j, negated);
    if (tokens[j].pos === 'AUX') auxiliary ??= tokens[j].lemma;
  }
  if (auxiliary === 'do' || auxiliary === 'have') return 'past';
  if (j >= 0 && tokens[j].lower === 'to') return intentMood(tokens, j);
  if (j >= 0 && (tokens[j].pos === 'ADP' || tokens[j].pos === 'VERB')) return 'unknown';
  return auxiliary === undefined && pastForm(tokens, i) ? 'past' : 'unknown';
}

/** "threatened to", "is likely to", "plans quickly to": the intent word just before "to" at `j`. */
function intentMood(tokens: readonly Token[], j: number): Mood {
  for (let k = j - 1; k >= 0 && k >= j - 2; k--) {
    if (irrealisMarker(tokens[k].lemma) === 'intent') return 'irrealis';
    if (tokens[k].pos !== 'ADV') break;
  }
  return 'unknown';
}

/** Whether an auxiliary stands in the run before token `i`: the verb it governs, whatever its tag ("did not close"). */
function afterAuxiliary(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && between(tokens[j], true); j--) if (tokens[j].pos === 'AUX') return true;
  return false;
}

// Each mood as one bit, so that a verb's moods in a clause are one number (no set a clause pair).
const MOOD_BIT: Record<Mood, number> = { irrealis: 1, past: 2, unknown: 4 };
const IRREALIS = MOOD_BIT.irrealis;
const PAST = MOOD_BIT.past;

// A token's mood depends on its sentence alone, and every clause pair of every pair of articles
// that holds the sentence asks it again (issue 13): read once per sentence. 0 for a token that is
// not a verb.
const verbMoods = new WeakMap<Sentence, Uint8Array>();

/** Per token of a sentence, the bit of its mood (`moodAt`) when it is a verb, else 0. */
function moodBits(s: Sentence): Uint8Array {
  let bits = verbMoods.get(s);
  if (!bits) {
    const tokens = s.tokens;
    bits = new Uint8Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      // wink tags the verb after an auxiliary an adjective ("will close", "did not close").
      if (t.pos !== 'VERB' && (t.pos !== 'ADJ' || !afterAuxiliary(tokens, i))) continue;
      bits[i] = MOOD_BIT[moodAt(tokens, i)];
    }
    verbMoods.set(s, bits);
  }
  return bits;
}

/** What `moodsOf` gives a clause that puts no shared verb in a mood: one empty map, only read. */
const NO_MOODS: ReadonlyMap<string, number> = new Map();

/** The shared verbs of a clause, each with the moods its occurrences are put in (as `MOOD_BIT`s). */
function moodsOf(c: Clause, shared: (lemma: string) => boolean): ReadonlyMap<string, number> {
  const tokens = c.sentence.tokens;
  const bits = moodBits(c.sentence);
  // Made only when a verb is found: most clauses put no shared verb in a mood (speed22).
  let out: Map<string, number> | undefined;
  for (let i = c.from; i < c.to; i++) {
    if (bits[i] === 0 || !shared(tokens[i].lemma)) continue;
    out ??= new Map();
    out.set(tokens[i].lemma, (out.get(tokens[i].lemma) ?? 0) | bits[i]);
  }
  return out ?? NO_MOODS;
}

/** Whether one side puts a verb only as irrealis and the other only as past. */
const opposed = (x: number, y: number) => (x === IRREALIS && y === PAST) || (x === PAST && y === IRREALIS);

/**
 * Whether a verb the two clauses share (the same lemma, or a related pair of `links`) is irrealis
 * on one side and stated in the past on the other, each side putting it one way only.
 */
export function otherMood(
  a: Clause,
  b: Clause,
  shared: (lemma: string) => boolean,
  links: readonly RelatedWords[],
): boolean {
  const x = moodsOf(a, shared);
  if (x.size === 0) return false;
  const y = moodsOf(b, shared);
  const against = (moods: number, m: string) => {
    const other = y.get(m);
    return other !== undefined && opposed(moods, other);
  };
  for (const [l, moods] of x) {
    if (against(moods, l)) return true;
    for (const k of links) if (k.a === l && against(moods, k.b)) return true;
  }
  return false;
}

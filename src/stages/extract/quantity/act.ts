import { type QuantityAct, quantityActs } from '../../../lexicons/quantity-acts.js';
import { tallyWord } from '../../../lexicons/tally-words.js';
import { functionWords, posClass } from '../../../lexicons/word-sets.js';
import type { Token } from '../../../model/source.js';

const ACT_POS = new Set(['VERB', 'ADJ']);
/** Words between a count and its act after it: "20 rockets that were fired", "25 people were killed". */
const BRIDGE_POS = new Set(['AUX', 'ADV', 'PART']);
const RELATIVE = new Set(['that', 'who', 'which']);

/**
 * An adverb that opens a clause ("Fifteen people died when two trains collided": wink tags "when"
 * an adverb): the verb before it is not the figure's act (review of truth22b).
 */
const opensClause = (t: Token) =>
  functionWords('subordinator').has(t.lower) || functionWords('wh-word').has(t.lower);

/** The act lexicon entry for a verb or adjective token, if any. */
function actOf(token: Token | undefined): QuantityAct | undefined {
  return token && ACT_POS.has(token.pos) ? quantityActs().get(token.lemma) : undefined;
}

/**
 * The act of a verb's "-ing" form the tagger took for a noun ("and wounding more than 70":
 * wounding/NOUN), tried as the verb's lemma: the stem, the stem with its "e" ("injuring"), or
 * without a doubled last consonant ("shelling" is not doubled, "spinning" is).
 */
function gerundAct(token: Token | undefined): QuantityAct | undefined {
  if (token?.pos !== 'NOUN' || !token.lower.endsWith('ing')) return undefined;
  const stem = token.lower.slice(0, -3);
  for (const lemma of [stem, `${stem}e`, stem.replace(/(.)\1$/, '$1')]) {
    const act = quantityActs().get(lemma);
    if (act && !act.noun) return act;
  }
  return undefined;
}

/**
 * Whether one of `verbs` governs a counted noun: the verb at `b`, just before the figure ("claimed
 * 48 lives"), or after it past auxiliaries ("48 lives were lost").
 */
function nounVerb(verbs: string[], tokens: Token[], b: number, last: number): boolean {
  // "claimed 48 lives were saved": the noun is the subject of a clause of its own (review of truth22).
  const subject = tokens[last + 1]?.pos === 'AUX' || tokens[last + 1]?.pos === 'VERB';
  if (!subject && tokens[b]?.pos === 'VERB' && verbs.includes(tokens[b].lemma)) return true;
  let a = last + 1;
  while (a < tokens.length && BRIDGE_POS.has(tokens[a].pos)) a++;
  return tokens[a]?.pos === 'VERB' && verbs.includes(tokens[a].lemma);
}

/**
 * A figure "among the dead": "Five children were among the dead", "Among the injured were three
 * firefighters". The group word is an adjective used as a noun, so any tag counts.
 */
function amongAct(tokens: Token[], first: number, last: number): QuantityAct | undefined {
  const groupAt = (k: number) =>
    tokens[k]?.lower === 'among' && tokens[k + 1]?.lower === 'the'
      ? quantityActs().get(tokens[k + 2]?.lemma ?? '')
      : undefined;
  let a = last + 1;
  while (a < tokens.length && tokens[a].pos === 'AUX') a++;
  const after = groupAt(a);
  if (after) return after;
  let b = first - 1;
  if (tokens[b]?.pos !== 'AUX') return undefined;
  while (b >= 0 && tokens[b].pos === 'AUX') b--;
  return groupAt(b - 2);
}

/** Tags after an object that make it a modifier of what follows ("life savings", "life's work"). */
const MODIFIED_BY: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'PART']);

/** Tags of the modifiers that may stand before an act's object ("suffered minor injuries", "serious head injuries"). */
const OBJECT_MODIFIER: ReadonlySet<string> = new Set(['ADJ', 'NOUN']);
/** How many such modifiers are stepped over. */
const MAX_MODIFIERS = 2;

/**
 * An act named by a verb and its object after the figure: "23 pilgrims lost their lives", "Two
 * officers suffered minor injuries" (an entry's `object`, after a possessive or a determiner and
 * up to two modifiers: quantity-acts.yaml).
 */
function objectAct(tokens: Token[], a: number): QuantityAct | undefined {
  const act = quantityActs().get(tokens[a]?.lemma ?? '');
  if (!act?.object || tokens[a].pos !== 'VERB') return undefined;
  let k = tokens[a + 1]?.pos === 'PRON' || tokens[a + 1]?.pos === 'DET' ? a + 2 : a + 1;
  for (
    let n = 0;
    n < MAX_MODIFIERS && tokens[k]?.lemma !== act.object && OBJECT_MODIFIER.has(tokens[k]?.pos ?? '');
    n++
  )
    k++;
  // "lost their life savings", "lost their life's work": the object modifies another noun (reviews of truth22).
  const modifies = MODIFIED_BY.has(tokens[k + 1]?.pos ?? '');
  return tokens[k]?.lemma === act.object && !modifies ? act : undefined;
}

/** Tags that open the object of a verb: "kills 14", "killed two soldiers", "injured them". */
const OBJECT_OPENS: ReadonlySet<string> = new Set(['NUM', 'DET', 'PRON', 'NOUN', 'PROPN']);

/**
 * Whether the figure is the doer of the act after it, not what the act counts: the verb follows
 * it directly, active, with an object of its own ("Magnitude 5.8 earthquake kills 14", "Two
 * gunmen killed 12 people"). A casualty verb after its figure counts it only as a passive or
 * without an object ("25 people were killed", "Two killed in blast", "14 died"); other acts name
 * what their doer did ("a 5.8 quake struck the region": what the figure is of), and stay.
 */
const figureIsDoer = (tokens: Token[], last: number, verb: number): boolean =>
  verb === last + 1 && tokens[verb].pos === 'VERB' && OBJECT_OPENS.has(tokens[verb + 1]?.pos ?? '');

/**
 * The act a quantity measures. Looked for, in order: the counted noun itself ("350,000 deaths");
 * a verb just before the quantity, past adverbs ("has killed more than 350,000 people",
 * "struck dozens of targets"); a verb just after it, past "that were", auxiliaries and adverbs
 * ("20 rockets that were fired", "1.5 million displaced", "at least 10 dead"); else, for a
 * figure with no noun, the tally it is the value of ("the death toll rose to 15", `tallyAct`).
 */
export function findAct(
  tokens: Token[],
  first: number,
  last: number,
  nounLemma: string | null,
): QuantityAct | undefined {
  const asNoun = nounLemma ? quantityActs().get(nounLemma) : undefined;
  let b = first - 1;
  while (b >= 0 && tokens[b].pos === 'ADV' && !opensClause(tokens[b])) b--;
  if (asNoun?.noun && (!asNoun.verbs || nounVerb(asNoun.verbs, tokens, b, last))) return asNoun;
  const before = actOf(tokens[b]) ?? gerundAct(tokens[b]);
  if (before && !before.object) return before;
  let a = last + 1;
  if (RELATIVE.has(tokens[a]?.lower ?? '')) a++;
  for (let hops = 0; a < tokens.length && hops < 3 && BRIDGE_POS.has(tokens[a].pos); hops++) a++;
  const after = actOf(tokens[a]);
  if (after && !after.object) return after.casualty && figureIsDoer(tokens, last, a) ? undefined : after;
  return (
    objectAct(tokens, a) ?? amongAct(tokens, first, last) ?? (nounLemma ? undefined : tallyAct(tokens, first))
  );
}

/** Tags a verb or noun of a headline may carry ("Death Toll … Rises to 15" are names in title case). */
const TITLE_POS = new Set(['VERB', 'NOUN', 'PROPN']);

/** A token's lemma; for a name in title case, its lower case without a third-person "s" ("Rises" → rise). */
function titleLemma(t: Token): string {
  if (t.pos !== 'PROPN') return t.lemma;
  const lower = t.lower;
  for (const base of [lower, lower.replace(/e?s$/, ''), lower.replace(/s$/, '')])
    if (tallyWord(base, 'verb')) return base;
  return lower;
}

/**
 * What may stand between a tally noun and its verb: its modifiers and prepositional phrases ("from
 * Monday's bus crash"); a name in title case whatever its tag ("the Kestrel Pass": Pass/VERB).
 */
const inSubjectPos = (t: Token) => posClass('tally-subject').has(t.pos) || /^\p{Lu}/u.test(t.text);
/** How far back from its verb a tally noun may stand, in tokens. */
const SUBJECT_REACH = 14;

/**
 * The act of a figure that is a running total's value (tally-words.yaml): "the death toll from
 * Monday's crash rose to 15", "the number of dead had climbed to 19", "stood at 12", "a death
 * toll of 15". The tally noun is the subject of a verb of level, with only its own modifiers
 * and phrases between; a clause mark or another verb ends the search ("officials who counted the
 * dead said 15" is no tally).
 */
function tallyAct(tokens: Token[], first: number): QuantityAct | undefined {
  let k = first - 1;
  if (tokens[k]?.lower === 'of' && tallyWord(tokens[k - 1]?.lemma ?? '', 'noun'))
    return tallyOf(tokens, k - 1);
  const linked = tokens[k]?.lower === 'to' || tokens[k]?.lower === 'at';
  if (linked) k--;
  while (k >= 0 && tokens[k].pos === 'ADV') k--;
  // A headline's "rises to 15" is tagged a noun, or in title case a name; "to" or "at" after it makes it the verb.
  const verb = tokens[k]?.pos === 'VERB' || (linked && TITLE_POS.has(tokens[k]?.pos ?? ''));
  if (!verb || !tallyWord(titleLemma(tokens[k]), 'verb')) return undefined;
  for (k--; k >= 0 && BRIDGE_POS.has(tokens[k].pos); k--);
  for (let j = k; j >= 0 && j > k - SUBJECT_REACH; j--) {
    if (tallyWord(tokens[j].lemma, 'noun') && TITLE_POS.has(tokens[j].pos)) return tallyOf(tokens, j);
    // "the number of people killed", "of people evacuated": an act's participle inside the subject.
    const inSubject = inSubjectPos(tokens[j]) || quantityActs().has(tokens[j].lemma);
    if (!inSubject) return undefined;
  }
  return undefined;
}

/**
 * What the tally noun at `i` counts: the act its "of" phrase names ("the number of dead", "of
 * people evacuated"), else a casualty word before it ("the death toll"). A bare "toll" may be a
 * charge ("the toll on the bridge will rise to 12"), and one before a noun names none ("toll
 * plaza": review of truth22).
 */
function tallyOf(tokens: Token[], i: number): QuantityAct | undefined {
  if (tokens[i + 1]?.pos === 'NOUN') return undefined;
  if (tokens[i + 1]?.lower === 'of')
    for (let j = i + 2; j < tokens.length && j <= i + 4; j++) {
      const act = quantityActs().get(tokens[j].lemma);
      if (act) return act;
      if (!inSubjectPos(tokens[j])) break;
    }
  const modifier = quantityActs().get(tokens[i - 1]?.lemma ?? '');
  return modifier?.casualty ? modifier : undefined;
}

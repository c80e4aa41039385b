import { reportingVerb } from '../../../lexicons/reporting-verbs.js';
import { isRoleNoun } from '../../../lexicons/role-nouns.js';
import { functionWords } from '../../../lexicons/word-sets.js';
import type { Token } from '../../../model/source.js';
import { isClosingQuote } from '../../../text/quotes.js';
import { between } from './agreement-words.js';

/**
 * Inputs: the tokens of one sentence. Which of them are a reporting cue ("said", "told") and which
 * the speaker that cue names ("plant manager Ada Reyes said", "said campaign manager Lena Ortiz on
 * Friday"): who spoke, not what happened (issue 10: sentence agreement needs shared propositional
 * content).
 */

/** Nouns, names and adjectives: the words of one noun phrase before its head (Quirk et al. 1985, 17.2). */
export const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ']);

/** Prepositions that open the setting or time of a report: "said in a statement", "told reporters on Friday". */
export const SETTING_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'during', 'on']);

/** Whether a token can head a speaker's noun phrase: a name, or a role noun of WordNet's people and organisations. */
const who = (t: Token) => t.pos === 'PROPN' || (t.pos === 'NOUN' && isRoleNoun(t.lemma));

/** Marks that open what a `frame: that` verb reports. */
const OPENS = /^(?:that|:|["“”])$/u;

/**
 * Whether a token is a finite verb as far as tags tell: an auxiliary, or a verb that is neither an
 * -ing form nor after "to" (Huddleston & Pullum 2002, ch. 3: non-finite forms are the infinitive
 * and the participles; a past participle is not told apart from a past tense here).
 */
const finite = (t: readonly Token[], i: number) =>
  t[i].pos === 'AUX' || (t[i].pos === 'VERB' && !t[i].lower.endsWith('ing') && t[i - 1]?.lower !== 'to');

/**
 * Whether the comma at `comma` closes a reported clause ('"We will stay," the ministry added'; 'The
 * talks failed, the union added'): the text before it ends in a closing quote or holds a finite
 * verb before any subordinator. A fronted adverbial does neither: "Within hours, the union
 * apologized", "After the ferry sank, …" (the verb of a subordinate clause: function-words.yaml
 * `subordinator`), "Pressed by reporters, …" (a participle that opens the sentence; review of
 * fixagree10, N4).
 */
function closesReport(t: readonly Token[], comma: number): boolean {
  if (comma > 0 && isClosingQuote(t[comma - 1].text)) return true;
  const subordinators = functionWords('subordinator');
  for (let k = 0; k < comma; k++) {
    if (subordinators.has(t[k].lower)) return false;
    if (finite(t, k) && !(k === 0 && t[k].pos === 'VERB')) return true;
  }
  return false;
}

/** Whether tokens `i` and `i + 1` are "according to", the commonest nominal cue of news (PolNeAR's "according-to" kind). */
const accordingTo = (t: readonly Token[], i: number) =>
  t[i]?.lower === 'according' && t[i + 1]?.lower === 'to';

/**
 * Whether token `i` is a reporting verb that opens what was said as a clause ("said", "told"):
 * `frame: any` verbs always; `frame: that` verbs, which have other uses ("apologized to the
 * pilots", "talked about the plan"), only with "that", a colon or a quote right after them, or
 * after a closing quote or a reported clause and its comma with the speaker between ("…," the
 * ministry added), as reporting-verbs.yaml says. A verb whose object is the content ("welcomed the
 * envoy", "asked the mayor to call") says what happened.
 */
export function cueAt(t: readonly Token[], i: number): boolean {
  if (accordingTo(t, i) || accordingTo(t, i - 1)) return true;
  const frame = t[i].pos === 'VERB' ? reportingVerb(t[i].lemma)?.frame : undefined;
  if (frame === 'any') return true;
  if (frame !== 'that') return false;
  if (OPENS.test(t[i + 1]?.lower ?? '')) return true;
  let before = i - 1;
  while (before >= 0 && (t[before].pos === 'PROPN' || t[before].pos === 'NOUN' || t[before].pos === 'DET'))
    before--;
  if (before < 0) return false;
  if (/^["”]$/u.test(t[before].text)) return true;
  return t[before].text === ',' && closesReport(t, before);
}

/** Whether the speaker run after a cue ends its clause: punctuation, the sentence end or a setting ("said Reyes on Friday"). */
const closesSpeaker = (t: readonly Token[], j: number) =>
  j >= t.length || t[j].pos === 'PUNCT' || SETTING_PREPOSITIONS.has(t[j].lower);

/** Prepositions that tie a speaker to an organisation or place: "Lena Ortiz of Harbour Lines", "Ada Reyes from the union". */
const AFFILIATION: ReadonlySet<string> = new Set(['of', 'from', 'with']);

/**
 * Where a postposed speaker ending before token `j` ends once "of", "from" or "with" and a noun
 * phrase headed by a name or role noun follow it ("said spokeswoman Lena Ortiz of Harbour Lines",
 * "said Ada Reyes, of the union": review of fixagree10, N3); `j` itself when none does.
 */
function affiliation(t: readonly Token[], j: number): number {
  let m = t[j]?.text === ',' && AFFILIATION.has(t[j + 1]?.lower ?? '') ? j + 2 : j + 1;
  if (m === j + 1 && !AFFILIATION.has(t[j]?.lower ?? '')) return j;
  if (t[m]?.pos === 'DET') m++;
  const start = m;
  while (m < t.length && NOMINAL.has(t[m].pos)) m++;
  return m > start && who(t[m - 1]) ? m : j;
}

/**
 * Per token: part of the speaker of a reporting verb, the run of nouns, names and adjectives headed
 * by a name or role noun right before the verb ("harbour union negotiator Ada Reyes told",
 * auxiliaries and adverbs between) or right after it when nothing but punctuation, the sentence end
 * or a setting follows, with its organisation (`affiliation`) ("said campaign manager Lena Ortiz on Friday"; not "Says Harbour Council
 * Approved", where the run is the subject of what was said). Elsewhere a title is part of a fact
 * ("Reyes was chief engineer"), and only names are set apart.
 */
export function speakerTokens(t: readonly Token[], cue: readonly boolean[]): boolean[] {
  const out = t.map(() => false);
  const mark = (from: number, step: number) => {
    // "according to the Northgate Building Society": a determiner opens the speaker after "according to".
    if (step > 0 && t[from]?.pos === 'DET' && accordingTo(t, from - 2)) from++;
    let j = from;
    while (j >= 0 && j < t.length && NOMINAL.has(t[j].pos)) j += step;
    const [lo, hi] = step < 0 ? [j + 1, from] : [from, j - 1];
    const end = step > 0 ? affiliation(t, j) : j;
    if (step > 0 && !closesSpeaker(t, end)) return;
    // The run's head is its last word: "ferry company" heads on "company", a speaker when a role noun.
    if (hi >= lo && who(t[hi])) for (let k = lo; k <= Math.max(hi, end - 1); k++) out[k] = true;
  };
  for (let i = 0; i < t.length; i++) {
    if (!cue[i]) continue;
    let j = i - 1;
    while (j >= 0 && between(t[j])) j--;
    mark(j, -1);
    mark(i + 1, 1);
    markApposed(t, out, j);
    markApposedAfter(t, out, i + 1);
  }
  return out;
}

/**
 * A title set off by a comma after a postposed speaker, closing the sentence or clause ("said
 * Lena Ortiz, the union's spokeswoman."): the speaker too, by the same apposition.
 */
function markApposedAfter(t: readonly Token[], out: boolean[], from: number): void {
  let k = from;
  while (k < t.length && out[k]) k++;
  if (k === from || t[k]?.text !== ',') return;
  let hi = k + 1;
  while (hi < t.length && inTitle(t[hi])) hi++;
  if (hi === k + 1) return;
  // A title's complement after "of": "said Carmen Vidal, president of the growers' union", "…, the
  // firm's head of European operations" (blind 33 readers: a tag matched as one fact). With its
  // complement, a noun that is no role noun of its own ("head") is a title too.
  const complement = t[hi]?.lower === 'of';
  if (!who(t[hi - 1]) && !(complement && t[hi - 1].pos === 'NOUN')) return;
  if (complement) {
    let m = hi + 1;
    while (m < t.length && inTitle(t[m])) m++;
    if (m > hi + 1) hi = m;
  }
  if (hi < t.length && t[hi].pos !== 'PUNCT') return;
  for (let m = k + 1; m < hi; m++) out[m] = true;
}

/** Words of a title's noun phrase: determiners, nouns, names, adjectives and a possessive ("the county's fire marshal"). */
const inTitle = (x: Token) =>
  NOMINAL.has(x.pos) || x.pos === 'DET' || x.lower === "'s" || x.lower === '\u2019s';

/** Where the noun phrase ending at `hi` starts when a name or role noun heads it; -1 when none does. */
function phraseStart(t: readonly Token[], hi: number): number {
  if (hi < 0 || !who(t[hi])) return -1;
  let lo = hi;
  while (lo > 0 && inTitle(t[lo - 1])) lo--;
  return lo;
}

/**
 * A speaker's name and title set off by commas before the cue ("…, the county's fire marshal,
 * Lena Ortiz, said", "…, Lena Ortiz, the county fire marshal, said"): noun phrases in apposition
 * name one referent (Quirk et al. 1985, §17.65), so the title is the speaker too (user trial 21:
 * "fire marshal" matched "fought the fire"). `last` is the token before the cue, a comma. Only
 * phrases that open the sentence or follow a comma or closing quote count, and at least two of
 * them: "arrested the harbour pilots, Ortiz said" sets no object apart.
 */
function markApposed(t: readonly Token[], out: boolean[], last: number): void {
  // An appositive is set off on both sides, so the phrase next to the cue ends at a comma: in
  // "killed the mayor, Ana Costa, officials said" the speaker "officials" stands alone and the
  // name is the victim (review of truth21).
  if (t[last]?.text !== ',') return;
  let k = last - 1;
  const phrases: [number, number][] = [];
  for (;;) {
    const lo = phraseStart(t, k);
    if (lo < 0) break;
    const before = t[lo - 1];
    if (before && before.text !== ',' && !isClosingQuote(before.text)) break;
    phrases.push([lo, k]);
    if (before?.text !== ',') break;
    k = lo - 2;
  }
  if (phrases.length < 2) return;
  for (const [lo, hi] of phrases) for (let m = lo; m <= hi; m++) out[m] = true;
}

import { dateWords } from '../../../lexicons/date-words.js';
import { reportingNoun } from '../../../lexicons/reporting-nouns.js';
import { reportingSetting } from '../../../lexicons/reporting-settings.js';
import { reportingVerb } from '../../../lexicons/reporting-verbs.js';
import { isRoleNoun } from '../../../lexicons/role-nouns.js';
import type { Sentence, Token } from '../../../model/source.js';
import { isContent } from '../weights.js';
import type { Clause } from './agreement-clauses.js';
import { between } from './agreement-words.js';

/**
 * Inputs: one body or headline sentence. Which of its words say what happened, not who said it,
 * how or when (issue 10: "AARP's director Ann Ruiz told reporters Friday" and "Ann Ruiz, AARP's
 * director, said in a statement Friday" share five words and no fact). A word is left out when it
 * is part of the speaker of a reporting verb with its title ("said legislative policy
 * director Ann Ruiz"), a reporting verb, a statement noun, a setting of a report ("news
 * conference", "interview") or a date word; the rest is the sentence's proposition, in which a
 * name counts only against the same word used as a common word.
 */

let dates: ReadonlySet<string> | undefined;
/** Month, weekday, day-part and time-unit words: when, not what. */
function dateWord(lemma: string): boolean {
  if (!dates) {
    const d = dateWords();
    dates = new Set([...d.months.keys(), ...d.weekdays.keys(), ...d.dayparts, ...d.units.keys()]);
  }
  return dates.has(lemma);
}

/** Nouns, names and adjectives: the words of one noun phrase before its head (Quirk et al. 1985, 17.2). */
const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ']);

/** Whether a token can head a speaker's noun phrase: a name, or a role noun of WordNet's people and organisations. */
const who = (t: Token) => t.pos === 'PROPN' || (t.pos === 'NOUN' && isRoleNoun(t.lemma));

/** Marks that open what a `frame: that` verb reports, or close a quote before a postposed tag. */
const OPENS = /^(?:that|:|["“”])$/u;

/**
 * Whether token `i` is a reporting verb that opens what was said as a clause ("said", "told"):
 * `frame: any` verbs always; `frame: that` verbs, which have other uses ("apologized to the
 * pilots", "talked about the plan"), only with "that", a colon or a quote right after them or a
 * quote or comma right before them ("…," the ministry added), as reporting-verbs.yaml says. A verb
 * whose object is the content ("welcomed Abe", "asked Clinton to call") says what happened.
 */
function cueAt(t: readonly Token[], i: number): boolean {
  const frame = t[i].pos === 'VERB' ? reportingVerb(t[i].lemma)?.frame : undefined;
  if (frame === 'any') return true;
  if (frame !== 'that' && frame !== 'clause') return false;
  let before = i - 1;
  while (before >= 0 && (t[before].pos === 'PROPN' || t[before].pos === 'NOUN' || t[before].pos === 'DET'))
    before--;
  return OPENS.test(t[i + 1]?.lower ?? '') || (before >= 0 && /^[,"”]$/u.test(t[before].text));
}

/** Whether a noun names the setting of a report or the statement itself ("conference", "statement"). */
const setting = (t: Token) =>
  t.pos === 'NOUN' && (reportingSetting(t.lemma) || reportingNoun(t.lemma, 'statement') !== undefined);

/**
 * Per token: how or when a report was made, not what it reports: a date word, or a noun phrase
 * headed by a setting or statement noun, modifiers and all ("a joint written statement", "a news
 * conference").
 */
function frameTokens(t: readonly Token[]): boolean[] {
  const out = t.map((x) => dateWord(x.lemma));
  for (let i = 0; i < t.length; i++) {
    if (!setting(t[i]) || (i + 1 < t.length && t[i + 1].pos === 'NOUN')) continue;
    for (let k = i; k >= 0 && NOMINAL.has(t[k].pos); k--) out[k] = true;
  }
  return out;
}

/**
 * Per token: part of the speaker of a reporting verb, the run of nouns, names and adjectives headed
 * by a name or role noun right before the verb ("AARP policy director Ann Ruiz told", auxiliaries
 * and adverbs between) or right after it ("said campaign manager Ann Ruiz"). Elsewhere a title is
 * part of a fact ("Ruiz was policy director"), and only names are set apart.
 */
function speakerTokens(t: readonly Token[], cue: readonly boolean[]): boolean[] {
  const out = t.map(() => false);
  const mark = (from: number, step: number) => {
    let j = from;
    while (j >= 0 && j < t.length && NOMINAL.has(t[j].pos)) j += step;
    const [lo, hi] = step < 0 ? [j + 1, from] : [from, j - 1];
    // The run's head is its last word: "Trump campaign" heads on "campaign", a speaker when a role noun.
    if (hi >= lo && who(t[hi])) for (let k = lo; k <= hi; k++) out[k] = true;
  };
  for (let i = 0; i < t.length; i++) {
    if (!cue[i]) continue;
    let j = i - 1;
    while (j >= 0 && between(t[j])) j--;
    mark(j, -1);
    mark(i + 1, 1);
  }
  return out;
}

/** What a token of a sentence is to the proposition test. */
export type FactWord = 'what' | 'name' | undefined;

/** Most content words capitalised: a headline in title case, where the tagger takes words for names. */
const TITLE_CASE = 0.8;
const TITLE_MIN = 4;
function titleCased(t: readonly Token[]): boolean {
  const content = t.filter(isContent);
  const upper = content.filter((x) => /^\p{Lu}/u.test(x.text)).length;
  return content.length >= TITLE_MIN && upper >= TITLE_CASE * content.length;
}

/**
 * A word in capitals this long is taken for emphasis ("there was NO COLLUSION"), which the tagger
 * tags a name, not for an initialism: an assumption (initialisms are mostly shorter), not a
 * measured bound.
 */
const SHOUTED = /^\p{Lu}{6,}$/u;

const bySentence = new WeakMap<Sentence, FactWord[]>();

/**
 * Per token of a sentence, built once (segmented sentences never change): `what` for a word of what
 * happened, `name` for a name (a participant, which counts only against the same word not used as
 * a name: "the memos" / "Comey Memos"), undefined for the speaker, the cue, its setting, a date
 * word or no content. In a title-case headline every word may be tagged a name: none is read so.
 */
export function factWords(s: Sentence): FactWord[] {
  const known = bySentence.get(s);
  if (known) return known;
  const t = s.tokens;
  const cue = t.map((_, i) => cueAt(t, i));
  const speaker = speakerTokens(t, cue);
  const frame = frameTokens(t);
  const titled = titleCased(t);
  const out = t.map((tok, i): FactWord => {
    if (!isContent(tok) || cue[i] || speaker[i] || frame[i]) return undefined;
    return tok.pos === 'PROPN' && !titled && !SHOUTED.test(tok.text) ? 'name' : 'what';
  });
  bySentence.set(s, out);
  return out;
}

/** A clause's proposition word: whether any of its tokens is a verb, and whether all are names. */
export interface FactLemma {
  verb: boolean;
  name: boolean;
}

/** The proposition words of a clause (`factWords`), by lemma. */
export function clauseFacts(c: Clause): Map<string, FactLemma> {
  const words = factWords(c.sentence);
  const out = new Map<string, FactLemma>();
  for (let i = c.from; i < c.to; i++) {
    const word = words[i];
    if (word === undefined) continue;
    const tok = c.sentence.tokens[i];
    const seen = out.get(tok.lemma);
    out.set(tok.lemma, {
      verb: (seen?.verb ?? false) || tok.pos === 'VERB',
      name: (seen?.name ?? true) && word === 'name',
    });
  }
  return out;
}

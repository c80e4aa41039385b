import { dateWords } from '../../../lexicons/date-words.js';
import { reportingSetting } from '../../../lexicons/reporting-settings.js';
import type { Sentence, Token } from '../../../model/source.js';
import { isTitleCase, type TitleCaseRule } from '../../../text/title-case.js';
import { stemOf } from '../omission/stem.js';
import { isContent } from '../weights.js';
import type { Clause } from './agreement-clauses.js';
import { oncePerRange } from './agreement-profile.js';
import { cueAt, NOMINAL, SETTING_PREPOSITIONS, speakerTokens } from './agreement-speaker.js';

/**
 * Inputs: one body or headline sentence. Which of its words say what happened, not who said it,
 * how or when (issue 10: "Lena Ortiz, the union's spokeswoman, told reporters on Friday" and "the
 * union's spokeswoman Lena Ortiz said in a statement Friday" share five words and no fact). A word
 * is left out when it is part of the speaker of a reporting verb with its title
 * (agreement-speaker.ts), a reporting verb, the setting of a report ("in a statement", "at a news
 * conference") or a date word; the rest is the sentence's proposition, in which a name counts only
 * against the same word used as a common word.
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

/** Whether a noun names the setting or channel of a report (data/reporting-settings.yaml: "conference", "interview"). */
const setting = (t: Token) => t.pos === 'NOUN' && reportingSetting(t.lemma);

/** The words a setting's noun phrase may hold before its head: determiners, numbers, adjectives, nouns, names. */
const IN_PHRASE = new Set([...NOMINAL, 'DET', 'NUM']);

/**
 * Whether token `k` is a participle that premodifies a noun ("a written statement", "a televised
 * address"): an -ed, -en or -ing verb with a noun after it and a determiner, number, adjective or
 * preposition before it. A verb after a noun ("the pilots on the ferry refused interviews") is the
 * verb of a clause, not part of a noun phrase (review of fixagree10, N7).
 */
function premodifier(t: readonly Token[], k: number): boolean {
  if (t[k].pos !== 'VERB' || !/(?:ed|en|ing)$/u.test(t[k].lower) || t[k + 1]?.pos !== 'NOUN') return false;
  const before = t[k - 1];
  return (
    before !== undefined &&
    (['DET', 'NUM', 'ADJ'].includes(before.pos) || SETTING_PREPOSITIONS.has(before.lower))
  );
}

/**
 * Per token: how or when a report was made, not what it reports: a date word, or, in a sentence
 * with a reporting cue, a noun phrase headed by a setting noun after in, at, during or on ("said
 * in a written statement", "told reporters at a news conference") or right after the cue as its
 * object ("told a news conference": review of fixagree10, N2), of which only the head, the other
 * setting nouns, determiners, adjectives and participles are set aside: "in a White House
 * statement" keeps "White House". A setting noun elsewhere ("gave a speech on free speech") is a fact.
 */
function frameTokens(t: readonly Token[], cue: readonly boolean[]): boolean[] {
  const out = t.map((x) => dateWord(x.lemma));
  if (!cue.includes(true)) return out;
  for (let i = 0; i < t.length; i++) {
    if (!setting(t[i]) || (i + 1 < t.length && t[i + 1].pos === 'NOUN')) continue;
    let k = i - 1;
    while (k >= 0 && !cue[k] && (IN_PHRASE.has(t[k].pos) || premodifier(t, k))) k--;
    if (k < 0 || !(cue[k] || SETTING_PREPOSITIONS.has(t[k].lower))) continue;
    for (let m = k + 1; m <= i; m++)
      if (setting(t[m]) || !(t[m].pos === 'NOUN' || t[m].pos === 'PROPN')) out[m] = true;
  }
  return out;
}

/** What a token of a sentence is to the proposition test. */
export type FactWord = 'what' | 'name' | undefined;

/**
 * Most content words capitalised and no verb in lower case: a headline in title case, where the
 * tagger takes words for names. Title case capitalises every verb (The Chicago Manual of Style,
 * 17th ed., 8.159); a body sentence full of names ("… were training under Olympic Head Coach
 * …") keeps its verbs in lower case.
 */
const TITLE_CASE: TitleCaseRule = { minWords: 4, share: 0.8 };
function titleCased(t: readonly Token[]): boolean {
  const content = t.filter(isContent);
  if (content.some((x) => x.pos === 'VERB' && /^\p{Ll}/u.test(x.text))) return false;
  return isTitleCase(
    content.map((x) => x.text),
    TITLE_CASE,
  );
}

const bySentence = new WeakMap<Sentence, FactWord[]>();

/**
 * Per token of a sentence, built once (segmented sentences never change): `what` for a word of what
 * happened, `name` for a name (a participant, which counts only against the same word not used as
 * a name: "the ferry" / "Ferry Lines"), undefined for the speaker, the cue, its setting, a date
 * word or no content. In a title-case headline every word may be tagged a name: none is read so.
 */
export function factWords(s: Sentence): FactWord[] {
  const known = bySentence.get(s);
  if (known) return known;
  const t = s.tokens;
  const cue = t.map((_, i) => cueAt(t, i));
  const speaker = speakerTokens(t, cue);
  const frame = frameTokens(t, cue);
  const titled = titleCased(t);
  const out = t.map((tok, i): FactWord => {
    if (!isContent(tok) || cue[i] || speaker[i] || frame[i]) return undefined;
    return tok.pos === 'PROPN' && !titled ? 'name' : 'what';
  });
  bySentence.set(s, out);
  return out;
}

/** A clause's proposition word: whether any of its tokens is a verb, whether all are names, their surface forms. */
export interface FactLemma {
  verb: boolean;
  name: boolean;
  forms: string[];
  /** Each form's stem (omission/stem.ts `stemOf`), in the order of `forms`: undefined for a form with no suffix. */
  stems: (string | undefined)[];
}

/**
 * The proposition words of a clause (`factWords`), by lemma. They depend on its sentence and token
 * range alone, and the no-fact veto asks them of every clause pair a clause is in, in every pair
 * of articles its source is in (issue 13): one shared map a range: do not change it.
 */
export const clauseFacts: (c: Clause) => ReadonlyMap<string, FactLemma> = oncePerRange(factsOf);

function factsOf(c: Clause): Map<string, FactLemma> {
  const words = factWords(c.sentence);
  const out = new Map<string, FactLemma>();
  for (let i = c.from; i < c.to; i++) {
    const word = words[i];
    if (word === undefined) continue;
    const tok = c.sentence.tokens[i];
    const seen = out.get(tok.lemma);
    const known = seen?.forms.includes(tok.lower) === true;
    out.set(tok.lemma, {
      verb: (seen?.verb ?? false) || tok.pos === 'VERB',
      name: (seen?.name ?? true) && word === 'name',
      forms: known && seen ? seen.forms : [...(seen?.forms ?? []), tok.lower],
      stems: known && seen ? seen.stems : [...(seen?.stems ?? []), stemOf(tok.lower)],
    });
  }
  return out;
}

import { isRoleNoun } from '../../../lexicons/role-nouns.js';
import type { Sentence, Token } from '../../../model/source.js';

// Inputs: one sentence's tokens. A person named with a role, in the three places English news
// puts it (Biber et al. 1999 §8.3, premodifying titles and appositives; Huddleston & Pullum
// 2002 ch. 15, supplements): a title before the name ("House Judiciary Chairman Bob Goodlatte",
// "then-Acting Attorney General Dana Boente"), an appositive after it ("Dana Boente, the former
// acting attorney general,"), or a copular predicate ("Boente is a former acting attorney general").
// A role holds a role noun of WordNet 3.1 (noun.person / noun.group, `isRoleNoun`).

/** A person named with a role in one sentence. */
export interface RolePhrase {
  sentence: Sentence;
  /** The surname, lower-case: the last word of the name. */
  surname: string;
  /** The surname as written: "Boente". */
  written: string;
  /** The role's words, lower-case as written ("acting", not the lemma "act"). */
  words: string[];
  /** The role's last role noun, lower-case: "chairman", "general". */
  head: string;
  /** Whether the role follows the name as its description (appositive or predicate), not as a title before it. */
  described: boolean;
  /** The tokens of the role and the name, first to last, for the evidence span. */
  from: Token;
  to: Token;
}

const capital = (t: Token) => /^\p{Lu}/u.test(t.text);
/** A name word: a capitalised proper noun of letters ("Goodlatte"), not an initial's full stop. */
const nameWord = (t: Token | undefined) =>
  t !== undefined && t.pos === 'PROPN' && /^\p{Lu}\p{L}+$/u.test(t.text);
const roleWord = (t: Token) =>
  (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ') && /^\p{L}+$/u.test(t.text);
/** A word of a title: capitalised, and a noun, name, adjective or (the tagger's reading of "Acting") a verb. */
const titleWord = (t: Token | undefined) =>
  t !== undefined && capital(t) && (roleWord(t) || (t.pos === 'VERB' && /^\p{L}+$/u.test(t.text)));

/** The index of the last role noun of a run, or -1. */
function lastRoleNoun(run: readonly Token[]): number {
  for (let i = run.length - 1; i >= 0; i--) if (isRoleNoun(run[i].lower)) return i;
  return -1;
}

/** The role built from a run of tokens: its words and its last role noun, if it has one. */
function role(run: Token[]): { words: string[]; head: string } | undefined {
  const last = lastRoleNoun(run);
  return last >= 0 ? { words: run.map((t) => t.lower), head: run[last].lower } : undefined;
}

/** Titles before a name: a run of capitalised words whose last role noun is followed by one to three name words. */
function titles(s: Sentence): RolePhrase[] {
  const t = s.tokens;
  const out: RolePhrase[] = [];
  for (let i = 0; i < t.length; i++) {
    // A run starts at its first title word; the sentence's first word is capitalised whatever it is.
    if (!titleWord(t[i]) || titleWord(t[i - 1]) || (i === 0 && !roleWord(t[i]))) continue;
    let end = i;
    while (titleWord(t[end])) end++;
    const run = t.slice(i, end);
    const last = lastRoleNoun(run);
    const name = run.slice(last + 1);
    if (last < 0 || name.length < 1 || name.length > 3 || !name.every(nameWord)) continue;
    const r = role(run.slice(0, last + 1));
    if (r)
      out.push({
        sentence: s,
        surname: name[name.length - 1].lower,
        written: name[name.length - 1].text,
        ...r,
        described: false,
        from: run[0],
        to: run[end - i - 1],
      });
    i = end - 1;
  }
  return out;
}

/** The role after a name: "X is a former acting attorney general" or "X, the former acting attorney general,". */
function predicates(s: Sentence): RolePhrase[] {
  const t = s.tokens;
  const out: RolePhrase[] = [];
  for (let i = 0; i + 2 < t.length; i++) {
    if (!nameWord(t[i]) || nameWord(t[i + 1])) continue;
    const copula = t[i + 1].lemma === 'be' && t[i + 1].pos === 'AUX';
    if (!copula && t[i + 1].text !== ',') continue;
    let k = i + 2;
    if (['a', 'an', 'the'].includes(t[k]?.lower)) k++;
    const start = k;
    while (k < t.length && roleWord(t[k]) && !capital(t[k])) k++;
    // An appositive closes with a comma or the sentence; a predicate may go on ("who now serves").
    if (k === start || (!copula && t[k] && t[k].text !== ',' && t[k].pos !== 'PUNCT')) continue;
    const r = role(t.slice(start, k));
    if (r)
      out.push({
        sentence: s,
        surname: t[i].lower,
        written: t[i].text,
        ...r,
        described: true,
        from: t[i],
        to: t[k - 1],
      });
  }
  return out;
}

/** Every person named with a role in a sentence. */
export function rolePhrases(s: Sentence): RolePhrase[] {
  return [...titles(s), ...predicates(s)];
}

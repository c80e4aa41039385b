import { isCommunicationNoun } from '../lexicons/nominal-cues.js';
import { isPersonTitle } from '../lexicons/person-titles.js';
import { reportingNoun } from '../lexicons/reporting-nouns.js';
import { isRoleNoun } from '../lexicons/role-nouns.js';
import { functionWords } from '../lexicons/word-sets.js';

// One key per speaker within one source (user trial 7, item 2): "Trump", "Donald Trump",
// "President Trump" and "Mr. Trump" are one person, whom a table of claims should count once.
// A mention's name is its last run of capitalised words, after its leading title words; a name
// is keyed by the one longest name of the source that holds it with the same surname ("Trump" in
// "Donald J. Trump"). Two such longest names ("Donald Trump", "Ivanka Trump") leave the short one
// as it is: it could be either.

const PRONOUN = /^(?:he|she|it|they|we|i|you)$/iu;
const DETERMINER = /^(?:The|A|An)$/u;
const POSSESSIVE = /(?:['’]s|s['’])$/u;
const COORDINATOR = /^(?:and|or|&)$/iu;

/** A word without its trailing punctuation; `bare` also drops periods, for comparing ("J." ~ "J"). */
const trimmed = (word: string) => word.replace(/[,;:!?"”’'.]+$/u, (m) => (m === '.' ? '.' : ''));
const bare = (word: string) => word.replace(/\./gu, '');

/** Whether every lower-case word after a possessive is a noun of communication ("Mr. Trump's comments"). */
function speaksFor(rest: string[]): boolean {
  const lemma = (w: string) => w.toLowerCase().replace(/s$/u, '');
  return (
    rest.length > 0 &&
    rest.every((w) => isCommunicationNoun(lemma(w)) || reportingNoun(lemma(w), 'statement') !== undefined)
  );
}

/** Whether a word links a noun to a complement or modifier ("officials in Kabul", "Lopez of Ohio"). */
function links(word: string | undefined): boolean {
  const lower = word?.toLowerCase() ?? '';
  return functionWords('phrase-link').has(lower) || functionWords('amount-link').has(lower);
}

/** A run of capitalised words, the word before it, and the words after it. */
interface Run {
  words: string[];
  possessive: boolean;
  before?: string;
  rest: string[];
}

function runsOf(words: string[]): Run[] {
  const runs: Run[] = [];
  let current: string[] = [];
  let start = 0;
  const close = (possessive: boolean, end: number) => {
    if (current.length > 0)
      runs.push({ words: current, possessive, before: words[start - 1], rest: words.slice(end) });
    current = [];
  };
  for (const [i, word] of words.entries()) {
    if (!/^\p{Lu}/u.test(word)) close(false, i);
    else {
      if (current.length === 0) start = i;
      if (!POSSESSIVE.test(word)) current.push(trimmed(word));
      else {
        current.push(word.replace(/['’]s$/u, '').replace(/['’]$/u, ''));
        close(true, i + 1);
      }
    }
  }
  close(false, words.length);
  return runs;
}

/**
 * Whether a run is the head of its phrase, so the name of the speaker: not after a linking word
 * ("officials in Kabul", "Ruiz and Okafor"), and last, or before a complement ("Lopez of
 * Ohio"), or the possessor of words ("Mr. Trump's comments"). "Israeli officials" has none.
 */
function heads(run: Run): boolean {
  if (links(run.before) || capitalisedNoun(run)) return false;
  const next = run.rest[0];
  if (run.possessive) return speaksFor(run.rest);
  return next === undefined || (links(next) && !COORDINATOR.test(next));
}

/**
 * Whether a run is one word that opens the mention and is a WordNet role noun ("Officials in
 * Kabul", "Critics"): capitalised as the sentence's first word, not as a name.
 */
function capitalisedNoun(run: Run): boolean {
  if (run.before !== undefined || run.words.length !== 1) return false;
  const lower = run.words[0].toLowerCase();
  return isRoleNoun(lower) || isRoleNoun(lower.replace(/s$/u, ''));
}

/** A run without its leading article and the title words before the name. */
function withoutTitles(run: string[]): string[] {
  const name = run.filter((w, i) => i > 0 || !DETERMINER.test(w));
  let lastTitle = -1;
  name.forEach((w, i) => {
    if (isPersonTitle(bare(w))) lastTitle = i;
  });
  return lastTitle >= 0 && lastTitle < name.length - 1 ? name.slice(lastTitle + 1) : name;
}

/**
 * The name a speaker mention holds, as words: in the first part (between commas or parentheses:
 * an appositive may come first or last) that has one, the last run of capitalised words that
 * heads its phrase, without a leading article or the title words before the name ("Foreign
 * Minister Javad Zarif" → Javad Zarif; "Mr. Trump's comments" → Trump). Undefined when none.
 */
export function nameWords(text: string): string[] | undefined {
  for (const part of text.split(/[,()—–]/u)) {
    const words = part.split(/\s+/u).filter((w) => w !== '');
    const run = runsOf(words).filter(heads).at(-1);
    const name = run ? withoutTitles(run.words) : [];
    if (name.length > 0) return name;
  }
  return undefined;
}

/** Whether name `short` can be `long`: the same surname, and its other words in order in `long`. */
function within(short: string[], long: string[]): boolean {
  if (bare(short.at(-1) ?? '') !== bare(long.at(-1) ?? '')) return false;
  let j = 0;
  for (const word of long) if (j < short.length && bare(word) === bare(short[j])) j++;
  return j === short.length;
}

/**
 * Keys for a source's speaker mentions (each as its resolved text: a pronoun's antecedent): a
 * name's key is the one longest name of the source it fits, written as there; a mention with no
 * name is keyed by its words lower-cased; an unresolved pronoun has none. Order-free: the keys
 * depend on the set of mentions only.
 */
export function speakerKeys(mentions: Iterable<string>): Map<string, string | undefined> {
  const texts = [...new Set(mentions)];
  const names = new Map(texts.map((t) => [t, PRONOUN.test(t.trim()) ? undefined : nameWords(t)]));
  const distinct = new Map<string, string[]>();
  for (const n of names.values()) if (n) distinct.set(n.join(' '), n);
  const all = [...distinct.values()];
  const longest = all.filter((n) => !all.some((m) => m.length > n.length && within(n, m)));
  const keys = new Map<string, string | undefined>();
  for (const text of texts) {
    const name = names.get(text);
    if (!name) {
      keys.set(text, PRONOUN.test(text.trim()) ? undefined : text.trim().replace(/\s+/gu, ' ').toLowerCase());
      continue;
    }
    const fits = longest.filter((m) => within(name, m));
    keys.set(text, (fits.length === 1 ? fits[0] : name).join(' '));
  }
  return keys;
}

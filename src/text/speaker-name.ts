import { isCommunicationNoun } from '../lexicons/nominal-cues.js';
import { numberWords } from '../lexicons/number-words.js';
import { isAbbreviatedTitle, isPersonTitle } from '../lexicons/person-titles.js';
import { reportingNoun } from '../lexicons/reporting-nouns.js';
import { isRoleNoun } from '../lexicons/role-nouns.js';
import { functionWords } from '../lexicons/word-sets.js';
import { bare, joinOfTitles, type Run, runsOf } from './name-runs.js';

// The name a speaker mention holds (user trial 7, item 2): its last run of capitalised words that
// heads its phrase, after a leading run of title words. speaker-key.ts keys mentions by it.

const DETERMINER = /^(?:The|A|An)$/u;
const COORDINATOR = /^(?:and|or|&)$/iu;

/**
 * Whether every lower-case word after a possessive is a noun of communication ("Mr. Trump's
 * comments"), or none follows: a bare possessive mention ("Mr. Trump's") is the person's.
 */
function speaksFor(rest: string[]): boolean {
  const lemma = (w: string) => w.toLowerCase().replace(/s$/u, '');
  return rest.every(
    (w) => isCommunicationNoun(lemma(w)) || reportingNoun(lemma(w), 'statement') !== undefined,
  );
}

/** Whether a word links a noun to a complement or modifier ("officials in Kabul", "Lopez of Ohio"). */
function links(word: string | undefined): boolean {
  const lower = word?.toLowerCase() ?? '';
  return functionWords('phrase-link').has(lower) || functionWords('amount-link').has(lower);
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
 * Whether a run stands in the complement of what comes before it, after a linking word, "the" and
 * any lower-case modifiers ("Ana Lee of the Harbour Pilots Union", "Tomas Ruiz at the Marlow
 * Institute", "Lena Okafor of the nonpartisan Coastal Policy Center"): when an earlier run of the
 * part heads, the speaker is that run, not the body it belongs to (a judged fault of 0.12.0: a
 * person keyed as the organisation). `words`: the part the run was found in. A title's "of the"
 * ("Speaker of the House Tomas Ruiz") may be found here, but the capitalised "House" after it is
 * no lower-case modifier, so the run is not a complement.
 */
function complement(run: Run, words: string[]): boolean {
  const at = words.length - run.rest.length - run.words.length;
  const the = words
    .slice(0, at)
    .map((w) => w.toLowerCase())
    .lastIndexOf('the');
  // Between "the" and the run, lower-case modifiers only ("nonpartisan").
  if (the < 0 || words.slice(the + 1, at).some((w) => !/^\p{Ll}+$/u.test(w) || links(w))) return false;
  const link = words[the - 1];
  return links(link) && !COORDINATOR.test(link ?? '');
}

/**
 * Whether a run is one word that opens the mention and is a WordNet role noun ("Officials in
 * Kabul", "Critics") or a number word of a count ("One of"): capitalised as the sentence's first word, not as a name.
 */
function capitalisedNoun(run: Run): boolean {
  if (run.before !== undefined || run.words.length !== 1) return false;
  const lower = run.words[0].toLowerCase();
  // A number word of a count opening the mention is no name either ("One of the three pilots,
  // Ana Lee"); a label or clock word may be a name ("Page said", "Mark, 12, said": review of research11, H3).
  const count = ['unit', 'ten', 'scale'].includes(numberWords().get(lower)?.kind ?? '');
  return isRoleNoun(lower) || isRoleNoun(lower.replace(/s$/u, '')) || count;
}

/**
 * How many words open `name` as its title, never its last word: a run of title words, first or
 * after one modifier ("Sen.", "Vice President", "Foreign Minister"), or after more modifiers up to
 * the last title word before two name words ("Deputy Attorney General Rod Rosenstein"). After a
 * modifier, two words must be left, so that "Rhys King Jr." stays whole.
 */
export function leadingTitles(name: string[]): number {
  // After more modifiers, a title that leaves two name words ("House Minority Leader Nancy
  // Pelosi", "Deputy Attorney General Rod Rosenstein"; user trial 10, item 3).
  let late = Math.max(0, name.length - 2);
  while (late > 0 && !isPersonTitle(bare(name[late - 1]))) late--;
  const first = name.slice(0, 2).findIndex((w) => isPersonTitle(bare(w)));
  if (first < 0) return late;
  let n = first;
  while (n < name.length - 1 && isPersonTitle(bare(name[n]))) n++;
  return Math.max(late, first === 1 && name.length - n < 2 ? 0 : n);
}

/**
 * A run without its leading article and the leading run of title words before the name (review
 * of fixux8, item 2: never a title word later in the run, never the last word). One word left
 * after a full title, or after an article, may be no name ("General Motors", "the Justice
 * Department"), so the run stays whole then; after an abbreviated one it is ("Mr. King").
 */
export function withoutTitles(run: string[]): string[] {
  const article = run.length > 1 && DETERMINER.test(run[0]);
  const name = article ? run.slice(1) : run;
  const n = leadingTitles(name);
  if (n === 0) return name;
  if (n === name.length - 1 && (article || !isAbbreviatedTitle(bare(name[n - 1])))) return name;
  return name.slice(n);
}

/** A mention's name and the title words it carries ("Mayor", "Mr"), without periods. */
export interface MentionName {
  words: string[];
  titles: string[];
  /** The words before the name in its run, as written, but an article: "Deputy Attorney General", "RNC Chair", "Mr.". */
  title?: string[];
}

/**
 * The name a speaker mention holds: in the first part (between commas or parentheses: an
 * appositive may come first or last) that has one, the last run of capitalised words that heads
 * its phrase, without a leading article or the title words before the name ("Foreign Minister
 * Javad Zarif" → Javad Zarif; "Mr. Trump's comments" → Trump), and those title words. Undefined
 * when none.
 */
export function mentionName(text: string): MentionName | undefined {
  for (const part of text.split(/[,()—–]/u)) {
    const words = part.split(/\s+/u).filter((w) => w !== '');
    const run = joinOfTitles(runsOf(words))
      .filter(heads)
      .filter((r, i) => i === 0 || !complement(r, words))
      .at(-1);
    const name = run ? withoutTitles(run.words) : [];
    if (run && name.length > 0) {
      const before = run.words.slice(0, run.words.length - name.length);
      const titles = [...(run.titles ?? []), ...before, ...name.slice(0, leadingTitles(name))]
        .map(bare)
        .filter(isPersonTitle);
      const title = [...(run.titles ?? []), ...before.filter((w) => !DETERMINER.test(w))];
      return { words: name, titles, title };
    }
  }
  return undefined;
}

/** The words of a mention's name (`mentionName`), or undefined when it has none. */
export function nameWords(text: string): string[] | undefined {
  return mentionName(text)?.words;
}

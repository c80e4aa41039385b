import { isPersonTitle } from '../lexicons/person-titles.js';
import { entityWords } from '../lexicons/word-sets.js';

// The runs of capitalised words in a speaker mention, from which speaker-name.ts takes the name.

const POSSESSIVE = /(?:['’]s|s['’])$/u;

/** A word without its trailing punctuation; `bare` also drops periods, for comparing ("J." ~ "J"). */
const trimmed = (word: string) => word.replace(/[,;:!?"”’'.]+$/u, (m) => (m === '.' ? '.' : ''));
export const bare = (word: string) => word.replace(/\./gu, '');

/** A run of capitalised words, the word before it, and the words after it. */
export interface Run {
  words: string[];
  possessive: boolean;
  before?: string;
  rest: string[];
  /** The title words an "of" phrase was joined from ("Secretary" of "Secretary of State …"). */
  titles?: string[];
}

/** Whether a word starts with a capital, or is a particle joined to one ("al-Rashidi"). */
function capitalised(word: string): boolean {
  const joined = /^(\p{Ll}+)-\p{Lu}/u.exec(word);
  return /^\p{Lu}/u.test(word) || (joined !== null && entityWords('name-particle').has(joined[1]));
}

/**
 * Whether words[i] is a name particle inside a name: one or more particles, then a capitalised
 * word ("de la Vega", "van der Berg", "bin Nasser"; review of fixux8, item 3).
 */
function continuesName(words: string[], i: number): boolean {
  let j = i;
  while (j < words.length && entityWords('name-particle').has(words[j])) j++;
  return j > i && j < words.length && capitalised(words[j]);
}

/** The runs of capitalised words of a mention's words, in order. */
export function runsOf(words: string[]): Run[] {
  const runs: Run[] = [];
  let current: string[] = [];
  let start = 0;
  const close = (possessive: boolean, end: number) => {
    if (current.length > 0)
      runs.push({ words: current, possessive, before: words[start - 1], rest: words.slice(end) });
    current = [];
  };
  for (const [i, word] of words.entries()) {
    if (!capitalised(word) && !(current.length > 0 && continuesName(words, i))) close(false, i);
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
 * Joins a run of title words, its "of" phrase and the name after it into the name alone (review
 * of fixux8, item 4): "Secretary of State Lena Okafor", "Speaker of the House Tomas Ruiz". The
 * complement takes the run's words but the name: its last word, or its last two when the run has three or more
 * ("Director of National Intelligence Dana Kim"); a run of one word is the complement only.
 */
export function joinOfTitles(runs: Run[]): Run[] {
  const joined: Run[] = [];
  for (let i = 0; i < runs.length; i++) {
    const [title, next] = [runs[i], runs[i + 1]];
    const gap = next ? title.rest.length - next.rest.length - next.words.length : 0;
    const linked =
      title.rest[0]?.toLowerCase() === 'of' &&
      (gap === 1 || (gap === 2 && title.rest[1].toLowerCase() === 'the'));
    if (
      !next ||
      title.possessive ||
      !linked ||
      next.words.length < 2 ||
      !title.words.every((w) => isPersonTitle(bare(w)))
    ) {
      joined.push(title);
      continue;
    }
    const words = next.words.slice(next.words.length >= 3 ? -2 : -1);
    joined.push({ ...next, words, before: title.before, titles: title.words });
    i++;
  }
  return joined;
}

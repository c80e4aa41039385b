import { isChamber, isPlainWord, partyOf, partyOfWord } from '../../../lexicons/party-names.js';
import type { Sentence, Token } from '../../../model/source.js';
import { hasLetter } from '../weights.js';
import { isCapital } from './acronyms.js';
import { titleCased } from './not-names.js';

// Inputs: a run of capitalised words and whether its place capitalised its first word. Output:
// the party it names (lexicons/data/party-names.yaml), or none. The one reading of which run names
// a party: the omission name anchor asks it of its own run, `partiesNamed` of every run of the
// other article.

/**
 * The party a run of capitalised words names: a whole name of it ("the Republican Party",
 * "Democrats", "GOP"), or its members' noun or abbreviation after a chamber word ("Assembly
 * Democrats", "Assembly GOP"; data/legislative-chambers.yaml). Any other group whose name ends in
 * a party word ("Young Republicans", a county's Democrats) is a group of its own. A lone word
 * whose capital its place gives it (`placed`: opening its sentence or in a title-case line) and
 * that is an ordinary word in lower case ("Labour shortages", "Conservatives say") names no party.
 */
export function partyOfRun(words: readonly string[], placed: boolean): string | null {
  const w = words[0]?.toLowerCase() === 'the' ? words.slice(1) : words;
  if (w.length === 0) return null;
  if (w.length === 1 && placed && isPlainWord(w[0])) return null;
  const whole = partyOf(w.join(' '));
  if (whole !== null) return whole;
  return w.length === 2 && isChamber(w[0]) ? partyOf(w[1]) : null;
}

/**
 * The parties a sentence names: every run of capitalised words that `partyOfRun` reads as one,
 * and a party's word ("a Republican senator", "GOP leaders"), but a word that is ordinary in lower
 * case only inside a sentence not in title case, after its first word.
 */
export function partiesNamed(sentence: Sentence): string[] {
  const found: string[] = [];
  const title = titleCased(sentence);
  const opening = sentence.tokens.findIndex((t) => hasLetter(t.text));
  let run: Token[] = [];
  const close = () => {
    // No run to read: a sentence without a word ("[…]", "!") has no opening word either, and
    // `indexOf` of nothing would match its -1 (user trial 18).
    if (run.length === 0) return;
    // "The" opening a sentence leaves the capital of the word after it that word's own.
    const placed = title || (sentence.tokens.indexOf(run[0]) === opening && run[0].text !== 'The');
    const party = partyOfRun(
      run.map((t) => t.text),
      placed,
    );
    if (party !== null) found.push(party);
    run = [];
  };
  sentence.tokens.forEach((t, i) => {
    if (!isCapital(t)) {
      close();
      return;
    }
    run.push(t);
    const party = partyOfWord(t.text);
    if (party !== null && (!isPlainWord(t.text) || (!title && i > opening))) found.push(party);
  });
  close();
  return found;
}

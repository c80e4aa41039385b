// Where a second report with its own subject ends the content of a report before it ("The mayor
// said the budget was short, and the board said the cranes were old"): the mark before its
// subject, for clauseBreaks (clause-breaks.ts).

import { dateWords } from '../../../lexicons/date-words.js';
import { functionWords, verbClass } from '../../../lexicons/word-sets.js';
import type { Token } from '../../../model/source.js';
import { phraseStartingAt } from '../../../text/noun-phrase.js';
import { isOpeningQuote, quotationAt } from '../../../text/quotes.js';
import { canSpeak } from './can-speak.js';
import type { Cue } from './cue.js';
import { finite } from './relative-clause.js';

/** How many tokens a second report's subject may span after its ", and" / ";" ("the board", "her two rivals"). */
const SUBJECT_SPAN = 6;

/**
 * Whether a reporting verb at `k` (its last token) governs a clause of its own: "that", a
 * quotation or a colon after it, or a subject and its finite verb ("said the cranes were old").
 * "reported the missing ballots" reports an act, not a statement.
 */
function governsClause(tokens: Token[], k: number): boolean {
  // "reported Tuesday that", "said later that": a day or an adverb may stand before the clause.
  let at = k + 1;
  while (at <= k + 2 && (tokens[at]?.pos === 'ADV' || dateWords().weekdays.has(tokens[at]?.lower ?? '')))
    at++;
  const next = tokens[at];
  if (!next) return false;
  if (next.lower === 'that' || next.text === ':' || isOpeningQuote(next.text)) return true;
  const np = phraseStartingAt(tokens, at);
  return np !== null && finite(tokens[np.last + 1]);
}

/**
 * Index of the mark before a verb cue's own subject when that subject follows ", and", ", but" or a
 * semicolon, or -1: "The mayor said the budget was short, and the board said the cranes were old".
 * A clause with its own subject and a verb of saying that governs a clause, coordinated to the
 * first, is a second report, not part of the first one's content (Quirk et al. 1985, 13.5 and
 * 13.18 on coordinated clauses; 10.55 on the semicolon between independent clauses). Not when it
 * may still be the first speaker's words: ", and that the council said …" (a second content
 * clause of the first verb), a negated verb ("the clerk never reported"), a verb in the past
 * perfect ("the police had admitted that", backshifted in indirect speech, Quirk et al. 1985,
 * 14.31), a verb of a private state ("knew", "believed": data/verb-classes.yaml `private`), a
 * verb with an object and no clause, or a mark inside a quotation.
 */
export function secondReport(tokens: Token[], cue: Cue): number {
  if (cue.entry.kind !== 'verb' || cue.entry.frame === 'topic' || tokens[cue.first].pos !== 'VERB') return -1;
  let end = cue.first - 1;
  while (end > 0 && tokens[end].pos === 'ADV') {
    if (functionWords('negation').has(tokens[end].lower)) return -1;
    end--;
  }
  const mark = markBefore(tokens, end);
  // The mark first: most cues have none, and the clause test reads a phrase (asked of every verb cue).
  if (mark < 0 || verbClass('private').has(tokens[cue.first].lemma) || !governsClause(tokens, cue.last))
    return -1;
  return insideQuotation(tokens, mark) ? -1 : mark;
}

/**
 * The ", and" / ", but" / ";" right before a speaker phrase that ends at token `end`, as the index
 * of its comma or semicolon, or -1: the subject of a clause of its own.
 */
function markBefore(tokens: Token[], end: number): number {
  for (let m = end - 1; m > 0 && end - m <= SUBJECT_SPAN; m--) {
    const t = tokens[m];
    const semicolon = t.text === ';';
    const joined = /^(?:and|but)$/u.test(t.lower) && tokens[m - 1].text === ',';
    if (!semicolon && !joined) continue;
    const np = phraseStartingAt(tokens, m + 1);
    if (!np || np.first !== m + 1 || np.last !== end || tokens[m + 1].pos === 'SCONJ') return -1;
    if (!canSpeak(tokens.slice(np.first, np.last + 1))) return -1;
    return semicolon ? m : m - 1;
  }
  return -1;
}

/**
 * Whether token `k` stands inside a quotation of its sentence: after an opening mark whose paired
 * closing mark (text/quotes.ts `quotationAt`) comes after it or never comes.
 */
function insideQuotation(tokens: Token[], k: number): boolean {
  for (let i = 0; i < k; i++) {
    if (!isOpeningQuote(tokens[i].text)) continue;
    const quote = quotationAt(tokens, i);
    if (!quote || quote.end > tokens[k].start) return true;
    while (i < k && tokens[i].end < quote.end) i++;
  }
  return false;
}

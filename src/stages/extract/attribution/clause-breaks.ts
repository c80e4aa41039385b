// Where a content that runs on from its cue must stop because another cue opens a clause of its
// own: a comma or dash before a participle or phrase cue ("…, saying …", "… -- according to …"),
// a linking preposition before a participle ("began by saying"), or the "and"/"but" of a
// coordinated reporting verb ("… and asserted that …"), or the comma that closes a relative clause
// holding a cue ("The captain, who said the crossing was safe, denied …", relative-clause.ts).
// clauseEnd (context.ts) cuts at the first. A participle's content also stops before a
// coordinated finite clause (coordinatedClause).

import { dateWords } from '../../../lexicons/date-words.js';
import { functionWords, verbClass } from '../../../lexicons/word-sets.js';
import type { Token } from '../../../model/source.js';
import { phraseStartingAt } from '../../../text/noun-phrase.js';
import { isClosingQuote, isOpeningQuote, quotationAt } from '../../../text/quotes.js';
import { canSpeak } from './can-speak.js';
import type { Cue } from './cue.js';
import { finite, relativeClauseEnd } from './relative-clause.js';

/**
 * A comma or a dash ("--", an em or en dash) before a participle or phrase cue: the dash sets off a
 * participial clause as the comma does ("The board rejected the bid -- saying it was too low"; the
 * dash as a stronger comma, Chicago Manual of Style 6.85).
 */
export function isClauseBreak(token: Token | undefined): boolean {
  return token !== undefined && (token.text === ',' || isDash(token.text));
}

/** A dash as news text types it: an em or en dash, or a doubled hyphen ("--"). */
export function isDash(text: string): boolean {
  return /^(?:[—–]|--)$/u.test(text);
}

/**
 * "began by saying", "ended the call without saying", "praised the team before adding": a
 * preposition that takes a subjectless -ing clause (Quirk et al. 1985, 15.58); the participle
 * hangs on the clause before, and that clause's content ends at the preposition.
 */
export function isLinking(word: string): boolean {
  return functionWords('participle-link').has(word);
}

/** How many adverbs may stand between the comma and a participle: "…, even suggesting", "…, now also saying". */
const ADVERBS_BEFORE_PARTICIPLE = 2;

/**
 * Index of the comma or dash that opens the participial or phrase cue at `first`, over a few
 * adverbs ("…, even suggesting he was sabotaged", "…, now saying …": a focusing or time adverb
 * modifies the participle's clause, Quirk et al. 1985, 8.116 and 15.58), or -1.
 */
export function breakBefore(tokens: Token[], first: number): number {
  let k = first - 1;
  while (k >= 0 && first - 1 - k < ADVERBS_BEFORE_PARTICIPLE && tokens[k].pos === 'ADV') k--;
  // "… a “fair boss,” comparing her …": American style sets the comma inside the closing
  // quotation mark (Chicago Manual of Style 6.9), so the comma before the mark opens the clause.
  if (isClosingQuote(tokens[k]?.text ?? '') && tokens[k - 1]?.text === ',') k--;
  return isClauseBreak(tokens[k]) ? k : -1;
}

/**
 * Index of the "and"/"but" before a verb cue, or -1: the cue is a coordinated verb. Adverbs and a
 * form of "have" may stand between ("… but has said she will …", "and later said"). A `topic`
 * verb ("and disseminating them") reports no proposition, so it does not cut another's content.
 */
export function coordinator(tokens: Token[], cue: Cue): number {
  if (cue.entry.kind !== 'verb' || cue.entry.frame === 'topic' || tokens[cue.first].pos !== 'VERB') return -1;
  let k = cue.first - 1;
  while (k > 0 && (tokens[k].pos === 'ADV' || tokens[k].lemma === 'have')) k--;
  if (!/^(?:and|but)$/u.test(tokens[k]?.lower ?? '')) return -1;
  // "who was trained and certified in Oslo": participles sharing one auxiliary are one verb phrase
  // (Quirk et al. 1985, ch. 13: coordination with ellipsis), not a clause of their own.
  const shared =
    tokens[k - 1]?.pos === 'VERB' &&
    tokens[k - 2]?.lemma === 'be' &&
    /(?:ed|en|n)$/u.test(tokens[cue.first].lower);
  return shared ? -1 : k;
}

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
  if (verbClass('private').has(tokens[cue.first].lemma) || !governsClause(tokens, cue.last)) return -1;
  let end = cue.first - 1;
  while (end > 0 && tokens[end].pos === 'ADV') {
    if (functionWords('negation').has(tokens[end].lower)) return -1;
    end--;
  }
  for (let m = end - 1; m > 0 && end - m <= SUBJECT_SPAN; m--) {
    const t = tokens[m];
    const semicolon = t.text === ';';
    const joined = /^(?:and|but)$/u.test(t.lower) && tokens[m - 1].text === ',';
    if (!semicolon && !joined) continue;
    const np = phraseStartingAt(tokens, m + 1);
    if (!np || np.first !== m + 1 || np.last !== end || tokens[m + 1].pos === 'SCONJ') return -1;
    if (!canSpeak(tokens.slice(np.first, np.last + 1))) return -1;
    const mark = semicolon ? m : m - 1;
    return insideQuotation(tokens, mark) ? -1 : mark;
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

/**
 * The token indices, ascending and without repeats, at which the sentence's cues open clauses of
 * their own: for a participle (-ing) or phrase cue that is not a `topic` cue, the comma or dash
 * before it (breakBefore), or, when there is none and a participle follows a linking preposition
 * other than "in" that is not the sentence's first word, that preposition; for a verb cue, the
 * "and"/"but" that coordinates it (coordinator); for a cue inside a relative clause on the opening
 * subject, the comma that closes the clause (relativeClauseEnd).
 */
export function clauseBreaks(tokens: Token[], cues: readonly Cue[]): number[] {
  const breaks = cues
    .filter(
      (c) => c.entry.kind !== 'topic' && (/ing$/u.test(tokens[c.first].lower) || c.entry.kind === 'phrase'),
    )
    .map((c) => {
      const comma = breakBefore(tokens, c.first);
      // Not "in": "trained in welding repair" is a noun phrase after it more often than a clause.
      const before = tokens[c.first - 1]?.lower ?? '';
      const linking = /ing$/u.test(tokens[c.first].lower) && isLinking(before) && before !== 'in';
      return comma < 0 && linking && c.first > 1 ? c.first - 1 : comma;
    })
    .filter((k) => k >= 0);
  // "… accused the board of lying and asserted that …": a coordinated reporting verb opens its own content.
  const coordinated = cues.map((c) => coordinator(tokens, c)).filter((k) => k > 0);
  const relative = cues.map((c) => relativeClauseEnd(tokens, c)).filter((k) => k > 0);
  // "… was short, and the board said …": a second report with its own subject.
  const second = cues.map((c) => secondReport(tokens, c)).filter((k) => k > 0);
  return [...new Set([...breaks, ...coordinated, ...relative, ...second])].sort((a, b) => a - b);
}

/**
 * Where ", and the team lost the match" starts after `from`, or Infinity: a participle clause does
 * not coordinate with a finite one, so ", and"/", but" with a subject and its finite verb opens a
 * clause of the host sentence (Quirk et al. 1985, 13.5 on coordinated clauses; 15.58).
 */
export function coordinatedClause(tokens: Token[], from: number): number {
  for (let i = from; i < tokens.length - 2; i++) {
    // A quotation is the speaker's own words, with its own clauses: "saying “…, and I was …”".
    if (isOpeningQuote(tokens[i].text)) return Number.POSITIVE_INFINITY;
    if (tokens[i].text !== ',' || !/^(?:and|but)$/u.test(tokens[i + 1].lower)) continue;
    const np = phraseStartingAt(tokens, i + 2);
    // "and a plan to hire …": the chunker takes "to" into the phrase; an infinitive is no finite verb.
    if (!np || tokens[np.last].lower === 'to') continue;
    if (finite(tokens[np.last + 1])) return tokens[i].start;
  }
  return Number.POSITIVE_INFINITY;
}

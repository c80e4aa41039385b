// Where a content that runs on from its cue must stop because another cue opens a clause of its
// own: a comma or dash before a participle or phrase cue ("…, saying …", "… -- according to …"),
// a linking preposition before a participle ("began by saying"), or the "and"/"but" of a
// coordinated reporting verb ("… and asserted that …"), or the comma that closes a relative clause
// holding a cue ("The captain, who said the crossing was safe, denied …", relative-clause.ts), or
// the ", and" / ";" before a second report with its own subject (second-report.ts).
// clauseEnd (context.ts) cuts at the first. A participle's content also stops before a
// coordinated finite clause (coordinatedClause).

import { functionWords } from '../../../lexicons/word-sets.js';
import type { Token } from '../../../model/source.js';
import { phraseStartingAt } from '../../../text/noun-phrase.js';
import { isClosingQuote, isOpeningQuote } from '../../../text/quotes.js';
import type { Cue } from './cue.js';
import { finite, relativeClauseEnd } from './relative-clause.js';
import { secondReport } from './second-report.js';

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

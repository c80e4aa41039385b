// A speaker separated from its verb by more than one comma-set phrase, where the chunker's
// subject gives up: "Even Norway, the town's oldest partner, said …", "Senator Ada Reyes, at a
// later event, said …", "“…,” Tom Ruiz, the mayor of Dover, one of the towns in the suit, said".
// AP style puts a speaker's title and affiliation in such phrases (AP Stylebook, "titles").
import type { Token } from '../../../model/source.js';
import {
  phraseEndingAt,
  phraseStartingAt,
  skipBetween,
  subjectOf,
  type TokenRange,
} from '../../../text/noun-phrase.js';
import { isClosingQuote } from '../../../text/quotes.js';
import { aspectualBefore } from './aspectual.js';
import { adjunctAside, relativeAntecedent } from './can-speak.js';
import { coordinator, isClauseBreak } from './clause-breaks.js';
import { isVerb } from './content-end.js';
import type { Cue } from './cue.js';
import { relativeClauseEnd } from './relative-clause.js';
import { withoutTime } from './speaker-time.js';
import { includingSubject, OPENERS, REACH, subjectExtent } from './subject-extent.js';

/**
 * Whether the comma at `comma` closes an item of a list ("The clerk, the judge, and …"): an earlier
 * comma with no verb between the two. Only a clause has a verb (Quirk et al. 1985, 13.5).
 */
function listBefore(tokens: Token[], comma: number): boolean {
  for (let k = comma - 1; k >= 0; k--) {
    if (isVerb(tokens[k])) return false;
    if (tokens[k].text === ',') return true;
  }
  return false;
}

/**
 * Where a subject may start: the sentence start (after an opener), right after a closed
 * quotation's comma, or at the start of a coordinated clause.
 */
function startsAt(tokens: Token[], p: number): boolean {
  if (p === 0) return true;
  if (p === 1 && OPENERS.has(tokens[0].pos)) return true;
  const [a, b] = [tokens[p - 2]?.text ?? '', tokens[p - 1]?.text ?? ''];
  // "…, but the association, which …, said": a coordinator after a comma, or a semicolon, opens a
  // clause of its own (Quirk et al. 1985, 13.5 on coordinated clauses).
  const clause = (a === ',' && tokens[p - 1].pos === 'CCONJ' && !listBefore(tokens, p - 2)) || b === ';';
  // "…,'' Ada Reyes, an aide, said": two apostrophes close a quotation in plain-text news (quotes.ts).
  const apostrophes = a === "'" && b === "'" && tokens[p - 3]?.text === ',';
  return clause || apostrophes || (a === ',' && isClosingQuote(b)) || (isClosingQuote(a) && b === ',');
}

/**
 * The speaker that opens the comma-set run ending right before the cue, or null. The run must end
 * in a comma before the cue; the phrase must end at a comma and hold a name, be the antecedent of
 * a relative clause ("The captain, who …, said") or be a speaker before a medial adjunct ("The
 * council, however, said"); and no other cue may stand between it and this one, except a cue in a
 * relative clause that closes at the comma right before this cue ("The captain, who said …, denied").
 */
export function distantSubject(tokens: Token[], cue: Cue, cues: readonly Cue[]): TokenRange | null {
  const j = skipBetween(tokens, cue.first);
  // Commas and dashes set off an appositive ("Brandt -- author of … -- said").
  if (!isClauseBreak(tokens[j])) return null;
  for (let p = j - 1; p >= Math.max(0, j - REACH); p--) {
    if (!startsAt(tokens, p)) continue;
    const np = phraseStartingAt(tokens, p);
    if (!np || !isClauseBreak(tokens[np.last + 1])) return null;
    const named = tokens.slice(np.first, np.last + 1).some((t) => t.pos === 'PROPN');
    const relative = relativeAntecedent(tokens, np);
    // A cue inside the relative clause ("The captain, who said …, denied") is not between them, but
    // a cue after it is: "The mayor, who …, said the council, in a letter, rejected …".
    const inside = (c: Cue): boolean => relative && relativeClauseEnd(tokens, c) === j;
    const between = cues.some((c) => c !== cue && c.first > np.last && c.first < cue.first && !inside(c));
    return (named || relative || adjunctAside(tokens, np, j)) && !between ? np : null;
  }
  return null;
}

/**
 * The subject of a cue: the chunker's, or one further back; for a coordinated verb ("Ruiz accused
 * the board of lying and asserted that …") the subject of the reporting verb it is joined to.
 */
export function cueSubject(tokens: Token[], cue: Cue, cues: readonly Cue[]): TokenRange | null {
  return subjectMemo(tokens, cue, cues, new Map());
}

/**
 * cueSubject with each cue's subject computed once (an aspectual cue's too, under the cue itself): a
 * run of coordinated verbs ("said and warned and claimed …") would otherwise revisit every earlier
 * verb from every later one, in exponential time.
 */
function subjectMemo(
  tokens: Token[],
  cue: Cue,
  cues: readonly Cue[],
  memo: Map<Cue, TokenRange | null>,
): TokenRange | null {
  const known = memo.get(cue);
  if (known !== undefined) return known;
  // "Dock workers began to call for …": the aspectual verb's subject.
  const aspectual = aspectualBefore(tokens, cue.first);
  if (aspectual >= 0) {
    // Kept under this cue too: the range made for the aspectual verb is a new key on every call.
    const host = subjectMemo(tokens, { ...cue, first: aspectual, last: aspectual }, cues, memo);
    memo.set(cue, host);
    return host;
  }
  const and = coordinator(tokens, cue);
  let found: TokenRange | null = null;
  if (and < 0)
    found =
      subjectExtent(tokens, subjectOf(tokens, cue.first), skipBetween(tokens, cue.first)) ??
      distantSubject(tokens, cue, cues) ??
      includingSubject(tokens, cue);
  else {
    // "The council said it was “opposed” to the levy and urged …": a cue inside the earlier cue's content
    // ("opposed") has no subject of its own there, so the verb is joined to the cue before it.
    const earlier = cues.filter((c) => c.last < and && c.entry.kind === 'verb');
    for (let e = earlier.length - 1; e >= 0 && !found; e--)
      found = subjectMemo(tokens, earlier[e], cues, memo);
    // "Ms. Halloran is wary of bonds and expects them to …": the verb is joined to the sentence's first clause.
    if (!found && !earlier.length) found = leadingClauseSubject(tokens, and);
  }
  memo.set(cue, found);
  return found;
}

/** The phrase that opens the sentence right before its first verb, when that verb comes before `limit`. */
function leadingClauseSubject(tokens: Token[], limit: number): TokenRange | null {
  let verb = 0;
  while (verb < limit && tokens[verb].pos !== 'VERB' && tokens[verb].pos !== 'AUX') verb++;
  if (verb >= limit) return null;
  const np = phraseStartingAt(tokens, 0);
  const end = skipBetween(tokens, verb);
  if (np && end === np.last) return np;
  // "The school district on Thursday approved … and pledged …": a time between the subject and its verb.
  const timed = withoutTime(tokens, phraseEndingAt(tokens, end));
  return timed?.first === 0 && timed.last !== end ? timed : null;
}

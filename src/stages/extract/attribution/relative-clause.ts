// Where a report inside a non-restrictive relative clause on the sentence's opening subject ends:
// "The captain, who said the crossing was safe, denied …" (Quirk et al. 1985, 17.22). The clause
// ends at the comma before the main verb, past asides set off by commas inside its content ("who
// said the pier, which is old, is safe, denied …"). clauseBreaks (clause-breaks.ts) cuts there, and
// distantSubject (distant-subject.ts) lets such a cue stand between the subject and its main verb.
import { reportingVerb } from '../../../lexicons/reporting-verbs.js';
import { functionWords } from '../../../lexicons/word-sets.js';
import type { Token } from '../../../model/source.js';
import { phraseStartingAt } from '../../../text/noun-phrase.js';
import type { Cue } from './cue.js';
import { OPENERS } from './subject-extent.js';

/** A verb that heads a clause of its own: not a participle in -ing. */
export const finite = (t: Token | undefined): boolean =>
  !!t && (t.pos === 'VERB' || t.pos === 'AUX') && !/ing$/u.test(t.lower);

/**
 * Whether the words at `k` open an aside set off by commas rather than the main clause's verb
 * phrase (Quirk et al. 1985, 15.54 and 17.22 on medial adjuncts and non-restrictive clauses): a
 * relative pronoun (", which is old,"), a subordinator (", if adopted,"), a preposition or adverb
 * (", like the bus,", ", as usual,"), a participle (", signed Tuesday,"), or a comment clause of a
 * pronoun and a reporting verb (", he thought,").
 */
function opensAside(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (/^(?:who|whom|whose|which)$/u.test(t.lower) || functionWords('subordinator').has(t.lower)) return true;
  if (t.pos === 'ADP' || t.pos === 'ADV') return true;
  // A participle with an adjunct and no object (", approved last year,"); ", warned that …" is a verb.
  const adjunct =
    /^(?:ADP|ADV|ADJ|NUM|PROPN)$/u.test(tokens[k + 1]?.pos ?? '') && tokens[k + 1].lower !== 'that';
  if (t.pos === 'VERB' && /(?:ed|en|ing)$/u.test(t.lower) && adjunct) return true;
  const verb = tokens[k + 1];
  return t.pos === 'PRON' && !!verb && verb.pos === 'VERB' && reportingVerb(verb.lemma) !== undefined;
}

/** The index of the comma that closes the aside opening at `k`, or -1 when none does. */
function asideEnd(tokens: Token[], k: number): number {
  if (!opensAside(tokens, k)) return -1;
  for (let i = k + 1; i < tokens.length; i++) if (tokens[i].text === ',') return i;
  return -1;
}

/**
 * The index of the comma that ends the relative clause holding `cue`, or -1: the cue follows
 * ", who"/", which" right after the sentence's opening phrase, and the comma is the first after the
 * cue, outside asides, before a finite verb ("who said the crossing was safe, denied"). When a comma
 * has parted the content before any verb of its own (an aside, or a list: "who said the pier, the
 * dock, the ramp, were unsafe"), the next finite verb is the content's own.
 */
export function relativeClauseEnd(tokens: Token[], cue: Cue): number {
  let k = cue.first - 1;
  while (k > 0 && (tokens[k].pos === 'ADV' || tokens[k].pos === 'AUX')) k--;
  if (!/^(?:who|which)$/u.test(tokens[k]?.lower ?? '') || tokens[k - 1]?.text !== ',') return -1;
  const subject = phraseStartingAt(tokens, OPENERS.has(tokens[0]?.pos ?? '') ? 1 : 0);
  if (!subject || subject.last !== k - 2) return -1;
  let verb = false;
  let parted = false;
  for (let i = cue.last + 1; i < tokens.length - 1; i++) {
    if (tokens[i].text !== ',') {
      verb ||= finite(tokens[i]);
      continue;
    }
    if (finite(tokens[i + 1]) && (verb || (!parted && !opensAside(tokens, i + 1)))) return i;
    const aside = asideEnd(tokens, i + 1);
    // Resume at the aside's closing comma, which may itself end the clause.
    if (aside > 0) i = aside - 1;
    parted ||= !verb;
  }
  return -1;
}
